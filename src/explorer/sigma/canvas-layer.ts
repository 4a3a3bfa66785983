/**
 * A plain 2D canvas layer of sigma's, redrawn after each sigma frame. `createCanvasContext` cannot
 * place its layer, so the canvas is created here and kept at sigma's size and the screen's pixel
 * ratio before each draw.
 */
import type Sigma from "sigma";

export type DrawLayer = (context: CanvasRenderingContext2D, size: { width: number; height: number }) => void;

/** Mounts the layer under `beforeLayer` and draws it once; returns the cleanup. */
export function mountCanvasLayer(
  sigma: Sigma,
  name: string,
  beforeLayer: string,
  draw: DrawLayer,
): () => void {
  const canvas = sigma.createCanvas(name, { beforeLayer });
  const context = canvas.getContext("2d");

  const frame = () => {
    if (!context) return;
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    draw(context, { width, height });
  };

  sigma.on("afterRender", frame);
  frame();
  return () => {
    sigma.off("afterRender", frame);
    // On unmount the SigmaContainer may have killed sigma (and its layers) already.
    if (sigma.getCanvases()[name]) sigma.killLayer(name);
  };
}

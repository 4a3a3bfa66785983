/**
 * Screenshots measured in the page: the browser decodes the PNGs onto a 2D canvas (no PNG decoder
 * on the Node side), and only the counts travel back.
 */
import type { Page } from "playwright-core";

interface Measures {
  /** Per screenshot, the pixels that are not (near) white. */
  ink: number[];
  /** Share of pixels that differ between the first two screenshots (same size), or 0 for one. */
  differing: number;
}

async function measure(page: Page, pngs: Buffer[]): Promise<Measures> {
  return page.evaluate(
    async (images) => {
      const decode = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext("2d")!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const decoded = await Promise.all(images.map(decode));
      const ink = decoded.map((data) => {
        let count = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i]! < 230 || data[i + 1]! < 230 || data[i + 2]! < 230) count++;
        return count;
      });
      const [p, q] = decoded;
      let differing = 0;
      if (p && q)
        for (let i = 0; i < p.length; i += 4)
          if (
            Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!) >
            30
          )
            differing++;
      return { ink, differing: p && q ? differing / (p.length / 4) : 0 };
    },
    pngs.map((png) => png.toString("base64")),
  );
}

/** Pixels of a screenshot that are not (near) white. */
export async function inkPixels(page: Page, png: Buffer): Promise<number> {
  return (await measure(page, [png])).ink[0]!;
}

/** Share of pixels that differ between two screenshots of the same size. */
export async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return (await measure(page, [a, b])).differing;
}

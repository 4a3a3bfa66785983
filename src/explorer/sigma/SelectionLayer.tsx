/**
 * The selection's look: a canvas layer between sigma's labels and its hover layer that veils the
 * whole graph and redraws the selection's claims (edges) on top, while sigma draws the highlighted
 * nodes and their labels above it. Selecting thus costs a refresh of the neighbourhood only, not of
 * every item of a large graph. Renders nothing itself.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { EdgeType } from "../../model";
import { useExplorer } from "../state/context";
import { EDGE_COLORS, type Appearance } from "./appearance";
import { mountCanvasLayer, type DrawLayer } from "./canvas-layer";

const LAYER = "selection";
const VEIL = "rgba(255, 255, 255, 0.8)";

export function SelectionLayer({ appearance }: { appearance: Appearance }) {
  const sigma = useSigma();
  const { graph } = useExplorer();

  useEffect(() => {
    const drawEdge = (ctx: CanvasRenderingContext2D, edge: string) => {
      const [source, target] = graph.extremities(edge);
      const s = sigma.getNodeDisplayData(source);
      const t = sigma.getNodeDisplayData(target);
      if (!s || !t || s.hidden || t.hidden) return;
      const a = sigma.framedGraphToViewport(s);
      const b = sigma.framedGraphToViewport(t);
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      if (length < 1) return;
      const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
      // Parallel edges bend as @sigma/edge-curve bends them: the control point off the middle.
      const bend = (appearance.curvature.get(edge) ?? 0) * length;
      const control = { x: (a.x + b.x) / 2 - uy * bend, y: (a.y + b.y) / 2 + ux * bend };
      const [dx, dy] = bend ? [b.x - control.x, b.y - control.y] : [ux, uy];
      const d = Math.hypot(dx, dy) || 1;
      const radius = sigma.scaleSize(t.size);
      const tip = { x: b.x - (dx / d) * radius, y: b.y - (dy / d) * radius };
      const color = EDGE_COLORS[graph.getEdgeAttribute(edge, "type") as EdgeType] ?? "#666";
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      if (bend) ctx.quadraticCurveTo(control.x, control.y, tip.x, tip.y);
      else ctx.lineTo(tip.x, tip.y);
      ctx.stroke();
      const [px, py] = [dx / d, dy / d];
      ctx.beginPath();
      ctx.moveTo(tip.x, tip.y);
      ctx.lineTo(tip.x - px * 9 - py * 4.5, tip.y - py * 9 + px * 4.5);
      ctx.lineTo(tip.x - px * 9 + py * 4.5, tip.y - py * 9 - px * 4.5);
      ctx.fill();
    };

    const draw: DrawLayer = (context, { width, height }) => {
      if (!appearance.highlightedNodes) return;
      context.fillStyle = VEIL;
      context.fillRect(0, 0, width, height);
      for (const edge of appearance.highlightedEdges ?? [])
        if (!appearance.hiddenEdges?.has(edge)) drawEdge(context, edge);
      const selected = appearance.selectedNode
        ? sigma.getNodeDisplayData(appearance.selectedNode)
        : undefined;
      if (selected && !selected.hidden) {
        // A dark ring around the selected node (sigma draws the node itself just above).
        const { x, y } = sigma.framedGraphToViewport(selected);
        context.strokeStyle = "#1d1f24";
        context.lineWidth = 3;
        context.beginPath();
        context.arc(x, y, sigma.scaleSize(selected.size) + 3, 0, 2 * Math.PI);
        context.stroke();
      }
    };

    return mountCanvasLayer(sigma, LAYER, "hovers", draw);
  }, [sigma, graph, appearance]);
  return null;
}

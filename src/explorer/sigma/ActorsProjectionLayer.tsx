/**
 * Draws the actors projection over the graph when `showActorsProjection` is on: each derived link
 * (attributed actor → target) is drawn on its own canvas layer under the nodes, labelled with the
 * incidents behind it, while the reducers hide the incidents and their claims (`Appearance.folded`,
 * set by the appearance controller). Renders nothing; mount it inside the SigmaContainer.
 *
 * The claim graph is never touched (derived links are not claims: the claims table and the exports
 * keep reading the graph), and no reducer or setting is replaced: a toggle costs the controller's
 * one refresh. The links follow the filters through the explorer's visibility (a link shows while
 * one of its attributions and one of its targets' claims are visible).
 */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { actorsProjection, type ProjectedLink } from "../../graph/analytics/projection";
import type { ClaimGraph } from "../../model";
import { EDGE_COLORS, type Appearance } from "./appearance";
import { mountCanvasLayer } from "./canvas-layer";
import { useExplorer } from "../state/context";
import { shorten } from "./labels";

const LAYER = "actorsProjection";

export function ActorsProjectionLayer({ appearance }: { appearance: Appearance }) {
  const sigma = useSigma();
  const { graph, store, visibility } = useExplorer();

  useEffect(() => {
    const links = actorsProjection(graph);

    const drawLink = (context: CanvasRenderingContext2D, link: ProjectedLink) => {
      const source = sigma.getNodeDisplayData(link.source);
      const target = sigma.getNodeDisplayData(link.target);
      if (!source || !target || source.hidden || target.hidden) return;
      const a = sigma.framedGraphToViewport(source);
      const b = sigma.framedGraphToViewport(target);
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      if (length < 1) return;
      const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
      const radius = sigma.scaleSize(target.size);
      const tip = { x: b.x - ux * radius, y: b.y - uy * radius };
      context.strokeStyle = EDGE_COLORS["attributed-to"];
      context.fillStyle = EDGE_COLORS["attributed-to"];
      context.lineWidth = 1 + Math.min(link.incidents.length, 5);
      context.setLineDash(link.stance === "suspected" ? [6, 4] : []);
      context.beginPath();
      context.moveTo(a.x, a.y);
      context.lineTo(tip.x, tip.y);
      context.stroke();
      context.setLineDash([]);
      context.beginPath();
      context.moveTo(tip.x, tip.y);
      context.lineTo(tip.x - ux * 10 - uy * 5, tip.y - uy * 10 + ux * 5);
      context.lineTo(tip.x - ux * 10 + uy * 5, tip.y - uy * 10 - ux * 5);
      context.fill();
      const names = link.incidents.map((i) => graph.getNodeAttribute(i, "label"));
      context.font = "11px system-ui, sans-serif";
      context.fillStyle = "#5a1510";
      context.fillText(shorten(names.join("; "), 60), (a.x + b.x) / 2 + 4, (a.y + b.y) / 2 - 4);
    };

    // Under the nodes, so the actors stay on top of the links.
    return mountCanvasLayer(sigma, LAYER, "nodes", (context) => {
      if (!appearance.folded) return;
      const hidden = visibility.get(store.get()).hiddenEdges;
      for (const link of links) if (linkVisible(graph, link, hidden)) drawLink(context, link);
    });
  }, [sigma, graph, store, visibility, appearance]);
  return null;
}

function linkVisible(graph: ClaimGraph, link: ProjectedLink, hidden: Set<string> | null): boolean {
  if (!hidden) return true;
  const shown = link.claims.filter((c) => !hidden.has(c)).map((c) => graph.getEdgeAttribute(c, "type"));
  return shown.includes("attributed-to") && shown.includes("attacked");
}

/**
 * Draws the actors projection over the graph when `showActorsProjection` is on: incidents and their
 * claims are folded away and each derived link (attributed actor → target) is drawn on its own
 * canvas layer under the nodes, labelled with the incidents behind it. Renders nothing; mount it
 * inside the SigmaContainer.
 *
 * The claim graph is never touched (derived links are not claims: the claims table and the exports
 * keep reading the graph). Folding wraps the reducers once, at mount, with a step that reads a small
 * mutable object, so a toggle costs one refresh and no setting change per interaction; the links
 * follow the filters through the explorer's visibility (a link shows while one of its attributions
 * and one of its targets' claims are visible).
 */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { Settings } from "sigma/settings";
import { actorsProjection, type ProjectedLink } from "../../graph/analytics/projection";
import type { ClaimGraph } from "../../model";
import { EDGE_COLORS } from "../sigma/appearance";
import { useExplorer } from "../state/context";
import { shorten } from "./hooks";

const LAYER = "actorsProjection";

export function ActorsProjectionLayer() {
  const sigma = useSigma();
  const { graph, store, visibility } = useExplorer();

  useEffect(() => {
    const links = actorsProjection(graph);
    const incidents = new Set(graph.filterNodes((_n, a) => a.type === "incident"));
    const folded = new Set(graph.filterEdges((_e, _a, s, t) => incidents.has(s) || incidents.has(t)));
    const fold = { on: store.get().showActorsProjection };

    const nodeReducer = sigma.getSetting("nodeReducer");
    const edgeReducer = sigma.getSetting("edgeReducer");
    sigma.setSetting("nodeReducer", ((node, data) => {
      const shown = nodeReducer ? nodeReducer(node, data) : data;
      return fold.on && incidents.has(node) ? { ...shown, hidden: true } : shown;
    }) as Settings["nodeReducer"]);
    sigma.setSetting("edgeReducer", ((edge, data) => {
      const shown = edgeReducer ? edgeReducer(edge, data) : data;
      return fold.on && folded.has(edge) ? { ...shown, hidden: true } : shown;
    }) as Settings["edgeReducer"]);

    // A plain canvas under the nodes (createCanvasContext cannot place its layer), sized per frame.
    const canvas = sigma.createCanvas(LAYER, { beforeLayer: "nodes" });
    const context = canvas.getContext("2d");

    const draw = () => {
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
      if (!fold.on) return;
      const hidden = visibility.get(store.get()).hiddenEdges;
      for (const link of links) if (linkVisible(graph, link, hidden)) drawLink(link);
    };
    const drawLink = (link: ProjectedLink) => {
      const source = sigma.getNodeDisplayData(link.source);
      const target = sigma.getNodeDisplayData(link.target);
      if (!context || !source || !target || source.hidden || target.hidden) return;
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

    sigma.on("afterRender", draw);
    const unsubscribe = store.subscribe((s, previous) => {
      if (s.showActorsProjection === previous.showActorsProjection) return;
      fold.on = s.showActorsProjection;
      sigma.refresh();
    });
    sigma.refresh();
    return () => {
      unsubscribe();
      sigma.off("afterRender", draw);
      // On unmount the SigmaContainer kills sigma before this cleanup runs: nothing left to undo.
      if (!sigma.getCanvases()[LAYER]) return;
      sigma.killLayer(LAYER);
      sigma.setSetting("nodeReducer", nodeReducer);
      sigma.setSetting("edgeReducer", edgeReducer);
    };
  }, [sigma, graph, store, visibility]);
  return null;
}

function linkVisible(graph: ClaimGraph, link: ProjectedLink, hidden: Set<string> | null): boolean {
  if (!hidden) return true;
  const shown = link.claims.filter((c) => !hidden.has(c)).map((c) => graph.getEdgeAttribute(c, "type"));
  return shown.includes("attributed-to") && shown.includes("attacked");
}

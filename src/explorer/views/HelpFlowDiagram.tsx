/**
 * A small Sankey from helpers (left) to beneficiaries (right), drawn as SVG: each band is as thick
 * as the claims behind it, light for help offered, dark for help delivered. A band is a button
 * that narrows the graph to its claims.
 */
import type { HelpFlow } from "../../graph/analytics/help";
import { EDGE_COLORS } from "../sigma/appearance";
import { useExplorer } from "../state/context";
import { shorten } from "../sigma/labels";
import { onEnterOrSpace } from "./hooks";

const WIDTH = 640;
const BAR = 10;
const LEFT = 170;
const RIGHT = WIDTH - 170;
const GAP = 10;
const MIN_ROW = 26;
const FLOW_COLORS = { offered: EDGE_COLORS["offered-help"], delivered: EDGE_COLORS.assisted };

interface Band {
  flow: HelpFlow;
  kind: "offered" | "delivered";
  claims: string[];
  y0: number;
  y1: number;
  width: number;
}

/** Positions a column of nodes (in order) with heights proportional to their claims. */
function column(order: string[], weight: Map<string, number>, unit: number) {
  const top = new Map<string, number>();
  let y = 0;
  for (const node of order) {
    top.set(node, y);
    y += Math.max((weight.get(node) ?? 0) * unit, 2) + GAP;
  }
  return top;
}

/** Helpers and beneficiaries drawn at most; the busiest are kept. */
const MAX_SIDE = 12;

const flowWeight = (f: HelpFlow) => f.offered.length + f.delivered.length;

/** Claims per helper (or beneficiary), and the nodes in decreasing order of claims. */
function weigh(flows: HelpFlow[], side: "helper" | "beneficiary") {
  const weight = new Map<string, number>();
  for (const f of flows) weight.set(f[side], (weight.get(f[side]) ?? 0) + flowWeight(f));
  const order = [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)! || a.localeCompare(b));
  return { weight, order };
}

export function HelpFlowDiagram({
  flows: all,
  label,
}: {
  flows: HelpFlow[];
  label: (node: string) => string;
}) {
  const { store } = useExplorer();
  if (all.length === 0) return <p>No offer or delivered help in the visible claims.</p>;
  const helpers = new Set(weigh(all, "helper").order.slice(0, MAX_SIDE));
  const beneficiaries = new Set(weigh(all, "beneficiary").order.slice(0, MAX_SIDE));
  const flows = all.filter((f) => helpers.has(f.helper) && beneficiaries.has(f.beneficiary));
  const omitted = all.length - flows.length;
  const { weight: leftWeight, order: leftOrder } = weigh(flows, "helper");
  const { weight: rightWeight, order: rightOrder } = weigh(flows, "beneficiary");
  const total = flows.reduce((n, f) => n + flowWeight(f), 0);
  const rows = Math.max(leftOrder.length, rightOrder.length);
  const height = Math.max(rows * MIN_ROW + total * 6, 120);
  const unit = (height - GAP * (rows - 1)) / total;
  const [leftTop, rightTop] = [column(leftOrder, leftWeight, unit), column(rightOrder, rightWeight, unit)];

  // Stack the bands inside each node in the order of the flows.
  const leftUsed = new Map<string, number>();
  const rightUsed = new Map<string, number>();
  const bands: Band[] = [];
  for (const flow of flows)
    for (const kind of ["offered", "delivered"] as const) {
      const claims = flow[kind];
      if (claims.length === 0) continue;
      const width = claims.length * unit;
      const l = leftUsed.get(flow.helper) ?? 0;
      const r = rightUsed.get(flow.beneficiary) ?? 0;
      leftUsed.set(flow.helper, l + width);
      rightUsed.set(flow.beneficiary, r + width);
      bands.push({
        flow,
        kind,
        claims,
        width,
        y0: (leftTop.get(flow.helper) ?? 0) + l + width / 2,
        y1: (rightTop.get(flow.beneficiary) ?? 0) + r + width / 2,
      });
    }

  const focus = (band: Band) =>
    store.set({
      focus: {
        label: `Help ${band.kind} by ${label(band.flow.helper)} to ${label(band.flow.beneficiary)}`,
        claims: band.claims,
      },
    });
  const mid = (LEFT + BAR + RIGHT) / 2;
  return (
    <figure className="kg-flow">
      <svg
        role="group"
        aria-label="Flow of help from helpers to beneficiaries"
        viewBox={`0 -6 ${WIDTH} ${height + 12}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
      >
        {bands.map((band) => {
          const name = `${label(band.flow.helper)} → ${label(band.flow.beneficiary)}: ${band.claims.length} ${band.kind}`;
          return (
            <g
              key={`${band.flow.helper} ${band.flow.beneficiary} ${band.kind}`}
              role="button"
              tabIndex={0}
              aria-label={name}
              className="kg-band"
              onClick={() => focus(band)}
              onKeyDown={onEnterOrSpace(() => focus(band))}
            >
              <title>{name}</title>
              <path
                d={`M${LEFT + BAR},${band.y0} C${mid},${band.y0} ${mid},${band.y1} ${RIGHT},${band.y1}`}
                fill="none"
                stroke={FLOW_COLORS[band.kind]}
                strokeOpacity={0.55}
                strokeWidth={Math.max(band.width, 1.5)}
              />
            </g>
          );
        })}
        {(
          [
            [leftOrder, leftTop, leftWeight, LEFT, "end", LEFT - 6],
            [rightOrder, rightTop, rightWeight, RIGHT, "start", RIGHT + BAR + 6],
          ] as const
        ).map(([order, top, weight, x, anchor, textX]) =>
          order.map((node) => {
            const y = top.get(node) ?? 0;
            const h = Math.max((weight.get(node) ?? 0) * unit, 2);
            return (
              <g key={`${x} ${node}`}>
                <rect x={x} y={y} width={BAR} height={h} fill="#555" />
                <text x={textX} y={y + h / 2} dominantBaseline="middle" textAnchor={anchor} fontSize={12}>
                  <title>{label(node)}</title>
                  {shorten(label(node), 26)}
                </text>
              </g>
            );
          }),
        )}
      </svg>
      <figcaption>
        <span className="kg-swatch" style={{ background: FLOW_COLORS.offered }} /> offered{" "}
        <span className="kg-swatch" style={{ background: FLOW_COLORS.delivered }} /> delivered · band
        thickness = claims
        {omitted > 0 ? ` · ${omitted} smaller flows left out (the matrix has them)` : ""}
      </figcaption>
    </figure>
  );
}

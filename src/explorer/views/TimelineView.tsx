/**
 * Timeline: claims (bars) and incidents (dots) per period. Dragging across periods brushes a date
 * range into the filters (the graph then shows that period); a bar or a dot on its own is a button
 * that narrows the graph to its claims. The period pickers below do the same from the keyboard.
 */
import { useMemo, useRef, useState, type PointerEvent } from "react";
import { buildTimeline, type TimeBucket } from "../../graph/analytics/timeline";
import type { ClaimGraph } from "../../model";
import { useExplorer, useViewState } from "../state/context";
import { claimDate } from "../data/claimDates";
import { dateInRange } from "../state/visibility";
import { onEnterOrSpace } from "./hooks";
import { IncidentsByDate } from "./IncidentsByDate";
import { PeriodPicker } from "./PeriodPicker";

const BAR_AREA = 120;
const DOT_ROW = 22;
const AXIS = 34;

/** The claims of some incidents: every claim that has one of them as an end. */
const incidentClaims = (graph: ClaimGraph, incidents: string[]) => [
  ...new Set(incidents.flatMap((i) => graph.edges(i))),
];

export function TimelineView() {
  const { graph, store } = useExplorer();
  const filters = useViewState((s) => s.filters);
  const timeline = useMemo(() => buildTimeline(graph, { claimDate }), [graph]);
  const { buckets } = timeline;
  const svg = useRef<SVGSVGElement>(null);
  const [brush, setBrush] = useState<[number, number] | null>(null);

  if (buckets.length === 0)
    return (
      <section className="kg-view" aria-labelledby="kg-timeline-title">
        <h2 id="kg-timeline-title">Timeline</h2>
        <p>No dated incident or claim in this graph.</p>
      </section>
    );

  const step = Math.max(8, Math.min(40, 720 / buckets.length));
  const width = step * buckets.length;
  const max = Math.max(1, ...buckets.map((b) => b.claims.length));
  const [from, to] = filters.dateRange;
  const inRange = (b: TimeBucket) =>
    (from !== null || to !== null) && dateInRange(b.period, filters.dateRange);
  const setRange = (range: [string | null, string | null]) =>
    store.set((s) => ({ filters: { ...s.filters, dateRange: range } }));
  const focusBucket = (b: TimeBucket) =>
    store.set({ focus: { label: `Claims dated ${b.period}`, claims: b.claims } });

  const indexAt = (event: PointerEvent) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box) return 0;
    const x = ((event.clientX - box.left) / box.width) * width;
    return Math.min(buckets.length - 1, Math.max(0, Math.floor(x / step)));
  };
  const onPointerDown = (event: PointerEvent) => {
    if ((event.target as Element).closest("[data-dot]")) return;
    const i = indexAt(event);
    setBrush([i, i]);
    svg.current?.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (brush) setBrush([brush[0], indexAt(event)]);
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!brush) return;
    const [a, b] = [brush[0], indexAt(event)].sort((x, y) => x - y) as [number, number];
    setBrush(null);
    if (a === b) {
      const bucket = buckets[a];
      if (bucket && bucket.claims.length > 0) focusBucket(bucket);
    } else setRange([buckets[a]!.period, buckets[b]!.period]);
  };
  const focusIncidents = (b: TimeBucket) =>
    store.set({ focus: { label: `Incidents of ${b.period}`, claims: incidentClaims(graph, b.incidents) } });
  const brushed = brush ? ([Math.min(...brush), Math.max(...brush)] as const) : null;
  const labelEvery = Math.ceil(48 / step);

  return (
    <section className="kg-view" aria-labelledby="kg-timeline-title">
      <h2 id="kg-timeline-title">Timeline</h2>
      <p className="kg-hint">
        Drag across the chart to show the graph for a period. Click a bar (claims), a dot (incidents) or a
        band (dated to a year only) to narrow the graph to them.
      </p>
      <div className="kg-scroll">
        <svg
          ref={svg}
          role="group"
          aria-label={`Claims and incidents per ${timeline.granularity}`}
          viewBox={`0 0 ${width} ${BAR_AREA + DOT_ROW + AXIS}`}
          width={Math.max(width, 320)}
          className="kg-timeline"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
        >
          {buckets.map((b, i) => {
            const h = (b.claims.length / max) * (BAR_AREA - 14);
            const x = i * step;
            const selected = brushed ? i >= brushed[0] && i <= brushed[1] : inRange(b);
            return (
              <g key={b.period} data-period={b.period}>
                {selected ? (
                  <rect x={x} y={0} width={step} height={BAR_AREA + DOT_ROW} fill="#dfe8fb" />
                ) : null}
                <g
                  role="button"
                  tabIndex={b.claims.length > 0 ? 0 : -1}
                  aria-label={`${b.period}: ${b.claims.length} claims`}
                  onKeyDown={onEnterOrSpace(() => b.claims.length > 0 && focusBucket(b))}
                >
                  <title>{`${b.period}: ${b.claims.length} claims, ${b.incidents.length} incidents`}</title>
                  <rect x={x} y={0} width={step} height={BAR_AREA} fill="transparent" />
                  <rect x={x + 1} y={BAR_AREA - h} width={step - 2} height={h} fill="#3b6fd8" />
                  {b.claims.length > 0 && step >= 14 ? (
                    <text x={x + step / 2} y={BAR_AREA - h - 3} fontSize={10} textAnchor="middle">
                      {b.claims.length}
                    </text>
                  ) : null}
                </g>
                {b.incidents.length > 0 ? (
                  <g
                    role="button"
                    tabIndex={0}
                    data-dot
                    aria-label={`${b.period}: ${b.incidents.length} incident${b.incidents.length === 1 ? "" : "s"}`}
                    onClick={() => focusIncidents(b)}
                    onKeyDown={onEnterOrSpace(() => focusIncidents(b))}
                  >
                    <title>{b.incidents.map((n) => graph.getNodeAttribute(n, "label")).join("; ")}</title>
                    <circle
                      cx={x + step / 2}
                      cy={BAR_AREA + DOT_ROW / 2}
                      r={Math.min(step / 2 - 1, 4 + b.incidents.length)}
                      fill="#d63c2f"
                    />
                  </g>
                ) : null}
                {i % labelEvery === 0 ? (
                  <text x={x + 1} y={BAR_AREA + DOT_ROW + 14} fontSize={10}>
                    {b.period}
                  </text>
                ) : null}
              </g>
            );
          })}
          {timeline.coarse.map((c) => {
            // Items dated to a year only, on a month axis: a band across their year.
            const first = buckets.findIndex((b) => b.period.startsWith(c.period));
            const last = buckets.findLastIndex((b) => b.period.startsWith(c.period));
            const name = `${c.period} (year only): ${c.claims.length} claims, ${c.incidents.length} incidents`;
            const claims = [...c.claims, ...incidentClaims(graph, c.incidents)];
            const focus = () => store.set({ focus: { label: `Dated ${c.period} only`, claims } });
            return (
              <g
                key={c.period}
                role="button"
                tabIndex={0}
                data-dot
                aria-label={name}
                onClick={focus}
                onKeyDown={onEnterOrSpace(focus)}
              >
                <title>{name}</title>
                <rect
                  x={first * step}
                  y={BAR_AREA + DOT_ROW - 5}
                  width={(last - first + 1) * step}
                  height={4}
                  fill="#d63c2f"
                  fillOpacity={0.45}
                />
              </g>
            );
          })}
        </svg>
      </div>
      <PeriodPicker buckets={buckets} range={filters.dateRange} onApply={setRange} />
      <IncidentsByDate timeline={timeline} />
    </section>
  );
}

/**
 * Filters over the claims and entities: node types, edge types, claim dates (with a histogram),
 * stance, source articles and minimum confidence; each option shows how many items it covers in the
 * whole graph. Filters only change view state; the graph is never rebuilt.
 */
import { useState, type ReactNode } from "react";
import { EDGE_RULES, EDGE_TYPES, NODE_TYPES, PartialDateSchema, STANCES } from "../../model";
import { EDGE_COLORS, NODE_COLORS } from "../sigma/appearance";
import { useExplorer, useVisibility, useViewState } from "../state/context";
import { DEFAULT_FILTERS, type Filters as FilterState } from "../state/store";
import { ReviewFilters } from "./ReviewFilters";

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list, item] : list.filter((x) => x !== item);

export function Filters() {
  const { store, index, graph } = useExplorer();
  const filters = useViewState((s) => s.filters);
  const visibility = useVisibility();
  const set = (patch: Partial<FilterState>) => store.set((s) => ({ filters: { ...s.filters, ...patch } }));
  const docs = [...index.documents.values()];
  // Rejected claims leave the count too, unless they are shown.
  const claims = filters.review.includes("rejected") ? graph.size : graph.size - index.reviewCounts.rejected;

  return (
    <section aria-label="Filters" className="filters">
      <h2>Filters</h2>
      <p className="counts" aria-live="polite">
        {visibility.nodeCount} of {graph.order} entities · {visibility.claims.length} of {claims} claims
      </p>
      <button
        type="button"
        onClick={() => store.set({ filters: DEFAULT_FILTERS })}
        disabled={filters === DEFAULT_FILTERS}
      >
        Reset filters
      </button>

      <Checklist
        legend="Entity types"
        options={NODE_TYPES}
        chosen={filters.nodeTypes}
        onChange={(nodeTypes) => set({ nodeTypes })}
        count={(t) => index.nodeTypeCounts[t]}
        swatch={(t) => <span className="dot" style={{ background: NODE_COLORS[t] }} aria-hidden="true" />}
      />
      <Checklist
        legend="Claim types"
        options={EDGE_TYPES}
        chosen={filters.edgeTypes}
        onChange={(edgeTypes) => set({ edgeTypes })}
        count={(t) => index.edgeTypeCounts[t]}
        swatch={(t) => <span className="line" style={{ background: EDGE_COLORS[t] }} aria-hidden="true" />}
        title={(t) => EDGE_RULES[t].meaning}
      />

      <DateFilter range={filters.dateRange} onChange={(dateRange) => set({ dateRange })} />

      <ReviewFilters review={filters.review} onChange={(review) => set({ review })} />

      <Checklist
        legend="Stance"
        options={STANCES}
        chosen={filters.stances}
        onChange={(stances) => set({ stances })}
        count={(t) => index.stanceCounts[t]}
      />

      {docs.length > 0 && (
        <fieldset className="documents">
          <legend>Source articles</legend>
          {docs.map((d) => (
            <label key={d.id} title={d.id}>
              <input
                type="checkbox"
                checked={filters.documents === null || filters.documents.includes(d.id)}
                onChange={(e) => {
                  const current = filters.documents ?? docs.map((x) => x.id);
                  const next = toggle(current, d.id, e.target.checked);
                  set({ documents: next.length === docs.length ? null : next });
                }}
              />
              {d.title || d.id} <span className="count">{index.documentCounts.get(d.id) ?? 0}</span>
            </label>
          ))}
        </fieldset>
      )}

      <fieldset>
        <legend>Minimum confidence</legend>
        <label>
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={filters.minConfidence}
            aria-label="Minimum confidence"
            onChange={(e) => set({ minConfidence: Number(e.target.value) })}
          />{" "}
          {filters.minConfidence.toFixed(2)}
        </label>
      </fieldset>
    </section>
  );
}

/** One checkbox per option of a list filter, each with how many items it covers in the whole graph. */
function Checklist<T extends string>({
  legend,
  options,
  chosen,
  onChange,
  count,
  swatch,
  title,
}: {
  legend: string;
  options: readonly T[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  count: (option: T) => number;
  swatch?: (option: T) => ReactNode;
  title?: (option: T) => string;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((t) => (
        <label key={t} title={title?.(t)}>
          <input
            type="checkbox"
            checked={chosen.includes(t)}
            onChange={(e) => onChange(toggle(chosen, t, e.target.checked))}
          />
          {swatch && <>{swatch(t)} </>}
          {t} <span className="count">{count(t)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function DateFilter({
  range,
  onChange,
}: {
  range: FilterState["dateRange"];
  onChange: (r: FilterState["dateRange"]) => void;
}) {
  const { index } = useExplorer();
  const bins = index.dateBins;
  const max = Math.max(1, ...bins.map((b) => b.count));
  return (
    <fieldset>
      <legend>Claim dates</legend>
      {bins.length > 0 && (
        <div
          className="histogram"
          role="group"
          aria-label="Claims per period (activate a bar to filter to it)"
        >
          {bins.map((b) => {
            const active = range[0] === b.period && range[1] === b.period;
            return (
              <button
                key={b.period}
                type="button"
                className={active ? "bar active" : "bar"}
                style={{ height: `${Math.max(8, (b.count / max) * 100)}%` }}
                aria-label={`${b.period}: ${b.count} claim${b.count === 1 ? "" : "s"}`}
                aria-pressed={active}
                title={`${b.period}: ${b.count}`}
                onClick={() => onChange(active ? [null, null] : [b.period, b.period])}
              />
            );
          })}
        </div>
      )}
      <div className="date-inputs">
        <DateInput label="From" value={range[0]} onChange={(from) => onChange([from, range[1]])} />
        <DateInput label="To" value={range[1]} onChange={(to) => onChange([range[0], to])} />
      </div>
      {index.undatedClaims > 0 && (
        <p className="hint">{index.undatedClaims} undated claims are hidden while a date is set.</p>
      )}
    </fieldset>
  );
}

/** A partial ISO date field; applied when valid (or empty), marked invalid otherwise. */
function DateInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (v: string | null) => void;
}) {
  const [draft, setDraft] = useState(value ?? "");
  const [synced, setSynced] = useState(value);
  if (synced !== value) {
    setSynced(value);
    setDraft(value ?? "");
  }
  const valid = draft === "" || PartialDateSchema.safeParse(draft).success;
  return (
    <label>
      {label}{" "}
      <input
        type="text"
        inputMode="numeric"
        placeholder="YYYY[-MM[-DD]]"
        value={draft}
        aria-invalid={!valid}
        onChange={(e) => {
          const next = e.target.value.trim();
          setDraft(next);
          if (next === "") onChange(null);
          else if (PartialDateSchema.safeParse(next).success) onChange(next);
        }}
      />
    </label>
  );
}

/**
 * Building blocks of the analyst views: the button that narrows the graph and the claims table to
 * the claims behind a number, entity names, dates and quotes (always React text, never HTML).
 */
import type { ReactNode } from "react";
import type { Quote } from "../../graph/analytics/claims";
import { EntityButton } from "../panels/EntityButton";
import { MATRIX_LIMIT, type RowPage } from "./hooks";
import { useExplorer, useViewState } from "../state/context";

interface FocusButtonProps {
  /** Claim (edge) keys behind the number. */
  claims: string[];
  /** What the focus is, e.g. "Ostmark attributed by Valdoria" (shown on the focus chip). */
  label: string;
  children: ReactNode;
}

/** A number or cell that narrows the graph and the claims table to exactly its claims. */
export function FocusButton({ claims, label, children }: FocusButtonProps) {
  const { store } = useExplorer();
  const focus = useViewState((s) => s.focus);
  const active = focus !== null && focus.label === label && sameKeys(focus.claims, claims);
  if (claims.length === 0) return <span className="kg-zero">{children}</span>;
  return (
    <button
      type="button"
      className="kg-focus"
      aria-pressed={active}
      title={`Show the ${claims.length} claim${claims.length === 1 ? "" : "s"}: ${label}`}
      data-claims={claims.length}
      onClick={() => store.set({ focus: active ? null : { label, claims: [...new Set(claims)] } })}
    >
      {children}
    </button>
  );
}

const sameKeys = (a: string[], b: string[]) => {
  const set = new Set(b);
  return new Set(a).size === set.size && a.every((k) => set.has(k));
};

export function EntityList({ nodes }: { nodes: string[] }) {
  if (nodes.length === 0) return <span className="kg-none">—</span>;
  return (
    <ul className="kg-inline">
      {nodes.map((node) => (
        <li key={node}>
          <EntityButton node={node} />
        </li>
      ))}
    </ul>
  );
}

export function DateText({ date }: { date?: string | undefined }) {
  return date ? <time dateTime={date}>{date}</time> : <span className="kg-none">undated</span>;
}

/** Days as "+12 d"; "—" when a date is too coarse to count days (the title says which). */
export function LagText({ days, from, to }: { days: number | null; from?: string; to?: string }) {
  if (days !== null) return <span>{days === 0 ? "same day" : `${days > 0 ? "+" : ""}${days} d`}</span>;
  const why = from && to ? `not countable in days: ${from} → ${to}` : "a date is missing";
  return (
    <span className="kg-none" title={why}>
      lag —
    </span>
  );
}

/** The quotes behind some claims, each opening its article in the reader. */
export function Quotes({ quotes }: { quotes: Quote[] }) {
  const { store } = useExplorer();
  if (quotes.length === 0) return null;
  return (
    <details className="kg-quotes">
      <summary>
        {quotes.length} quote{quotes.length === 1 ? "" : "s"}
      </summary>
      <ul>
        {quotes.map((q, i) => (
          <li key={`${q.doc}:${q.start}:${i}`}>
            <blockquote>{q.quote}</blockquote>
            <button
              type="button"
              className="kg-link"
              onClick={() => store.set({ reader: { doc: q.doc, start: q.start, end: q.end } })}
            >
              Read in {q.doc}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The footer of a long list: how many rows are shown, and a button for more. */
export function MoreRows({ page }: { page: RowPage<unknown> }) {
  if (page.shown.length >= page.total) return null;
  return (
    <p className="kg-more">
      Showing {page.shown.length} of {page.total}.{" "}
      <button type="button" onClick={page.showMore}>
        Show {Math.min(page.step, page.total - page.shown.length)} more
      </button>
    </p>
  );
}

/** Matrices keep their busiest rows and columns; the note says what was left out. */
export function MatrixNote({
  rows,
  columns,
  what,
}: {
  rows: number;
  columns: number;
  what: [string, string];
}) {
  if (rows <= MATRIX_LIMIT && columns <= MATRIX_LIMIT) return null;
  return (
    <p className="kg-hint">
      Showing the {Math.min(rows, MATRIX_LIMIT)} {what[0]} and {Math.min(columns, MATRIX_LIMIT)} {what[1]}{" "}
      with the most claims (of {rows} and {columns}).
    </p>
  );
}

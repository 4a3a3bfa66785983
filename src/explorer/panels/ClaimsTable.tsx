/**
 * The visible claims as a table: sortable by any column, filterable by text, paginated (a page of
 * rows at a time keeps big graphs responsive). The keyboard and screen-reader view of the graph;
 * activating a row selects the claim.
 */
import { useMemo, useState } from "react";
import { normalizeName } from "../data/graphIndex";
import { useExplorer, useVisibility, useViewState } from "../state/context";
import { claimDate } from "../data/claimDates";
import { ClaimReviewButtons } from "./ClaimReview";

const PAGE_SIZE = 200;
const COLUMNS = ["type", "from", "to", "claimants", "date", "article", "quote"] as const;
type Column = (typeof COLUMNS)[number];

interface Row {
  key: string;
  cells: Record<Column, string>;
  /** Normalised text of every cell, for the text filter. */
  haystack: string;
}

export function ClaimsTable() {
  const { graph, store, index } = useExplorer();
  const visibility = useVisibility();
  const selection = useViewState((s) => s.selection);
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({
    column: "date",
    ascending: true,
  });
  const [text, setText] = useState("");
  const [page, setPage] = useState(0);

  const rows = useMemo<Row[]>(() => {
    const label = (node: string) => (graph.hasNode(node) ? graph.getNodeAttribute(node, "label") : node);
    return visibility.claims.map((key) => {
      const a = graph.getEdgeAttributes(key);
      const first = a.evidence[0];
      const cells: Record<Column, string> = {
        type: a.type,
        from: label(graph.source(key)),
        to: label(graph.target(key)),
        claimants: a.claimants.map(label).join(", "),
        date: claimDate(graph, key) ?? "",
        article: first ? index.documents.get(first.doc)?.title || first.doc : "",
        quote: first?.quote ?? "",
      };
      return { key, cells, haystack: normalizeName(Object.values(cells).join(" ")) };
    });
  }, [graph, index, visibility]);

  const shown = useMemo(() => {
    const q = normalizeName(text);
    const filtered = q ? rows.filter((r) => r.haystack.includes(q)) : rows;
    const { column, ascending } = sort;
    const direction = ascending ? 1 : -1;
    return [...filtered].sort((x, y) => direction * x.cells[column].localeCompare(y.cells[column]));
  }, [rows, text, sort]);

  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const pageRows = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const select = (key: string) => store.set({ selection: { kind: "edge", key } });

  return (
    <section aria-label="Claims" className="claims-table">
      <div className="table-tools">
        <p className="table-count" role="status">
          {shown.length} claim{shown.length === 1 ? "" : "s"}
          {shown.length !== rows.length ? ` (of ${rows.length} visible)` : ""}
        </p>
        <label>
          Filter claims{" "}
          <input
            type="search"
            value={text}
            onChange={(e) => (setText(e.target.value), setPage(0))}
            placeholder="text in any column"
          />
        </label>
        {pages > 1 && (
          <nav aria-label="Pages" className="pager">
            <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
              Previous
            </button>
            <span>
              Page {current + 1} of {pages}
            </span>
            <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
              Next
            </button>
          </nav>
        )}
      </div>
      <table>
        <caption className="visually-hidden">
          Visible claims, {sort.column} {sort.ascending ? "ascending" : "descending"}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                aria-sort={sort.column === column ? (sort.ascending ? "ascending" : "descending") : "none"}
              >
                <button
                  type="button"
                  onClick={() =>
                    setSort((s) => ({ column, ascending: s.column === column ? !s.ascending : true }))
                  }
                >
                  {column}
                  <span aria-hidden="true">
                    {sort.column === column ? (sort.ascending ? " ▲" : " ▼") : ""}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">review</th>
          </tr>
        </thead>
        <tbody>
          {pageRows.map((row) => (
            <tr
              key={row.key}
              aria-selected={selection?.kind === "edge" && selection.key === row.key}
              onClick={() => select(row.key)}
            >
              <td>
                <button
                  type="button"
                  className="row-select"
                  onClick={(e) => (e.stopPropagation(), select(row.key))}
                >
                  {row.cells.type}
                </button>
              </td>
              <td>{row.cells.from}</td>
              <td>{row.cells.to}</td>
              <td>{row.cells.claimants}</td>
              <td>{row.cells.date}</td>
              <td>{row.cells.article}</td>
              <td className="quote-cell">{row.cells.quote}</td>
              <td>
                <ClaimReviewButtons claim={row.key} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

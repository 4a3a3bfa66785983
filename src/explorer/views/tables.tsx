/**
 * The two table shapes of the analyst views: a list paged a hundred rows at a time, and a matrix
 * of the busiest rows × columns. Real <table>s with header cells, named for assistive technology.
 */
import type { ReactNode } from "react";
import { MATRIX_LIMIT, useRowLimit } from "./hooks";
import { MatrixNote, MoreRows } from "./shared";

interface PagedTableProps<T> {
  /** The accessible name. */
  label: string;
  caption?: ReactNode;
  headers: string[];
  items: T[];
  /** One item's row(s), keyed. */
  row: (item: T, index: number) => ReactNode;
  step?: number;
}

export function PagedTable<T>({ label, caption, headers, items, row, step }: PagedTableProps<T>) {
  const page = useRowLimit(items, step);
  return (
    <>
      <table className="kg-table" aria-label={label}>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            {headers.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <tr>
              <td colSpan={headers.length} className="kg-none">
                none
              </td>
            </tr>
          ) : (
            page.shown.map(row)
          )}
        </tbody>
      </table>
      <MoreRows page={page} />
    </>
  );
}

interface MatrixTableProps {
  label: string;
  /** What rows and columns are, e.g. ["actor", "claimant"]: the corner header and the cells' data attributes. */
  axes: [string, string];
  rows: string[];
  columns: string[];
  rowLabel: (row: string) => string;
  columnLabel: (column: string) => string;
  /** A cell's content, or null for an empty cell. */
  cell: (row: string, column: string) => ReactNode;
}

/** The busiest `MATRIX_LIMIT` rows and columns (rows and columns come sorted, busiest first). */
export function MatrixTable({ label, axes, rows, columns, rowLabel, columnLabel, cell }: MatrixTableProps) {
  const [rowAxis, columnAxis] = axes;
  const shownColumns = columns.slice(0, MATRIX_LIMIT);
  return (
    <div className="kg-scroll">
      <MatrixNote rows={rows.length} columns={columns.length} what={[`${rowAxis}s`, `${columnAxis}s`]} />
      <table className="kg-table kg-matrix" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">
              {rowAxis} ↓ / {columnAxis} →
            </th>
            {shownColumns.map((c) => (
              <th scope="col" key={c}>
                {columnLabel(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MATRIX_LIMIT).map((r) => (
            <tr key={r}>
              <th scope="row">{rowLabel(r)}</th>
              {shownColumns.map((c) => (
                <td key={c} {...{ [`data-${rowAxis}`]: r, [`data-${columnAxis}`]: c }}>
                  {cell(r, c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

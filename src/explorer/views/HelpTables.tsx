/** The helper × beneficiary matrix and the table of pairs. */
import type { HelpAnalysis, HelpPair } from "../../graph/analytics/help";
import { EntityButton } from "../panels/EntityButton";
import { FocusButton, Quotes } from "./shared";
import { MatrixTable, PagedTable } from "./tables";

export function PairsTable({ pairs, label }: { pairs: HelpPair[]; label: (n: string) => string }) {
  return (
    <PagedTable
      label="Help between pairs of parties"
      headers={["Helper", "Beneficiary", "Requests", "Offers", "Delivered", "Dates", "Quotes"]}
      items={pairs}
      row={(p) => {
        const between = `${label(p.helper)} and ${label(p.beneficiary)}`;
        const all = [...p.requests, ...p.offers, ...p.delivered];
        const dates = [...new Set(all.flatMap((c) => (c.date ? [c.date] : [])))].sort();
        return (
          <tr key={`${p.helper} ${p.beneficiary}`} data-helper={p.helper} data-beneficiary={p.beneficiary}>
            <td>
              <EntityButton node={p.helper} />
            </td>
            <td>
              <EntityButton node={p.beneficiary} />
            </td>
            <td>
              <FocusButton
                claims={p.requests.map((c) => c.key)}
                label={`Requests: ${label(p.beneficiary)} asked ${label(p.helper)}`}
              >
                {p.requests.length}
              </FocusButton>
            </td>
            <td>
              <FocusButton claims={p.offers.map((c) => c.key)} label={`Offers between ${between}`}>
                {p.offers.length}
              </FocusButton>
            </td>
            <td>
              <FocusButton claims={p.delivered.map((c) => c.key)} label={`Help delivered between ${between}`}>
                {p.delivered.length}
              </FocusButton>
            </td>
            <td>{dates.length ? dates.join(", ") : <span className="kg-none">undated</span>}</td>
            <td>
              <Quotes quotes={all.flatMap((c) => c.quotes)} />
            </td>
          </tr>
        );
      }}
    />
  );
}

export function HelpMatrixTable({ help, label }: { help: HelpAnalysis; label: (n: string) => string }) {
  const { helpers, beneficiaries, cells } = help.matrix;
  if (helpers.length === 0) return <p>No offer or delivered help in the visible claims.</p>;
  return (
    <MatrixTable
      label="Help matrix"
      axes={["helper", "beneficiary"]}
      rows={helpers}
      columns={beneficiaries}
      rowLabel={label}
      columnLabel={label}
      cell={(h, b) => {
        const cell = cells[h]?.[b];
        if (!cell) return null;
        const [offered, delivered] = [cell.offered.length, cell.delivered.length];
        return (
          <FocusButton
            claims={[...cell.offered, ...cell.delivered]}
            label={`Help from ${label(h)} to ${label(b)}: ${offered} offered, ${delivered} delivered`}
          >
            {offered + delivered}
            <span className="kg-split">
              {" "}
              ({offered} offered, {delivered} delivered)
            </span>
          </FocusButton>
        );
      }}
    />
  );
}

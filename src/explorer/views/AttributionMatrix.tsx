/** The attributed actor × claimant matrix and the rankings of actors and attributors. */
import type { AttributionAnalysis, RankingEntry } from "../../graph/analytics/attribution";
import { EntityButton } from "../panels/EntityButton";
import { useLabel } from "./hooks";
import { FocusButton } from "./shared";
import { MatrixTable, PagedTable } from "./tables";

export function AttributionMatrix({
  analysis,
  claimantLabel,
}: {
  analysis: AttributionAnalysis;
  claimantLabel: (c: string) => string;
}) {
  const label = useLabel();
  const { actors, claimants, cells } = analysis.matrix;
  if (actors.length === 0) return <p>No attribution in the visible claims.</p>;
  return (
    <MatrixTable
      label="Attribution matrix"
      axes={["actor", "claimant"]}
      rows={actors}
      columns={claimants}
      rowLabel={label}
      columnLabel={claimantLabel}
      cell={(actor, claimant) => {
        const cell = cells[actor]?.[claimant];
        return cell ? (
          <FocusButton claims={cell.claims} label={`${label(actor)} blamed by ${claimantLabel(claimant)}`}>
            {cell.claims.length}
          </FocusButton>
        ) : null;
      }}
    />
  );
}

export function Ranking({ title, entries, verb }: { title: string; entries: RankingEntry[]; verb: string }) {
  const label = useLabel();
  return (
    <PagedTable
      label={title}
      caption={title}
      headers={["#", "Party", "Incidents", "Claims"]}
      items={entries}
      step={20}
      row={(e, i) => (
        <tr key={e.party}>
          <td>{i + 1}</td>
          <td>
            <EntityButton node={e.party} />
          </td>
          <td>
            <FocusButton claims={e.claims} label={`Incidents ${verb} ${label(e.party)}`}>
              {e.incidents.length}
            </FocusButton>
          </td>
          <td>
            <FocusButton claims={e.claims} label={`Claims of ${verb} ${label(e.party)}`}>
              {e.claims.length}
            </FocusButton>
          </td>
        </tr>
      )}
    />
  );
}

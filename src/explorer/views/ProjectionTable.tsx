/** The actors projection as a table: attributed actor → target, with the incidents and claimants behind. */
import { useMemo } from "react";
import { ARTICLES_CLAIMANT } from "../../graph/analytics/attribution";
import { actorsProjection } from "../../graph/analytics/projection";
import type { ClaimGraph } from "../../model";
import { EntityButton } from "../panels/EntityButton";
import { useLabel } from "./hooks";
import { EntityList, FocusButton } from "./shared";
import { PagedTable } from "./tables";

/** The derived links of the actors projection as a table: the accessible side of the canvas layer. */
export function ProjectionTable({
  graph,
  claimantLabel,
}: {
  graph: ClaimGraph;
  claimantLabel: (c: string) => string;
}) {
  const label = useLabel();
  const links = useMemo(() => actorsProjection(graph), [graph]);
  if (links.length === 0) return <p>No incident is both attributed and targeted in the visible claims.</p>;
  return (
    <PagedTable
      label="Actors projection"
      headers={["Attributed actor", "Target", "Incidents", "Claimants", "Claims"]}
      items={links}
      row={(link) => (
        <tr key={link.key} data-actor={link.source} data-target={link.target}>
          <td>
            <EntityButton node={link.source} />
          </td>
          <td>
            <EntityButton node={link.target} />
          </td>
          <td>
            <EntityList nodes={link.incidents} />
          </td>
          <td>
            {link.claimants.length
              ? link.claimants.map(claimantLabel).join(", ")
              : claimantLabel(ARTICLES_CLAIMANT)}
          </td>
          <td>
            <FocusButton
              claims={link.claims}
              label={`${label(link.source)} → ${label(link.target)} through incidents`}
            >
              {link.claims.length}
            </FocusButton>
          </td>
        </tr>
      )}
    />
  );
}

/** The incidents of the timeline in date order, each with the claims about it. */
import { useMemo } from "react";
import type { Timeline } from "../../graph/analytics/timeline";
import { EntityButton } from "../panels/EntityButton";
import { useExplorer } from "../state/context";
import { FocusButton } from "./shared";
import { PagedTable } from "./tables";

export function IncidentsByDate({ timeline }: { timeline: Timeline }) {
  const { graph } = useExplorer();
  const incidents = useMemo(
    () =>
      [...timeline.buckets, ...timeline.coarse, timeline.undated]
        .flatMap((b) => b.incidents)
        .map((key) => ({ key, date: graph.getNodeAttribute(key, "date") }))
        .sort((a, b) => (a.date ?? "\uffff").localeCompare(b.date ?? "\uffff")),
    [graph, timeline],
  );
  return (
    <PagedTable
      label="Incidents by date"
      caption={
        <>
          Incidents ({incidents.length}) ·{" "}
          <FocusButton claims={timeline.undated.claims} label="Undated claims">
            {timeline.undated.claims.length} undated claims
          </FocusButton>
        </>
      }
      headers={["Date", "Incident", "Claims"]}
      items={incidents}
      row={({ key, date }) => (
        <tr key={key}>
          <td>{date ?? "undated"}</td>
          <td>
            <EntityButton node={key} />
          </td>
          <td>
            <FocusButton
              claims={graph.edges(key)}
              label={`Claims about ${graph.getNodeAttribute(key, "label")}`}
            >
              {graph.degree(key)}
            </FocusButton>
          </td>
        </tr>
      )}
    />
  );
}

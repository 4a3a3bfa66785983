/**
 * "Attribution": the chains incident → group → sponsor; per incident who is blamed, by whom, how
 * sure, how long after, and who denies it; the actor × claimant matrix; the rankings. Every count
 * narrows the graph and the claims table to its claims.
 */
import { useMemo } from "react";
import {
  analyzeAttribution,
  ARTICLES_CLAIMANT,
  type IncidentAttribution,
} from "../../graph/analytics/attribution";
import { useAnalysisGraph, useLabel } from "./hooks";
import { ProjectionToggle } from "../panels/ProjectionToggle";
import { FocusButton } from "./shared";
import { IncidentsTable } from "./IncidentAttributionTable";
import { AttributionChains } from "./AttributionChains";
import { AttributionMatrix, Ranking } from "./AttributionMatrix";
import { ProjectionTable } from "./ProjectionTable";

export function AttributionView() {
  const graph = useAnalysisGraph();
  const analysis = useMemo(() => analyzeAttribution(graph), [graph]);
  const label = useLabel();
  const claimantLabel = (c: string) =>
    c === ARTICLES_CLAIMANT ? "the articles (no named claimant)" : label(c);
  return (
    <section className="kg-view" aria-labelledby="kg-attribution-title">
      <h2 id="kg-attribution-title">Attribution</h2>
      <ProjectionToggle />
      {analysis.chains.length > 0 ? (
        <section aria-labelledby="kg-attr-chains">
          <h3 id="kg-attr-chains">Attribution chains (incident → group → sponsor)</h3>
          <AttributionChains chains={analysis.chains} claimantLabel={claimantLabel} />
        </section>
      ) : null}
      {analysis.incidents.length === 0 ? (
        <p>No incident in the visible claims.</p>
      ) : (
        <>
          <section aria-labelledby="kg-attr-incidents">
            <h3 id="kg-attr-incidents">Incidents</h3>
            <AttributionSummary incidents={analysis.incidents} />
            <IncidentsTable incidents={analysis.incidents} claimantLabel={claimantLabel} />
          </section>
          <section aria-labelledby="kg-attr-matrix">
            <h3 id="kg-attr-matrix">Attributed actor × claimant</h3>
            <AttributionMatrix analysis={analysis} claimantLabel={claimantLabel} />
          </section>
          <section aria-labelledby="kg-attr-projection">
            <h3 id="kg-attr-projection">Actors projection (incidents folded away)</h3>
            <ProjectionTable graph={graph} claimantLabel={claimantLabel} />
          </section>
          <section aria-labelledby="kg-attr-rankings" className="kg-rankings">
            <h3 id="kg-attr-rankings">Rankings</h3>
            <Ranking title="Most attributed actors" entries={analysis.mostAttributed} verb="attributed to" />
            <Ranking
              title="Most frequent attributors"
              entries={analysis.mostFrequentAttributors}
              verb="attributions by"
            />
          </section>
        </>
      )}
    </section>
  );
}

/** The counts of the view, each narrowing the graph to its claims. */
function AttributionSummary({ incidents }: { incidents: IncidentAttribution[] }) {
  const attributions = (list: IncidentAttribution[]) =>
    list.flatMap((i) => i.attributions.map((a) => a.claim.key));
  const denials = (list: IncidentAttribution[]) => list.flatMap((i) => i.denials.map((d) => d.key));
  const attributed = incidents.filter((i) => i.attributions.length > 0);
  const contested = incidents.filter((i) => i.contested);
  return (
    <p className="kg-summary">
      <FocusButton
        claims={incidents.flatMap((i) => [...i.targets, ...i.denials, ...i.condemnations].map((c) => c.key))}
        label="Incidents: targets, denials and condemnations"
      >
        {incidents.length} incidents
      </FocusButton>{" "}
      <FocusButton claims={attributions(incidents)} label="Attributions of incidents">
        {attributed.length} attributed
      </FocusButton>{" "}
      <FocusButton claims={[...attributions(contested), ...denials(contested)]} label="Contested incidents">
        {contested.length} contested
      </FocusButton>{" "}
      <FocusButton claims={denials(incidents)} label="Denials">
        {denials(incidents).length} denials
      </FocusButton>
    </p>
  );
}

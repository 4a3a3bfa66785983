/**
 * "Attribution": per incident who is blamed, by whom, how sure, how long after, and who denies
 * it; the actor × claimant matrix; the rankings. Every count narrows the graph and the claims
 * table to its claims.
 */
import { useMemo } from "react";
import {
  analyzeAttribution,
  ARTICLES_CLAIMANT,
  type AttributionAnalysis,
  type IncidentAttribution,
  type RankingEntry,
} from "../../graph/analytics/attribution";
import { actorsProjection } from "../../graph/analytics/projection";
import type { ClaimGraph } from "../../model";
import { useExplorer } from "../state/context";
import { ProjectionToggle } from "./ProjectionToggle";
import { MATRIX_LIMIT, useAnalysisGraph, useLabel, useRowLimit } from "./hooks";
import { EntityButton } from "../panels/EntityButton";
import { DateText, EntityList, FocusButton, LagText, MatrixNote, Quotes, MoreRows } from "./shared";

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
        claims={incidents.flatMap((i) => i.targets.map((t) => t.key))}
        label="Incidents and their targets"
      >
        {incidents.length} incidents
      </FocusButton>{" "}
      <FocusButton claims={attributions(attributed)} label="Attributions of incidents">
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

function IncidentsTable({
  incidents,
  claimantLabel,
}: {
  incidents: IncidentAttribution[];
  claimantLabel: (c: string) => string;
}) {
  const { graph } = useExplorer();
  const label = useLabel();
  const page = useRowLimit(incidents);
  return (
    <div className="kg-scroll">
      <table className="kg-table" aria-label="Attributions per incident">
        <thead>
          <tr>
            <th scope="col">Incident</th>
            <th scope="col">Date</th>
            <th scope="col">Targets</th>
            <th scope="col">Attributed to</th>
            <th scope="col">Stance</th>
            <th scope="col">Claimants (date, lag)</th>
            <th scope="col">Denied by</th>
            <th scope="col">Contested</th>
          </tr>
        </thead>
        <tbody>
          {page.shown.map((incident) => {
            const rows = Math.max(incident.attributions.length, 1);
            const name = label(incident.incident);
            const kind = graph.getNodeAttribute(incident.incident, "kind");
            const denials = incident.denials;
            const head = (
              <>
                <th scope="row" rowSpan={rows}>
                  <EntityButton node={incident.incident} />
                  {kind && kind !== "cyber" ? <span className="kg-kind"> ({kind})</span> : null}
                </th>
                <td rowSpan={rows}>
                  <DateText date={incident.date} />
                </td>
                <td rowSpan={rows}>
                  <EntityList nodes={incident.targets.map((t) => t.target)} />
                  {incident.targets.length > 0 ? (
                    <FocusButton claims={incident.targets.map((t) => t.key)} label={`Targets of ${name}`}>
                      {incident.targets.length} target claim{incident.targets.length === 1 ? "" : "s"}
                    </FocusButton>
                  ) : null}
                </td>
              </>
            );
            const tail = (
              <>
                <td rowSpan={rows} className="kg-denials">
                  <EntityList nodes={denials.map((d) => d.source)} />
                  {denials.length > 0 ? (
                    <>
                      <FocusButton claims={denials.map((d) => d.key)} label={`Denials of ${name}`}>
                        {denials.length} denial{denials.length === 1 ? "" : "s"}
                      </FocusButton>
                      <Quotes quotes={denials.flatMap((d) => d.quotes)} />
                    </>
                  ) : null}
                </td>
                <td rowSpan={rows}>
                  {incident.contested ? (
                    <FocusButton
                      claims={[
                        ...incident.attributions.map((a) => a.claim.key),
                        ...denials.map((d) => d.key),
                      ]}
                      label={`Contested: ${name}, attributions and denials`}
                    >
                      <strong className="kg-contested">Contested</strong>
                    </FocusButton>
                  ) : (
                    <span className="kg-none">no</span>
                  )}
                </td>
              </>
            );
            if (incident.attributions.length === 0)
              return (
                <tr key={incident.incident} data-incident={incident.incident}>
                  {head}
                  <td colSpan={3} className="kg-none">
                    not attributed
                  </td>
                  {tail}
                </tr>
              );
            return incident.attributions.map((a, i) => (
              <tr key={a.claim.key} data-incident={incident.incident} data-actor={a.actor}>
                {i === 0 ? head : null}
                <td>
                  <FocusButton claims={[a.claim.key]} label={`${name} attributed to ${label(a.actor)}`}>
                    {label(a.actor)}
                  </FocusButton>
                  <Quotes quotes={a.claim.quotes} />
                </td>
                <td className={`kg-stance-${a.stance}`}>{a.stance}</td>
                <td>
                  <ul className="kg-claimants">
                    {a.claimants.map((c) => (
                      <li key={c.claimant} data-claimant={c.claimant}>
                        {c.claimant === ARTICLES_CLAIMANT ? (
                          claimantLabel(c.claimant)
                        ) : (
                          <EntityButton node={c.claimant} />
                        )}
                        {" · "}
                        <DateText date={c.date} />
                        {" · "}
                        <LagText days={c.lagDays} {...optional(incident.date, c.date)} />
                      </li>
                    ))}
                  </ul>
                </td>
                {i === 0 ? tail : null}
              </tr>
            ));
          })}
        </tbody>
      </table>
      <MoreRows page={page} />
    </div>
  );
}

const optional = (from?: string, to?: string) => ({ ...(from ? { from } : {}), ...(to ? { to } : {}) });

function AttributionMatrix({
  analysis,
  claimantLabel,
}: {
  analysis: AttributionAnalysis;
  claimantLabel: (c: string) => string;
}) {
  const label = useLabel();
  const { cells } = analysis.matrix;
  if (analysis.matrix.actors.length === 0) return <p>No attribution in the visible claims.</p>;
  const actors = analysis.matrix.actors.slice(0, MATRIX_LIMIT);
  const claimants = analysis.matrix.claimants.slice(0, MATRIX_LIMIT);
  return (
    <div className="kg-scroll">
      <MatrixNote
        rows={analysis.matrix.actors.length}
        columns={analysis.matrix.claimants.length}
        what={["actors", "claimants"]}
      />
      <table className="kg-table kg-matrix" aria-label="Attribution matrix">
        <thead>
          <tr>
            <th scope="col">Actor ↓ / claimant →</th>
            {claimants.map((c) => (
              <th scope="col" key={c}>
                {claimantLabel(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {actors.map((actor) => (
            <tr key={actor}>
              <th scope="row">{label(actor)}</th>
              {claimants.map((c) => {
                const cell = cells[actor]?.[c];
                return (
                  <td key={c} data-actor={actor} data-claimant={c}>
                    {cell ? (
                      <FocusButton
                        claims={cell.claims}
                        label={`${label(actor)} blamed by ${claimantLabel(c)}`}
                      >
                        {cell.claims.length}
                      </FocusButton>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Ranking({ title, entries, verb }: { title: string; entries: RankingEntry[]; verb: string }) {
  const label = useLabel();
  const page = useRowLimit(entries, 20);
  return (
    <>
      <table className="kg-table" aria-label={title}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Party</th>
            <th scope="col">Incidents</th>
            <th scope="col">Claims</th>
          </tr>
        </thead>
        <tbody>
          {entries.length === 0 ? (
            <tr>
              <td colSpan={4} className="kg-none">
                none
              </td>
            </tr>
          ) : (
            page.shown.map((e, i) => (
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
            ))
          )}
        </tbody>
      </table>
      <MoreRows page={page} />
    </>
  );
}

/** The derived links of the actors projection as a table: the accessible side of the canvas layer. */
function ProjectionTable({
  graph,
  claimantLabel,
}: {
  graph: ClaimGraph;
  claimantLabel: (c: string) => string;
}) {
  const label = useLabel();
  const links = useMemo(() => actorsProjection(graph), [graph]);
  const page = useRowLimit(links);
  if (links.length === 0) return <p>No incident is both attributed and targeted in the visible claims.</p>;
  return (
    <>
      <table className="kg-table" aria-label="Actors projection">
        <thead>
          <tr>
            <th scope="col">Attributed actor</th>
            <th scope="col">Target</th>
            <th scope="col">Incidents</th>
            <th scope="col">Claimants</th>
            <th scope="col">Claims</th>
          </tr>
        </thead>
        <tbody>
          {page.shown.map((link) => (
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
          ))}
        </tbody>
      </table>
      <MoreRows page={page} />
    </>
  );
}

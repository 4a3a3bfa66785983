/** The per-incident attribution table: targets, actors, claimants with dates and lag, denials. */
import { Fragment } from "react";
import { ARTICLES_CLAIMANT, type IncidentAttribution } from "../../graph/analytics/attribution";
import { EntityButton } from "../panels/EntityButton";
import { useExplorer } from "../state/context";
import { useLabel } from "./hooks";
import { DateText, EntityList, FocusButton, LagText, Quotes } from "./shared";
import { PagedTable } from "./tables";

export function IncidentsTable({
  incidents,
  claimantLabel,
}: {
  incidents: IncidentAttribution[];
  claimantLabel: (c: string) => string;
}) {
  const { graph } = useExplorer();
  const label = useLabel();
  return (
    <div className="kg-scroll">
      <PagedTable
        label="Attributions per incident"
        headers={[
          "Incident",
          "Date",
          "Targets",
          "Attributed to",
          "Stance",
          "Claimants (date, lag)",
          "Denied by",
          "Contested",
        ]}
        items={incidents}
        row={(incident) => {
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
                    claims={[...incident.attributions.map((a) => a.claim.key), ...denials.map((d) => d.key)]}
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
          return (
            <Fragment key={incident.incident}>
              {incident.attributions.map((a, i) => (
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
              ))}
            </Fragment>
          );
        }}
      />
    </div>
  );
}

const optional = (from?: string, to?: string) => ({ ...(from ? { from } : {}), ...(to ? { to } : {}) });

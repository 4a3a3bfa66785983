/**
 * "Who helped whom": requests and whether they were answered, every helper/beneficiary pair, the
 * flow from helpers to beneficiaries and the same as a matrix. Every count narrows the graph and
 * the claims table to its claims.
 */
import { useMemo } from "react";
import {
  analyzeHelp,
  type HelpAnalysis,
  type HelpAnswer,
  type HelpPair,
  type HelpRequest,
} from "../../graph/analytics/help";
import { MATRIX_LIMIT, useAnalysisGraph, useLabel, useRowLimit } from "./hooks";
import { EntityButton } from "../panels/EntityButton";
import { DateText, FocusButton, LagText, MatrixNote, Quotes, MoreRows } from "./shared";
import { HelpFlowDiagram } from "./HelpFlowDiagram";

export function HelpView() {
  const graph = useAnalysisGraph();
  const help = useMemo(() => analyzeHelp(graph), [graph]);
  const label = useLabel();
  return (
    <section className="kg-view" aria-labelledby="kg-help-title">
      <h2 id="kg-help-title">Who helped whom</h2>
      {help.pairs.length === 0 ? (
        <p>No requests, offers or help in the visible claims.</p>
      ) : (
        <>
          <section aria-labelledby="kg-help-requests">
            <h3 id="kg-help-requests">Requests for help</h3>
            <HelpSummary help={help} />
            <RequestsTable requests={help.requests} />
          </section>
          <section aria-labelledby="kg-help-flow">
            <h3 id="kg-help-flow">Flow from helpers to beneficiaries</h3>
            <HelpFlowDiagram flows={help.flows} label={label} />
          </section>
          <section aria-labelledby="kg-help-matrix">
            <h3 id="kg-help-matrix">Help matrix (helper × beneficiary)</h3>
            <HelpMatrixTable help={help} label={label} />
          </section>
          <section aria-labelledby="kg-help-pairs">
            <h3 id="kg-help-pairs">Pairs</h3>
            <PairsTable pairs={help.pairs} label={label} />
          </section>
        </>
      )}
    </section>
  );
}

/** The counts of the view, each narrowing the graph to its claims. */
function HelpSummary({ help }: { help: HelpAnalysis }) {
  const keys = (requests: HelpRequest[]) => requests.map((r) => r.claim.key);
  const unanswered = help.requests.filter((r) => r.status === "unanswered");
  const offered = help.flows.flatMap((f) => f.offered);
  const delivered = help.flows.flatMap((f) => f.delivered);
  return (
    <p className="kg-summary">
      <FocusButton claims={keys(help.requests)} label="All requests for help">
        {help.requests.length} requests
      </FocusButton>{" "}
      <FocusButton claims={keys(unanswered)} label="Unanswered requests for help">
        <span className={unanswered.length ? "kg-status-unanswered" : undefined}>
          {unanswered.length} unanswered
        </span>
      </FocusButton>{" "}
      <FocusButton claims={offered} label="All offers of help">
        {offered.length} offers
      </FocusButton>{" "}
      <FocusButton claims={delivered} label="All help delivered">
        {delivered.length} delivered
      </FocusButton>
    </p>
  );
}

function RequestsTable({ requests }: { requests: HelpRequest[] }) {
  const label = useLabel();
  const page = useRowLimit(requests);
  if (requests.length === 0) return <p>No request for help in the visible claims.</p>;
  return (
    <>
      <table className="kg-table" aria-label="Requests for help">
        <thead>
          <tr>
            <th scope="col">Requester</th>
            <th scope="col">Asked</th>
            <th scope="col">Date</th>
            <th scope="col">Status</th>
            <th scope="col">Answered by</th>
            <th scope="col">Quotes</th>
          </tr>
        </thead>
        <tbody>
          {page.shown.map((r) => (
            <tr
              key={r.claim.key}
              data-claim={r.claim.key}
              data-status={r.status}
              className={r.status === "unanswered" ? "kg-unanswered" : undefined}
            >
              <td>
                <EntityButton node={r.requester} />
              </td>
              <td>
                <EntityButton node={r.asked} />
              </td>
              <td>
                <DateText date={r.claim.date} />
              </td>
              <td>
                <FocusButton
                  claims={[r.claim.key, ...r.answers.map((a) => a.claim.key)]}
                  label={`${label(r.requester)} asked ${label(r.asked)} for help, and the answers`}
                >
                  <span className={`kg-status kg-status-${r.status.split(" ")[0]}`}>{r.status}</span>
                </FocusButton>
              </td>
              <td>
                {r.answers.length === 0 ? (
                  <span className="kg-none">no offer or help found</span>
                ) : (
                  <ul className="kg-answers">
                    {r.answers.map((a) => (
                      <AnswerItem key={a.claim.key} answer={a} request={r} />
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <Quotes quotes={r.claim.quotes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreRows page={page} />
    </>
  );
}

function AnswerItem({ answer, request }: { answer: HelpAnswer; request: HelpRequest }) {
  const label = useLabel();
  const what = answer.kind === "offer" ? "offered" : "delivered";
  return (
    <li>
      <EntityButton node={answer.by} />{" "}
      <FocusButton
        claims={[answer.claim.key]}
        label={`${label(answer.by)} ${what} help to ${label(request.requester)}`}
      >
        {what}
      </FocusButton>
      {answer.fromAsked ? "" : " (not the party asked)"}
      {" · "}
      <DateText date={answer.claim.date} />
      {answer.daysLater === null ? null : (
        <>
          {" · "}
          <LagText days={answer.daysLater} /> after the request
        </>
      )}
      <Quotes quotes={answer.claim.quotes} />
    </li>
  );
}

function PairsTable({ pairs, label }: { pairs: HelpPair[]; label: (n: string) => string }) {
  const page = useRowLimit(pairs);
  return (
    <>
      <table className="kg-table" aria-label="Help between pairs of parties">
        <thead>
          <tr>
            <th scope="col">Helper</th>
            <th scope="col">Beneficiary</th>
            <th scope="col">Requests</th>
            <th scope="col">Offers</th>
            <th scope="col">Delivered</th>
            <th scope="col">Dates</th>
            <th scope="col">Quotes</th>
          </tr>
        </thead>
        <tbody>
          {page.shown.map((p) => {
            const between = `${label(p.helper)} and ${label(p.beneficiary)}`;
            const all = [...p.requests, ...p.offers, ...p.delivered];
            const dates = [...new Set(all.flatMap((c) => (c.date ? [c.date] : [])))].sort();
            return (
              <tr
                key={`${p.helper} ${p.beneficiary}`}
                data-helper={p.helper}
                data-beneficiary={p.beneficiary}
              >
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
                  <FocusButton
                    claims={p.delivered.map((c) => c.key)}
                    label={`Help delivered between ${between}`}
                  >
                    {p.delivered.length}
                  </FocusButton>
                </td>
                <td>{dates.length ? dates.join(", ") : <span className="kg-none">undated</span>}</td>
                <td>
                  <Quotes quotes={all.flatMap((c) => c.quotes)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <MoreRows page={page} />
    </>
  );
}

function HelpMatrixTable({
  help,
  label,
}: {
  help: ReturnType<typeof analyzeHelp>;
  label: (n: string) => string;
}) {
  const { cells } = help.matrix;
  if (help.matrix.helpers.length === 0) return <p>No offer or delivered help in the visible claims.</p>;
  const helpers = help.matrix.helpers.slice(0, MATRIX_LIMIT);
  const beneficiaries = help.matrix.beneficiaries.slice(0, MATRIX_LIMIT);
  return (
    <div className="kg-scroll">
      <MatrixNote
        rows={help.matrix.helpers.length}
        columns={help.matrix.beneficiaries.length}
        what={["helpers", "beneficiaries"]}
      />
      <table className="kg-table kg-matrix" aria-label="Help matrix">
        <thead>
          <tr>
            <th scope="col">Helper ↓ / beneficiary →</th>
            {beneficiaries.map((b) => (
              <th scope="col" key={b}>
                {label(b)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {helpers.map((h) => (
            <tr key={h}>
              <th scope="row">{label(h)}</th>
              {beneficiaries.map((b) => {
                const cell = cells[h]?.[b];
                if (!cell) return <td key={b} />;
                return (
                  <td key={b} data-helper={h} data-beneficiary={b}>
                    <FocusButton
                      claims={[...cell.offered, ...cell.delivered]}
                      label={`Help from ${label(h)} to ${label(b)}: ${cell.offered.length} offered, ${cell.delivered.length} delivered`}
                    >
                      {cell.offered.length + cell.delivered.length}
                      <span className="kg-split">
                        {" "}
                        ({cell.offered.length} offered, {cell.delivered.length} delivered)
                      </span>
                    </FocusButton>
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

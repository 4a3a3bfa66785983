/**
 * "Who helped whom": requests and whether they were answered, every helper/beneficiary pair, the
 * flow from helpers to beneficiaries and the same as a matrix. Every count narrows the graph and
 * the claims table to its claims.
 */
import { useMemo } from "react";
import { analyzeHelp, type HelpAnalysis, type HelpRequest } from "../../graph/analytics/help";
import { useAnalysisGraph, useLabel } from "./hooks";
import { FocusButton } from "./shared";
import { HelpFlowDiagram } from "./HelpFlowDiagram";
import { RequestsTable } from "./HelpRequestsTable";
import { HelpMatrixTable, PairsTable } from "./HelpTables";

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

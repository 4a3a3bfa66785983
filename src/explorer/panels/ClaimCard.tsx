/**
 * One claim as an analyst reads it: who → what → whom, stance, date, claimants, and every quote
 * with its article; clicking a quote opens it in the reader.
 */
import { EDGE_COLORS } from "../sigma/appearance";
import { useExplorer } from "../state/context";
import { claimDate } from "../data/claimDates";
import { ClaimEditor, ClaimReviewButtons, ReviewMark } from "./ClaimReview";
import { EntityButton } from "./EntityButton";
import { MoreQuotes } from "./MoreQuotes";

export function ClaimCard({ claim, hidden = false }: { claim: string; hidden?: boolean }) {
  const { graph, store, index } = useExplorer();
  const a = graph.getEdgeAttributes(claim);
  const [source, target] = graph.extremities(claim);
  const date = claimDate(graph, claim);
  return (
    <article
      className={hidden ? "claim filtered-out" : "claim"}
      aria-label={`${graph.getNodeAttribute(source, "label")} ${a.type} ${graph.getNodeAttribute(target, "label")}`}
    >
      <h4>
        <EntityButton node={source} />{" "}
        <span className="edge-type" style={{ color: EDGE_COLORS[a.type] }}>
          {a.type}
        </span>{" "}
        <EntityButton node={target} />
        {hidden && <span className="badge">hidden by filters</span>}
      </h4>
      <ReviewMark claim={claim} />
      <ClaimReviewButtons claim={claim} />
      <ClaimEditor claim={claim} />
      <dl className="claim-facts">
        <dt>Stance</dt>
        <dd>{a.stance}</dd>
        <dt>Date</dt>
        <dd>
          {date ?? "undated"}
          {!a.date && date ? " (first reported)" : ""}
        </dd>
        {a.claimants.length > 0 && (
          <>
            <dt>Claimants</dt>
            <dd>
              {a.claimants.map((c, i) => (
                <span key={c}>
                  {i > 0 && ", "}
                  {graph.hasNode(c) ? <EntityButton node={c} /> : c}
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>Confidence</dt>
        <dd>
          {a.confidence.toFixed(2)} ({a.origin})
        </dd>
      </dl>
      <ul className="evidence">
        {a.evidence.map((e, i) => (
          <li key={i}>
            <button
              type="button"
              className="quote"
              title="Open the article at this sentence"
              onClick={() =>
                store.set({ reader: { doc: e.doc, start: e.start, end: e.end, quote: e.quote } })
              }
            >
              “{e.quote}”
            </button>
            <cite>{index.documents.get(e.doc)?.title || e.doc}</cite>
            {e.claimants && e.claimants.length > 0 && (
              <span className="said-by">
                {" "}
                — said by{" "}
                {e.claimants
                  .map((c) => (graph.hasNode(c) ? graph.getNodeAttribute(c, "label") : c))
                  .join(", ")}
              </span>
            )}
          </li>
        ))}
      </ul>
      <MoreQuotes claim={claim} />
    </article>
  );
}

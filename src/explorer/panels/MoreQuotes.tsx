/**
 * Server mode, under a claim's quotes: the store sends the first few quotes of each claim with the
 * count of all of them (`evidenceCount`); this fetches the rest, page by page, into the claim.
 * Renders nothing outside server mode or when every quote is loaded.
 */
import { useExplorer } from "../state/context";
import { useRemote, useRemoteState } from "../state/remote";

export function MoreQuotes({ claim }: { claim: string }) {
  const { graph } = useExplorer();
  const remote = useRemote();
  const busy = useRemoteState((s) => s.busy);
  if (!remote || !graph.hasEdge(claim)) return null;
  const a = graph.getEdgeAttributes(claim);
  const count = typeof a.evidenceCount === "number" ? a.evidenceCount : a.evidence.length;
  const missing = count - a.evidence.length;
  if (missing <= 0) return null;
  return (
    <button
      type="button"
      className="more-quotes"
      disabled={busy != null}
      onClick={() => void remote.loadEvidence(claim)}
    >
      Load {missing} more quote{missing === 1 ? "" : "s"} from the store
    </button>
  );
}

/**
 * Server mode, in an entity's details: fetch more of its neighbourhood from the claim store,
 * narrowed by claim type and date, up to a number of claims; says what the last expansion brought
 * and how many claims its limit left out. Renders nothing outside server mode.
 */
import { useState, type FormEvent } from "react";
import { EDGE_TYPES, PARTIAL_DATE_PATTERN, type EdgeType } from "../../model";
import { DEFAULT_EXPANSION_LIMIT, useRemote, useRemoteState, type Expansion } from "../state/remote";

const MAX_LIMIT = 2000;

export function ExpandControls({ node }: { node: string }) {
  const remote = useRemote();
  const expansion = useRemoteState((s) => s.expansions[node]);
  const busy = useRemoteState((s) => s.busy);
  const error = useRemoteState((s) => s.error);
  if (!remote) return null;
  return (
    <section aria-label="Claim store" className="expand-controls">
      <h3>From the claim store</h3>
      <ExpansionSummary expansion={expansion} />
      <ExpandForm
        key={node}
        initial={expansion?.request}
        busy={busy != null}
        onExpand={(request) => void remote.expand({ node, ...request })}
      />
      {busy && <p role="status">Fetching {busy}…</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}

function ExpansionSummary({ expansion }: { expansion: Expansion | undefined }) {
  if (!expansion) return <p className="hint">Not fetched yet: expand to load its claims.</p>;
  const { total, returned, omitted } = expansion.summary;
  return (
    <p className="expansion-summary">
      {returned} of {total} matching claim{total === 1 ? "" : "s"} loaded ({expansion.addedClaims} new)
      {omitted > 0 && (
        <>
          ; <strong>{omitted} left out</strong> by the limit of{" "}
          {expansion.request.limit ?? DEFAULT_EXPANSION_LIMIT}
        </>
      )}
      .
    </p>
  );
}

interface Request {
  types?: EdgeType[];
  from?: string;
  to?: string;
  hops: 1 | 2;
  limit: number;
}

function ExpandForm({
  initial,
  busy,
  onExpand,
}: {
  initial:
    { types?: readonly EdgeType[]; from?: string; to?: string; hops?: 1 | 2; limit?: number } | undefined;
  busy: boolean;
  onExpand: (request: Request) => void;
}) {
  const [type, setType] = useState<string>(initial?.types?.length === 1 ? initial.types[0]! : "");
  const [from, setFrom] = useState(initial?.from ?? "");
  const [to, setTo] = useState(initial?.to ?? "");
  const [hops, setHops] = useState<1 | 2>(initial?.hops ?? 1);
  const [limit, setLimit] = useState(String(initial?.limit ?? DEFAULT_EXPANSION_LIMIT));
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const badDate = [from, to].find((d) => d.trim() && !PARTIAL_DATE_PATTERN.test(d.trim()));
    if (badDate !== undefined)
      return setProblem(`“${badDate}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.`);
    const n = Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT)
      return setProblem(`Fetch between 1 and ${MAX_LIMIT} claims at a time.`);
    setProblem(null);
    onExpand({
      hops,
      limit: n,
      ...(type && { types: [type as EdgeType] }),
      ...(from.trim() && { from: from.trim() }),
      ...(to.trim() && { to: to.trim() }),
    });
  };

  return (
    <form className="expand-form" onSubmit={submit} aria-label="Expand from the claim store">
      <label>
        Claim type{" "}
        <select value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">all types</option>
          {EDGE_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        From <input value={from} onChange={(e) => setFrom(e.target.value)} placeholder="YYYY-MM" size={10} />
      </label>
      <label>
        To <input value={to} onChange={(e) => setTo(e.target.value)} placeholder="YYYY-MM" size={10} />
      </label>
      <label>
        Hops{" "}
        <select value={hops} onChange={(e) => setHops(e.target.value === "2" ? 2 : 1)}>
          <option value="1">1</option>
          <option value="2">2</option>
        </select>
      </label>
      <label>
        At most{" "}
        <input
          type="number"
          min={1}
          max={MAX_LIMIT}
          value={limit}
          onChange={(e) => setLimit(e.target.value)}
          aria-label="At most this many claims"
        />{" "}
        claims
      </label>
      <button type="submit" disabled={busy}>
        Expand
      </button>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </form>
  );
}

/**
 * Path finder: the shortest paths between two entities over the claim types the analyst ticks,
 * each step with the claims (and quotes) that explain it.
 */
import { useMemo, useState } from "react";
import { shortestPaths } from "../../graph/analytics/paths";
import { EDGE_TYPES, type EdgeType } from "../../model";
import { useExplorer, useViewState } from "../state/context";
import { EntityPicker } from "../panels/EntityPicker";
import { useLabel } from "./hooks";
import { EntityButton } from "../panels/EntityButton";
import { FocusButton, Quotes } from "./shared";

/** Offices (affiliated-with) off by default: every official would link everything to their state. */
const DEFAULT_TYPES = EDGE_TYPES.filter((t) => t !== "affiliated-with");

export function PathFinder() {
  const { graph } = useExplorer();
  const label = useLabel();
  const selection = useViewState((s) => s.selection);
  const [from, setFrom] = useState<string | null>(selection?.kind === "node" ? selection.key : null);
  const [to, setTo] = useState<string | null>(null);
  const [types, setTypes] = useState<EdgeType[]>(DEFAULT_TYPES);
  const [directed, setDirected] = useState(false);
  const paths = useMemo(
    () => (from && to ? shortestPaths(graph, from, to, types, { directed }) : null),
    [graph, from, to, types, directed],
  );
  const toggle = (type: EdgeType, on: boolean) =>
    setTypes((current) =>
      on ? EDGE_TYPES.filter((t) => t === type || current.includes(t)) : current.filter((t) => t !== type),
    );

  return (
    <section className="kg-view" aria-labelledby="kg-paths-title">
      <h2 id="kg-paths-title">Path finder</h2>
      <div className="kg-controls">
        <EntityPicker label="From" value={from} onChange={setFrom} />
        <EntityPicker label="To" value={to} onChange={setTo} />
        <label>
          <input type="checkbox" checked={directed} onChange={(e) => setDirected(e.target.checked)} /> follow
          claim direction only
        </label>
      </div>
      <fieldset className="kg-types">
        <legend>Claim types to follow</legend>
        {EDGE_TYPES.map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              checked={types.includes(type)}
              onChange={(e) => toggle(type, e.target.checked)}
            />{" "}
            {type}
          </label>
        ))}
      </fieldset>
      {paths === null ? (
        <p>Pick two entities.</p>
      ) : paths.length === 0 ? (
        <p role="status">
          No path from {label(from!)} to {label(to!)} over the chosen claim types.
        </p>
      ) : (
        <ol className="kg-paths" aria-label="Shortest paths">
          {paths.map((path) => {
            const claims = path.steps.flatMap((s) => s.claims.map((c) => c.key));
            const name = `Path ${path.nodes.map(label).join(" – ")}`;
            return (
              <li key={path.nodes.join(" ")}>
                <FocusButton claims={claims} label={name}>
                  {path.steps.length} step{path.steps.length === 1 ? "" : "s"}, {claims.length} claims: show
                  on the graph
                </FocusButton>
                <ol className="kg-steps">
                  {path.steps.map((step) => (
                    <li key={`${step.from} ${step.to}`}>
                      <EntityButton node={step.from} /> — <EntityButton node={step.to} />
                      <ul>
                        {step.claims.map((c) => (
                          <li key={c.key}>
                            {label(c.source)} <strong>{c.type}</strong> {label(c.target)}
                            {c.date ? ` (${c.date})` : ""}
                            <Quotes quotes={c.quotes} />
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ol>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

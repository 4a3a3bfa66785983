/**
 * The selected entity or claim. For an entity: type, aliases, role, country, and every claim in and
 * out grouped by edge type (claims hidden by the filters are listed last and marked, so nothing
 * about the entity is lost). For a claim: the claim card.
 */
import { useMemo, useState } from "react";
import { EDGE_TYPES, type EdgeType } from "../../model";
import { NODE_COLORS } from "../sigma/appearance";
import { useExplorer, useVisibility, useViewState } from "../state/context";
import { ClaimCard } from "./ClaimCard";
import { EntityButton } from "./EntityButton";
import { EntityReview } from "./EntityReview";
import { ExpandControls } from "./ExpandControls";

const PAGE = 30;

export function Details() {
  const selection = useViewState((s) => s.selection);
  return (
    <section aria-label="Details" className="details">
      {!selection ? (
        <p className="hint">
          Select an entity or a claim (click it in the graph, search for it, or pick a row in the claims
          table) to see its claims and quotes.
        </p>
      ) : selection.kind === "edge" ? (
        <EdgeDetails edge={selection.key} />
      ) : (
        <NodeDetails node={selection.key} />
      )}
    </section>
  );
}

function EdgeDetails({ edge }: { edge: string }) {
  const { graph } = useExplorer();
  const visibility = useVisibility();
  if (!graph.hasEdge(edge)) return <p>This claim is not in the graph.</p>;
  return (
    <>
      <h2>Claim</h2>
      <ClaimCard claim={edge} hidden={visibility.hiddenEdges?.has(edge) ?? false} />
    </>
  );
}

interface Group {
  type: EdgeType;
  direction: "out" | "in";
  claims: string[];
}

function NodeDetails({ node }: { node: string }) {
  const { graph } = useExplorer();
  const visibility = useVisibility();
  const groups = useMemo(() => {
    if (!graph.hasNode(node)) return [];
    const byGroup = new Map<string, Group>();
    const add = (direction: "out" | "in") => (edge: string) => {
      const type = graph.getEdgeAttribute(edge, "type");
      const id = `${direction}:${type}`;
      let group = byGroup.get(id);
      if (!group) byGroup.set(id, (group = { type, direction, claims: [] }));
      group.claims.push(edge);
    };
    graph.forEachOutEdge(node, add("out"));
    graph.forEachInEdge(node, add("in"));
    const hidden = visibility.hiddenEdges;
    for (const group of byGroup.values())
      group.claims.sort((x, y) => Number(hidden?.has(x) ?? false) - Number(hidden?.has(y) ?? false));
    return [...byGroup.values()].sort(
      (x, y) => EDGE_TYPES.indexOf(x.type) - EDGE_TYPES.indexOf(y.type) || (x.direction === "out" ? -1 : 1),
    );
  }, [graph, node, visibility]);

  if (!graph.hasNode(node)) return <p>This entity is not in the graph.</p>;
  const a = graph.getNodeAttributes(node);
  const total = graph.degree(node);
  return (
    <>
      <h2>
        <span className="dot" style={{ background: NODE_COLORS[a.type] }} aria-hidden="true" /> {a.label}
      </h2>
      {visibility.hiddenNodes?.has(node) && <p className="badge">Hidden by the current filters</p>}
      <dl className="entity-facts">
        <dt>Type</dt>
        <dd>
          {a.type}
          {a.kind ? ` (${a.kind})` : ""}
        </dd>
        {a.aliases.length > 0 && (
          <>
            <dt>Aliases</dt>
            <dd>{a.aliases.join(", ")}</dd>
          </>
        )}
        {a.role && (
          <>
            <dt>Role</dt>
            <dd>{a.role}</dd>
          </>
        )}
        {a.country && (
          <>
            <dt>Country</dt>
            <dd>
              <EntityButton node={a.country} />
            </dd>
          </>
        )}
        {a.date && (
          <>
            <dt>Date</dt>
            <dd>
              {a.date}
              {a.endDate ? ` – ${a.endDate}` : ""}
            </dd>
          </>
        )}
        <dt>Claims</dt>
        <dd>{total}</dd>
      </dl>
      <EntityReview key={node} node={node} />
      <ExpandControls node={node} />
      {groups.map((g) => (
        <ClaimGroup key={`${g.direction}:${g.type}`} group={g} hidden={visibility.hiddenEdges} />
      ))}
    </>
  );
}

function ClaimGroup({ group, hidden }: { group: Group; hidden: Set<string> | null }) {
  const [shown, setShown] = useState(PAGE);
  const heading = `${group.type} (${group.direction === "out" ? "from" : "to"} this entity)`;
  return (
    <section className="claim-group" aria-label={heading}>
      <h3>
        {heading} · {group.claims.length}
      </h3>
      {group.claims.slice(0, shown).map((claim) => (
        <ClaimCard key={claim} claim={claim} hidden={hidden?.has(claim) ?? false} />
      ))}
      {group.claims.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, group.claims.length - shown)} more
        </button>
      )}
    </section>
  );
}

/** Ego network: narrows the graph to the k-hop neighbourhood of the selected (or picked) entity. */
import { useMemo, useState } from "react";
import { egoNetwork } from "../../graph/analytics/ego";
import { useExplorer, useViewState } from "../state/context";
import { EntityPicker } from "../panels/EntityPicker";
import { useLabel } from "./hooks";
import { EntityList, FocusButton } from "./shared";

const HOPS = [1, 2, 3, 4] as const;

export function EgoNetwork() {
  const { graph } = useExplorer();
  const label = useLabel();
  const selection = useViewState((s) => s.selection);
  const selected = selection?.kind === "node" ? selection.key : null;
  const [picked, setPicked] = useState<string | null>(null);
  const [k, setK] = useState(1);
  const center = picked ?? selected;
  const ego = useMemo(() => (center ? egoNetwork(graph, center, k) : null), [graph, center, k]);
  const byHop = useMemo(() => {
    const rings: string[][] = [];
    for (const [node, hop] of Object.entries(ego?.distances ?? {}))
      if (hop > 0) (rings[hop - 1] ??= []).push(node);
    return rings;
  }, [ego]);

  return (
    <section className="kg-view" aria-labelledby="kg-ego-title">
      <h2 id="kg-ego-title">Ego network</h2>
      <div className="kg-controls">
        <EntityPicker label="Centre" value={center} onChange={setPicked} />
        <label>
          Hops (k){" "}
          <select value={k} onChange={(e) => setK(Number(e.target.value))}>
            {HOPS.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!ego ? (
        <p>Select an entity in the graph or pick one above.</p>
      ) : (
        <>
          <p>
            <FocusButton claims={ego.claims} label={`${k}-hop neighbourhood of ${label(ego.center)}`}>
              Show the {k}-hop neighbourhood: {Object.keys(ego.distances).length} entities,{" "}
              {ego.claims.length} claims
            </FocusButton>
          </p>
          <table className="kg-table" aria-label="Neighbourhood by hops">
            <thead>
              <tr>
                <th scope="col">Hops</th>
                <th scope="col">Entities</th>
              </tr>
            </thead>
            <tbody>
              {byHop.map((nodes, i) => (
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  <td>
                    <EntityList nodes={nodes} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

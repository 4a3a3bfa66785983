/** What the colours and shapes mean: node types (incidents as rings) and edge types. */
import { EDGE_RULES, EDGE_TYPES, NODE_TYPES } from "../../model";
import { EDGE_COLORS, NODE_COLORS } from "../sigma/appearance";
import { useViewState } from "../state/context";

export function Legend() {
  const colorBy = useViewState((s) => s.colorBy);
  return (
    <details className="legend" open>
      <summary>Legend</summary>
      {colorBy === "type" ? (
        <ul aria-label="Node types">
          {NODE_TYPES.map((t) => (
            <li key={t}>
              <span
                className={t === "incident" ? "swatch ring" : "swatch"}
                style={{
                  borderColor: NODE_COLORS[t],
                  background: t === "incident" ? "#fff" : NODE_COLORS[t],
                }}
              />
              {t}
            </li>
          ))}
        </ul>
      ) : (
        <p>Nodes coloured by community (incidents drawn as rings).</p>
      )}
      <ul aria-label="Edge types">
        {EDGE_TYPES.map((t) => (
          <li key={t} title={EDGE_RULES[t].meaning}>
            <span className="swatch line" style={{ background: EDGE_COLORS[t] }} />
            {t}
          </li>
        ))}
      </ul>
    </details>
  );
}

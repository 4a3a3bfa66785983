/** An entity name that selects the entity when activated (keyboard or mouse). */
import { useExplorer } from "../state/context";

export function EntityButton({ node }: { node: string }) {
  const { graph, store } = useExplorer();
  if (!graph.hasNode(node)) return <span>{node}</span>;
  const label = graph.getNodeAttribute(node, "label");
  return (
    <button
      type="button"
      className="entity"
      onClick={() => store.set({ selection: { kind: "node", key: node }, flyTo: { node } })}
      onMouseEnter={() => store.set({ hovered: node })}
      onMouseLeave={() => store.set({ hovered: null })}
    >
      {label}
    </button>
  );
}

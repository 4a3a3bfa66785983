/** An entity's review actions in the details panel: rename, change its type, merge it into another. */
import { useState } from "react";
import { NODE_TYPES, type NodeType } from "../../model";
import { entityRef } from "../../graph/review";
import { useExplorer } from "../state/context";
import { useReview, useWorkbench } from "../workspace/context";
import { EntityPicker } from "./EntityPicker";
import { ChoiceField } from "./ChoiceField";

export function EntityReview({ node }: { node: string }) {
  const { graph, store } = useExplorer();
  const value = useWorkbench();
  const review = useReview();
  const a = graph.getNodeAttributes(node);
  const [label, setLabel] = useState(a.label);
  const [type, setType] = useState<NodeType>(a.type);
  const [into, setInto] = useState<string | null>(null);
  if (!value) return null;
  const ref = () => entityRef(graph, node);
  /** Selects where the entity will be, and back if the operation is refused. */
  const run = (op: Parameters<typeof review>[0], selectAfter: string) => {
    store.set({ selection: { kind: "node", key: selectAfter } });
    void review(op).then((ok) => {
      if (!ok) store.set({ selection: { kind: "node", key: node } });
    });
  };
  return (
    <details className="entity-review">
      <summary>Correct this entity</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (label.trim() && label.trim() !== a.label)
            run({ op: "rename-entity", entity: ref(), label: label.trim() }, node);
        }}
      >
        <label>
          Name <input value={label} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <button type="submit">Rename</button>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (type !== a.type)
            run({ op: "retype-entity", entity: ref(), type }, `${type}:${node.slice(node.indexOf(":") + 1)}`);
        }}
      >
        <ChoiceField label="Type" value={type} options={NODE_TYPES} onChange={setType} />
        <button type="submit">Change type</button>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (into && into !== node)
            run({ op: "merge-entities", into: entityRef(graph, into), from: ref() }, into);
        }}
      >
        <EntityPicker label="Merge into" value={into} onChange={setInto} />
        <button type="submit" disabled={!into || into === node}>
          Merge
        </button>
      </form>
    </details>
  );
}

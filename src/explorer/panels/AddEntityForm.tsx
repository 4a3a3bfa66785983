/** Adds an entity the extractor missed: a name and a type (its key is made from them). */
import { useState } from "react";
import { NODE_TYPES, nodeKey, type NodeType } from "../../model";
import { useExplorer } from "../state/context";
import { useReview } from "../workspace/context";
import { ChoiceField } from "./ChoiceField";

export function AddEntityForm({ onDone }: { onDone: () => void }) {
  const { store } = useExplorer();
  const review = useReview();
  const [label, setLabel] = useState("");
  const [type, setType] = useState<NodeType>("organization");
  return (
    <form
      className="add-entity"
      aria-label="Add an entity"
      onSubmit={(event) => {
        event.preventDefault();
        const name = label.trim();
        if (!name) return;
        const key = nodeKey(type, name);
        store.set({ selection: { kind: "node", key } });
        void review({ op: "add-entity", entity: { key, label: name, type, aliases: [] } }).then(
          (ok) => ok && onDone(),
        );
      }}
    >
      <label>
        Name <input value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      <ChoiceField label="Type" value={type} options={NODE_TYPES} onChange={setType} />
      <button type="submit">Add the entity</button>
    </form>
  );
}

/** A labelled text box with suggestions from the explorer's search index; picks one node key. */
import { useId, useState } from "react";
import { searchEntities } from "../data/graphIndex";
import { useExplorer } from "../state/context";

interface Props {
  label: string;
  value: string | null;
  onChange: (node: string | null) => void;
}

export function EntityPicker({ label, value, onChange }: Props) {
  const { graph, index } = useExplorer();
  const id = useId();
  const current = value && graph.hasNode(value) ? graph.getNodeAttribute(value, "label") : "";
  const [text, setText] = useState(current);
  const [editing, setEditing] = useState(false);
  const hits = searchEntities(index, editing ? text : "", 12);
  const choose = (typed: string) => {
    setText(typed);
    setEditing(true);
    // A chosen suggestion reads "Label (type)"; a typed name matches a label exactly.
    const [, name = typed, type] = /^(.*) \((\w+)\)$/.exec(typed) ?? [];
    const exact = searchEntities(index, name, 50).find(
      (h) => h.entry.label === name && (type === undefined || h.entry.type === type),
    );
    if (exact) {
      onChange(exact.entry.key);
      setText(exact.entry.label);
      setEditing(false);
    } else if (!typed) onChange(null);
  };
  return (
    <label className="kg-picker">
      {label}{" "}
      <input
        type="text"
        list={`${id}-list`}
        value={editing ? text : current}
        placeholder="type a name…"
        onChange={(event) => choose(event.target.value)}
        onBlur={() => setEditing(false)}
      />
      <datalist id={`${id}-list`}>
        {hits.map((h) => (
          <option key={h.entry.key} value={`${h.entry.label} (${h.entry.type})`} />
        ))}
      </datalist>
    </label>
  );
}

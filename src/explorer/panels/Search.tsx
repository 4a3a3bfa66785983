/**
 * One search box over entity labels and aliases (accent- and case-insensitive) with a suggestions
 * listbox (ARIA combobox): arrows move, Enter chooses, Escape closes. Choosing selects the node and
 * flies the camera to it.
 */
import { useId, useState } from "react";
import { useExplorer } from "../state/context";
import { useRemote } from "../state/remote";
import { NODE_COLORS } from "../sigma/appearance";
import { useEntitySearch } from "./useEntitySearch";

export function Search() {
  const { store } = useExplorer();
  const remote = useRemote();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const { hits, pending, error } = useEntitySearch(query);
  const listId = useId();

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    if (remote) {
      // Server mode: fetch the entity's neighbourhood; it is selected once it is in view.
      void remote.expand({ node: hit.entry.key }, hit.entry.label);
      setQuery(hit.entry.label);
      setOpen(false);
      return;
    }
    const start = performance.now();
    store.set({
      selection: { kind: "node", key: hit.entry.key },
      flyTo: { node: hit.entry.key },
      tab: "graph",
    });
    performance.measure("kg:select", { start, end: performance.now() });
    setQuery(hit.entry.label);
    setOpen(false);
  };

  const expanded = open && query.trim() !== "";
  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Search"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Search entities…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter") {
            e.preventDefault();
            choose(active);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      {expanded && (
        <ul id={listId} role="listbox" aria-label="Suggestions" className="suggestions">
          {hits.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="empty">
              {pending ? "Searching the claim store…" : (error ?? `No entity matches “${query}”`)}
            </li>
          )}
          {hits.map((hit, i) => (
            <li
              key={hit.entry.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="dot" style={{ background: NODE_COLORS[hit.entry.type] }} aria-hidden="true" />
              {hit.entry.label}
              {hit.matched !== hit.entry.label && <span className="alias"> ({hit.matched})</span>}
              <span className="type"> {hit.entry.type}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The claims an analyst view narrowed the graph to, as a removable chip. */
import { useExplorer, useViewState } from "../state/context";

export function FocusChip() {
  const { store } = useExplorer();
  const focus = useViewState((s) => s.focus);
  if (!focus) return null;
  return (
    <div className="focus-chip">
      <span>
        Focus: {focus.label} ({focus.claims.length} claim{focus.claims.length === 1 ? "" : "s"})
      </span>
      <button
        type="button"
        aria-label={`Remove focus ${focus.label}`}
        onClick={() => store.set({ focus: null })}
      >
        ×
      </button>
    </div>
  );
}

/** Switches the main view to the actors projection (incidents folded into actor → target links). */
import { useExplorer, useViewState } from "../state/context";

export function ProjectionToggle() {
  const { store } = useExplorer();
  const on = useViewState((s) => s.showActorsProjection);
  return (
    <label className="kg-toggle">
      <input
        type="checkbox"
        checked={on}
        onChange={(event) => store.set({ showActorsProjection: event.target.checked })}
      />{" "}
      <span title="Fold incidents away: link each attributed actor straight to the incident's targets">
        Actors projection
      </span>
    </label>
  );
}

/** Label density, node size and node colour choices. */
import { useExplorer } from "../state/context";
import { COLOR_BY, LABEL_DENSITIES, SIZE_BY, useViewState } from "../state/store";
import { ProjectionToggle } from "../views";

export function AppearanceControls() {
  const { store } = useExplorer();
  const labelDensity = useViewState((s) => s.labelDensity);
  const sizeBy = useViewState((s) => s.sizeBy);
  const colorBy = useViewState((s) => s.colorBy);
  return (
    <div className="appearance-controls" role="group" aria-label="Appearance">
      <label>
        Labels{" "}
        <select
          value={labelDensity}
          onChange={(e) => store.set({ labelDensity: e.target.value as typeof labelDensity })}
        >
          {LABEL_DENSITIES.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
      </label>
      <label>
        Size by{" "}
        <select value={sizeBy} onChange={(e) => store.set({ sizeBy: e.target.value as typeof sizeBy })}>
          {SIZE_BY.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
      </label>
      <label>
        Colour by{" "}
        <select value={colorBy} onChange={(e) => store.set({ colorBy: e.target.value as typeof colorBy })}>
          {COLOR_BY.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
      </label>
      <ProjectionToggle />
    </div>
  );
}

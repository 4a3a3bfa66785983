/** Label density, node size and node colour choices. */
import { useExplorer, useViewState } from "../state/context";
import { COLOR_BY, LABEL_DENSITIES, SIZE_BY, type ViewState } from "../state/store";
import { ProjectionToggle } from "./ProjectionToggle";

type ChoiceField = "labelDensity" | "sizeBy" | "colorBy";

/** One labelled select bound to a field of the view state. */
function Choice<F extends ChoiceField>({
  label,
  field,
  options,
}: {
  label: string;
  field: F;
  options: readonly ViewState[F][];
}) {
  const { store } = useExplorer();
  const value = useViewState((s) => s[field]);
  return (
    <label>
      {label}{" "}
      <select
        value={value}
        onChange={(e) => store.set({ [field]: e.target.value as ViewState[F] } as Partial<ViewState>)}
      >
        {options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    </label>
  );
}

export function AppearanceControls() {
  return (
    <div className="appearance-controls" role="group" aria-label="Appearance">
      <Choice label="Labels" field="labelDensity" options={LABEL_DENSITIES} />
      <Choice label="Size by" field="sizeBy" options={SIZE_BY} />
      <Choice label="Colour by" field="colorBy" options={COLOR_BY} />
      <ProjectionToggle />
    </div>
  );
}

/** Label density presets: how many node labels sigma draws (the rest show on hover). */
import type { Settings } from "sigma/settings";
import type { LabelDensity } from "../state/store";

type LabelSettings = Pick<
  Settings,
  "renderLabels" | "labelDensity" | "labelGridCellSize" | "labelRenderedSizeThreshold"
>;

export const LABEL_SETTINGS: Record<LabelDensity, LabelSettings> = {
  none: { renderLabels: false, labelDensity: 0.07, labelGridCellSize: 60, labelRenderedSizeThreshold: 6 },
  few: { renderLabels: true, labelDensity: 0.3, labelGridCellSize: 120, labelRenderedSizeThreshold: 10 },
  some: { renderLabels: true, labelDensity: 1, labelGridCellSize: 80, labelRenderedSizeThreshold: 5 },
  all: { renderLabels: true, labelDensity: 100, labelGridCellSize: 10, labelRenderedSizeThreshold: 0 },
};

/** Text cut to `max` characters with an ellipsis (canvas and SVG labels do not wrap). */
export const shorten = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

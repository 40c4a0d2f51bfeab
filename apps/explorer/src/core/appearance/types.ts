import type { ColorMode, SizeMode } from "../state/types.js";

/** Precomputed look of one node, so reducers only pick by mode. */
export interface NodeLook {
  colors: Record<ColorMode, string>;
  sizes: Record<SizeMode, number>;
  /** Canvas label (long titles shortened). */
  label: string;
}

export interface LegendEntry {
  color: string;
  /** A message key or a data value, resolved to text by the legend view. */
  label: LegendLabel;
  count?: number;
}

export type LegendLabel =
  | { type: "community"; id: number; name: string }
  | { type: "category"; value: string }
  | { type: "region"; value: string }
  | { type: "kind"; kind: string }
  | { type: "message"; key: "legend.otherCommunities" | "legend.noCommunity" | "legend.unknown" };

/**
 * Colours of the explorer. Community colours are distinct on white; nodes that
 * are not proposals use neutral slate tones so that proposals carry the colour.
 */
import type { NodeKind } from "@skills-network/core";

export const COMMUNITY_PALETTE = [
  "#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#76b7b2",
  "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#2f4b7c",
  "#d45087", "#17becf", "#8cd17d", "#a0cbe8", "#ffbe7d",
  "#499894", "#f1ce63", "#d37295", "#86bcb6", "#e377c2",
] as const;

/** Skills categories, in the order of SKILLS_CATEGORIES. */
export const CATEGORY_COLORS: Readonly<Record<string, string>> = {
  "work-based-learning": "#4e79a7",
  "rpl-certification": "#f28e2b",
  "career-guidance": "#e15759",
  "skills-data": "#76b7b2",
  "skills-ecosystem": "#59a14f",
  "training-delivery": "#edc948",
  "social-inclusion": "#b07aa1",
  entrepreneurship: "#ff9da7",
  "core-life-skills": "#9c755f",
};

/** UN M49 regions as the records package names them. */
export const REGION_COLORS: Readonly<Record<string, string>> = {
  Africa: "#f28e2b",
  Americas: "#59a14f",
  Asia: "#e15759",
  Europe: "#4e79a7",
  Oceania: "#b07aa1",
};

export const KIND_COLORS: Readonly<Record<Exclude<NodeKind, "proposal">, string>> = {
  organization: "#8a96a3",
  country: "#5f6b7a",
  region: "#3e4a59",
  category: "#2f3b4a",
  beneficiary: "#6b5f7a",
};

/** A value without its own colour (a custom category, a small community). */
export const OTHER_COLOR = "#b4bcc6";
/** Proposals left outside every community. */
export const NO_COMMUNITY_COLOR = "#c4b49f";
/** Filtered-out nodes in "fade" mode and nodes outside the open neighbourhood. */
export const FADED_NODE_COLOR = "#e6e9ed";
export const SIMILAR_EDGE_COLOR = "rgba(84, 104, 130, 0.35)";
export const STRUCTURAL_EDGE_COLOR = "rgba(150, 160, 172, 0.16)";
export const HIGHLIGHT_EDGE_COLOR = "rgba(31, 41, 51, 0.7)";

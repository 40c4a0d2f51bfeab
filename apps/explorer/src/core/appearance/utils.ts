/**
 * Pure colour and size mapping: from node attributes to what sigma draws.
 */
import type { CommunitySummary, SkillsNodeAttributes } from "@skills-network/core";
import type { ColorMode, SizeMode } from "../state/types.js";
import {
  CATEGORY_COLORS,
  COMMUNITY_PALETTE,
  KIND_COLORS,
  NO_COMMUNITY_COLOR,
  OTHER_COLOR,
  REGION_COLORS,
} from "./palette.js";
import type { LegendEntry, NodeLook } from "./types.js";

export const LABEL_MAX_LENGTH = 48;

export function communityColor(community: number | null | undefined): string {
  if (community === null || community === undefined) return NO_COMMUNITY_COLOR;
  return COMMUNITY_PALETTE[community] ?? OTHER_COLOR;
}

export function categoryColor(category: string | null | undefined): string {
  return (category && Object.hasOwn(CATEGORY_COLORS, category) ? CATEGORY_COLORS[category] : undefined) ?? OTHER_COLOR;
}

export function regionColor(region: string | null | undefined): string {
  return (region && Object.hasOwn(REGION_COLORS, region) ? REGION_COLORS[region] : undefined) ?? OTHER_COLOR;
}

/** The colour of a node in a colour mode. Proposals carry the colour; other nodes are neutral unless they are the coloured value. */
export function nodeColor(attributes: SkillsNodeAttributes, mode: ColorMode): string {
  switch (attributes.kind) {
    case "proposal":
      if (mode === "community") return communityColor(attributes.community);
      if (mode === "category") return categoryColor(attributes.categories[0]);
      return regionColor(attributes.region);
    case "category":
      return mode === "category" ? categoryColor(attributes.category) : KIND_COLORS.category;
    case "country":
      return mode === "region" ? regionColor(attributes.region) : KIND_COLORS.country;
    case "region":
      return mode === "region" ? regionColor(attributes.label) : KIND_COLORS.region;
    default:
      return KIND_COLORS[attributes.kind];
  }
}

/**
 * Node size in screen pixels. Hubs (categories, regions) have hundreds of
 * links: square roots and caps keep them readable without hiding proposals.
 */
export function nodeSize(attributes: SkillsNodeAttributes, mode: SizeMode, maxBetweenness: number): number {
  const degree = attributes.degree ?? 0;
  if (attributes.kind !== "proposal") return Math.min(14, 3 + 0.8 * Math.sqrt(degree));
  if (mode === "betweenness") {
    const share = maxBetweenness > 0 ? (attributes.betweenness ?? 0) / maxBetweenness : 0;
    return 2.5 + 11 * Math.sqrt(share);
  }
  return Math.min(12, 3 + 1.1 * Math.sqrt(degree));
}

export function shortLabel(label: string, max = LABEL_MAX_LENGTH): string {
  const text = label.replace(/\s+/g, " ").trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function nodeLook(attributes: SkillsNodeAttributes, maxBetweenness: number): NodeLook {
  return {
    colors: {
      community: nodeColor(attributes, "community"),
      category: nodeColor(attributes, "category"),
      region: nodeColor(attributes, "region"),
    },
    sizes: {
      degree: nodeSize(attributes, "degree", maxBetweenness),
      betweenness: nodeSize(attributes, "betweenness", maxBetweenness),
    },
    label: shortLabel(attributes.label ?? ""),
  };
}

/** Legend entries for a colour mode: the values that appear, most frequent first. */
export function legendEntries(
  mode: ColorMode,
  proposals: Iterable<SkillsNodeAttributes>,
  communities: readonly CommunitySummary[],
): LegendEntry[] {
  if (mode === "community") return communityLegend(proposals, communities);
  const counts = new Map<string, number>();
  for (const attributes of proposals) {
    if (attributes.kind !== "proposal") continue;
    const value = mode === "category" ? (attributes.categories[0] ?? "") : (attributes.region ?? "");
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const entries: LegendEntry[] = [];
  let other = 0;
  for (const [value, count] of [...counts].sort(byCountThenValue)) {
    const color = mode === "category" ? categoryColor(value) : regionColor(value);
    if (value === "" || color === OTHER_COLOR) {
      other += count;
      continue;
    }
    entries.push({ color, count, label: mode === "category" ? { type: "category", value } : { type: "region", value } });
  }
  if (other > 0) entries.push({ color: OTHER_COLOR, count: other, label: { type: "message", key: "legend.unknown" } });
  return entries;
}

function communityLegend(proposals: Iterable<SkillsNodeAttributes>, communities: readonly CommunitySummary[]): LegendEntry[] {
  const entries: LegendEntry[] = [];
  let other = 0;
  for (const community of communities) {
    if (community.id < COMMUNITY_PALETTE.length) {
      entries.push({
        color: communityColor(community.id),
        count: community.size,
        label: { type: "community", id: community.id, name: community.name },
      });
    } else other += community.size;
  }
  if (other > 0) entries.push({ color: OTHER_COLOR, count: other, label: { type: "message", key: "legend.otherCommunities" } });
  let alone = 0;
  for (const attributes of proposals) if (attributes.kind === "proposal" && attributes.community === null) alone += 1;
  if (alone > 0) entries.push({ color: NO_COMMUNITY_COLOR, count: alone, label: { type: "message", key: "legend.noCommunity" } });
  return entries;
}

function byCountThenValue(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

import type { ProposalNodeAttributes, SkillsGraph } from "@skills-network/core";

/**
 * Proposals of a non-proposal node: those linked to it, and for a region the
 * proposals of its countries as well. Sorted by title, then key.
 */
export function memberProposals(graph: SkillsGraph, key: string): string[] {
  if (!graph.hasNode(key)) return [];
  const members = new Set<string>();
  const collect = (node: string) =>
    graph.forEachNeighbor(node, (neighbour, attributes) => {
      if (attributes.kind === "proposal") members.add(neighbour);
    });
  collect(key);
  if (graph.getNodeAttribute(key, "kind") === "region") {
    graph.forEachNeighbor(key, (neighbour, attributes) => {
      if (attributes.kind === "country") collect(neighbour);
    });
  }
  return sortByTitle(graph, [...members]);
}

export function sortByTitle(graph: SkillsGraph, keys: string[]): string[] {
  const title = (key: string) => (graph.getNodeAttributes(key) as ProposalNodeAttributes).title ?? key;
  return keys.sort((a, b) => title(a).localeCompare(title(b)) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The first neighbour of a kind (a proposal's organisation or country node), or null. */
export function neighbourOfKind(graph: SkillsGraph, key: string, kind: string): string | null {
  const found = graph.findNeighbor(key, (_neighbour, attributes) => attributes.kind === kind);
  return found ?? null;
}

/** Neighbour keys of a kind, by the value they stand for (category id -> node key). */
export function neighboursByValue(
  graph: SkillsGraph,
  key: string,
  kind: "category" | "beneficiary",
): Map<string, string> {
  const result = new Map<string, string>();
  graph.forEachNeighbor(key, (neighbour, attributes) => {
    if (attributes.kind === "category" && kind === "category") result.set(attributes.category, neighbour);
    if (attributes.kind === "beneficiary" && kind === "beneficiary") result.set(attributes.group, neighbour);
  });
  return result;
}

/** Only web links are clickable: a `javascript:` URL from a file must never become a link. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

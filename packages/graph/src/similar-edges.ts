import type { SimilarityLink } from "@skills-network/text";
import { edgeKey, proposalKey } from "./keys.js";
import type { SkillsGraph } from "./types.js";

/**
 * Adds one `similar` edge per linked pair, sorted by (source, target) so the
 * edge order does not depend on the order links were found in. A pair given
 * twice (in either direction) keeps its highest score.
 */
export function addSimilarEdges(graph: SkillsGraph, links: readonly SimilarityLink[]): void {
  const byPair = new Map<string, SimilarityLink>();
  for (const link of links) {
    checkLink(graph, link);
    const [source, target] = link.source < link.target ? [link.source, link.target] : [link.target, link.source];
    const pair = edgeKey("similar", proposalKey(source), proposalKey(target));
    const known = byPair.get(pair);
    if (known === undefined || link.score > known.score) byPair.set(pair, { ...link, source, target });
  }
  const sorted = [...byPair.values()].sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target));
  for (const link of sorted) {
    const source = proposalKey(link.source);
    const target = proposalKey(link.target);
    graph.addEdgeWithKey(edgeKey("similar", source, target), source, target, {
      kind: "similar",
      weight: link.score,
      sharedTerms: link.sharedTerms.map((shared) => shared.term),
      sharedTermWeights: link.sharedTerms.map((shared) => shared.weight),
    });
  }
}

function checkLink(graph: SkillsGraph, link: SimilarityLink): void {
  for (const id of [link.source, link.target]) {
    if (!graph.hasNode(proposalKey(id))) {
      throw new Error(
        `@skills-network/graph: similarity link "${link.source}" – "${link.target}" names unknown proposal "${id}". ` +
          "Compute links from the same proposals you pass to buildGraph.",
      );
    }
  }
  if (link.source === link.target) {
    throw new Error(
      `@skills-network/graph: similarity link from proposal "${link.source}" to itself. Drop self-links before building the graph.`,
    );
  }
  if (!Number.isFinite(link.score) || link.score < 0) {
    throw new Error(
      `@skills-network/graph: similarity link "${link.source}" – "${link.target}" has score ${link.score}. Scores must be finite and at least 0.`,
    );
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

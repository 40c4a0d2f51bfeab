import type { LinkTable, SimilarityLink } from "@skills-network/text";
import { edgeKey, proposalKey } from "./keys.js";
import type { SkillsGraph } from "./types.js";

/**
 * Adds one `similar` edge per linked pair, sorted by (source, target) so the
 * edge order does not depend on the order links were found in. A pair given
 * twice (in either direction) keeps its highest score.
 *
 * Each pair is coded as one number (rank of the lower id × count + rank of the
 * higher), so sorting and deduplicating tens of thousands of links compares
 * numbers, not strings, and allocates no key per link until its edge is added.
 */
export function addSimilarEdges(graph: SkillsGraph, links: readonly SimilarityLink[] | LinkTable): void {
  if (isLinkTable(links)) return addTableEdges(graph, links);
  if (links.length === 0) return;
  const rank = rankOfIds(graph, links);
  const count = rank.size;
  const pairs = new Float64Array(links.length);
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    checkScore(link);
    const a = rank.get(link.source) as number;
    const b = rank.get(link.target) as number;
    pairs[i] = a < b ? a * count + b : b * count + a;
  }
  const order = new Uint32Array(links.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  // Equal pairs: highest score first, then first given, so the kept link is the best one.
  order.sort((x, y) => pairs[x] - pairs[y] || links[y].score - links[x].score || x - y);

  let previous = -1;
  for (const i of order) {
    if (pairs[i] === previous) continue;
    previous = pairs[i];
    const link = links[i];
    const [low, high] = link.source < link.target ? [link.source, link.target] : [link.target, link.source];
    const source = proposalKey(low);
    const target = proposalKey(high);
    // `map` allocates exactly the length (growing by `push` reserves 17 slots): a million edges feel it.
    graph.addEdgeWithKey(edgeKey("similar", source, target), source, target, {
      kind: "similar",
      weight: link.score,
      sharedTerms: link.sharedTerms.map((shared) => shared.term),
      sharedTermWeights: link.sharedTerms.map((shared) => shared.weight),
    });
  }
}

/**
 * Rank of each linked proposal id in string order, after checking that it is a
 * proposal of the graph and that no link joins a proposal to itself.
 */
function rankOfIds(graph: SkillsGraph, links: readonly SimilarityLink[]): Map<string, number> {
  const ids = new Set<string>();
  for (const link of links) {
    for (const id of [link.source, link.target]) {
      if (ids.has(id)) continue;
      if (!graph.hasNode(proposalKey(id))) {
        throw unknownProposalError(link.source, link.target, id);
      }
      ids.add(id);
    }
    if (link.source === link.target) {
      throw new Error(
        `@skills-network/graph: similarity link from proposal "${link.source}" to itself. Drop self-links before building the graph.`,
      );
    }
  }
  const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((id, position) => [id, position]));
}

function checkScore(link: Pick<SimilarityLink, "source" | "target" | "score">): void {
  if (!Number.isFinite(link.score) || link.score < 0) {
    throw new Error(
      `@skills-network/graph: similarity link "${link.source}" – "${link.target}" has score ${link.score}. Scores must be finite and at least 0.`,
    );
  }
}

function isLinkTable(links: readonly SimilarityLink[] | LinkTable): links is LinkTable {
  return !Array.isArray(links);
}

/**
 * The edges of a link table, which holds each pair once, in (source, target)
 * id order already: the order `addSimilarEdges` sorts links into, so both give
 * the same graph. The order is checked as the edges are added.
 */
function addTableEdges(graph: SkillsGraph, table: LinkTable): void {
  const { ids, source, target, score, sharedStart, sharedTerm, sharedWeight, terms } = table;
  const keys: (string | undefined)[] = new Array(ids.length);
  const keyOf = (position: number, link: number): string => {
    let key = keys[position];
    if (key === undefined) {
      key = proposalKey(ids[position]);
      if (!graph.hasNode(key)) {
        throw unknownProposalError(ids[source[link]], ids[target[link]], ids[position]);
      }
      keys[position] = key;
    }
    return key;
  };
  for (let i = 0; i < source.length; i++) {
    const low = ids[source[i]];
    const high = ids[target[i]];
    checkScore({ source: low, target: high, score: score[i] });
    if (!(low < high)) {
      throw new Error(
        `@skills-network/graph: link table entry ${i} ("${low}" – "${high}") is not in id order. Make link tables with the text index (neighbourTable), which sorts them.`,
      );
    }
    if (i > 0 && !(ids[source[i - 1]] < low || (ids[source[i - 1]] === low && ids[target[i - 1]] < high))) {
      throw new Error(
        `@skills-network/graph: link table entry ${i} ("${low}" – "${high}") comes after a later pair or repeats one. Make link tables with the text index (neighbourTable), which sorts them.`,
      );
    }
    const sourceKey = keyOf(source[i], i);
    const targetKey = keyOf(target[i], i);
    const from = sharedStart[i];
    const to = sharedStart[i + 1];
    const sharedTerms = new Array<string>(to - from);
    const sharedTermWeights = new Array<number>(to - from);
    for (let s = from; s < to; s++) {
      sharedTerms[s - from] = terms[sharedTerm[s]];
      sharedTermWeights[s - from] = sharedWeight[s];
    }
    graph.addEdgeWithKey(edgeKey("similar", sourceKey, targetKey), sourceKey, targetKey, {
      kind: "similar",
      weight: score[i],
      sharedTerms,
      sharedTermWeights,
    });
  }
}

function unknownProposalError(source: string, target: string, id: string): Error {
  return new Error(
    `@skills-network/graph: similarity link "${source}" – "${target}" names unknown proposal "${id}". ` +
      "Compute links from the same proposals you pass to buildGraph.",
  );
}

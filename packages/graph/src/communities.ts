import { partitionEdgeList } from "./louvain.js";
import { similarityEdgeList } from "./weighted-edge-list.js";
import { describeByTopTerms, summarizeCommunity } from "./community-summaries.js";
import type {
  CommunityDescription,
  CommunityOptions,
  CommunityResult,
  Partition,
  ProposalNodeAttributes,
  SkillsGraph,
} from "./types.js";

export const communityDefaults: CommunityOptions = {
  resolution: 1,
  seed: 42,
  nameTerms: 3,
  keywordCount: 8,
};

/**
 * Finds communities of similar proposals (Louvain on the proposal-similarity
 * subgraph, seeded, split into connected parts), writes `community` on every
 * proposal node and `modularity`/`communityCount` on the graph, and names them.
 *
 * A proposal alone in its part (no similar edge, or left alone by Louvain) gets
 * `community: null` and is counted in `isolated`: a group of one is no group.
 * `modularity` is that of the full final partition, singletons included.
 */
export function detectCommunities(graph: SkillsGraph, options: Partial<CommunityOptions> = {}): CommunityResult {
  const settings: CommunityOptions = { ...communityDefaults, ...options };
  const partition = settings.partition === undefined ? partitionEdgeList(similarityEdgeList(graph), settings) : checkedPartition(graph, settings.partition);
  // Parts are sorted by size, so the groups of two or more come first and keep their index.
  const groups = partition.members.filter((members) => members.length > 1);

  // One update of every node (one event) rather than a merge, and its event, per proposal.
  graph.updateEachNodeAttributes((node, attributes) => {
    if (attributes.kind === "proposal") {
      const index = partition.communities.get(node) as number;
      attributes.community = index < groups.length ? index : null;
    }
    return attributes;
  });
  graph.mergeAttributes({ modularity: partition.modularity, communityCount: groups.length });

  const descriptions = describeGroups(groups, graph, settings);
  const communities = groups.map((members, id) =>
    summarizeCommunity(
      id,
      members,
      members.map((key) => graph.getNodeAttributes(key) as ProposalNodeAttributes),
      descriptions[id],
    ),
  );
  const isolated = partition.members.length - groups.length;
  return { modularity: partition.modularity, communities, splitCount: partition.splitCount, isolated };
}

/** A partition given by the caller, checked to cover every proposal before the graph is touched. */
function checkedPartition(graph: SkillsGraph, partition: Partition): Partition {
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === "proposal" && !partition.communities.has(node)) {
      throw new Error(
        `@skills-network/graph: the partition given to detectCommunities has no community for "${node}". Compute it from this graph's similar edges (or from the link table the graph was built with).`,
      );
    }
  });
  return partition;
}

function describeGroups(groups: string[][], graph: SkillsGraph, settings: CommunityOptions): CommunityDescription[] {
  if (groups.length === 0) return [];
  if (settings.describe === undefined) {
    return groups.map((members, id) =>
      describeByTopTerms(
        id,
        members.map((key) => graph.getNodeAttributes(key) as ProposalNodeAttributes),
        settings,
      ),
    );
  }
  const descriptions = settings.describe(groups);
  if (!Array.isArray(descriptions) || descriptions.length !== groups.length) {
    throw new Error(
      `@skills-network/graph: describe returned ${Array.isArray(descriptions) ? descriptions.length : "no"} descriptions for ${groups.length} communities. Return one { name, keywords } per group, in order.`,
    );
  }
  return descriptions;
}

import type { OrganizationBridge, SkillsGraph, SkillsNodeAttributes } from "./types.js";

/**
 * Organisations by the number of distinct communities their proposals and those
 * proposals' similar neighbours fall in (then by proposals, then key): the ones
 * at the top already reach across groups and could lead a special-interest group.
 * Communities come from `detectCommunities`; before it every count is 0.
 */
export function organizationBridges(graph: SkillsGraph): OrganizationBridge[] {
  const bridges: OrganizationBridge[] = [];
  graph.forEachNode((organization, attributes) => {
    if (attributes.kind !== "organization") return;
    const communities = new Set<number>();
    let proposals = 0;
    graph.forEachEdge(organization, (_edge, edgeAttributes, source, target) => {
      if (edgeAttributes.kind !== "submitted-by") return;
      const proposal = source === organization ? target : source;
      proposals++;
      addCommunity(graph.getNodeAttributes(proposal), communities);
      // Proposals are linked to proposals only by similar edges.
      graph.forEachNeighbor(proposal, (_neighbour, neighbourAttributes) => addCommunity(neighbourAttributes, communities));
    });
    bridges.push({ key: organization, label: attributes.label, communities: communities.size, proposals });
  });
  return bridges.sort(
    (a, b) =>
      b.communities - a.communities || b.proposals - a.proposals || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

function addCommunity(attributes: SkillsNodeAttributes, communities: Set<number>): void {
  if (attributes.kind === "proposal" && attributes.community !== null) communities.add(attributes.community);
}

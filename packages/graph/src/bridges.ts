import type { OrganizationBridge, SkillsGraph, SkillsNodeAttributes } from "./types.js";

/**
 * Organisations by the number of distinct communities their proposals and those
 * proposals' similar neighbours fall in (then by proposals, then key): the ones
 * at the top already reach across groups and could lead a special-interest group.
 * Communities come from `detectCommunities`; before it every count is 0.
 *
 * Two passes over the whole edge list rather than a walk of each organisation's and
 * each proposal's neighbours: enumerating 100k neighbour objects costs a second.
 */
export function organizationBridges(graph: SkillsGraph): OrganizationBridge[] {
  const keys: string[] = [];
  const labels: string[] = [];
  const position = new Map<string, number>();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== "organization") return;
    position.set(node, keys.length);
    keys.push(node);
    labels.push(attributes.label);
  });
  const proposals = new Uint32Array(keys.length);
  // Distinct communities per organisation: most reach a handful, so a short array beats a Set.
  const communities: number[][] = keys.map(() => []);
  const reach = (organization: number, attributes: SkillsNodeAttributes): void => {
    if (attributes.kind !== "proposal" || attributes.community === null) return;
    const seen = communities[organization];
    if (!seen.includes(attributes.community)) seen.push(attributes.community);
  };

  // The organisation each node was submitted by; the rare second one goes to `alsoSubmitters`.
  const submitter = new Map<string, number>();
  const alsoSubmitters = new Map<string, number[]>();
  const submittedBy = (node: string, attributes: SkillsNodeAttributes, organizationKey: string): void => {
    const organization = position.get(organizationKey) as number;
    proposals[organization]++;
    reach(organization, attributes);
    if (!submitter.has(node)) submitter.set(node, organization);
    else alsoSubmitters.set(node, [...(alsoSubmitters.get(node) ?? []), organization]);
  };
  graph.forEachEdge((_edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (attributes.kind !== "submitted-by") return;
    if (sourceAttributes.kind === "organization") submittedBy(target, targetAttributes, source);
    if (targetAttributes.kind === "organization" && source !== target) submittedBy(source, sourceAttributes, target);
  });

  // Neighbours of submitted nodes that are in a community (proposals meet proposals by similar edges).
  const reachFrom = (node: string, neighbour: SkillsNodeAttributes): void => {
    if (neighbour.kind !== "proposal" || neighbour.community === null) return;
    const organization = submitter.get(node);
    if (organization === undefined) return;
    reach(organization, neighbour);
    const others = alsoSubmitters.get(node);
    if (others !== undefined) for (const other of others) reach(other, neighbour);
  };
  graph.forEachEdge((_edge, _attributes, source, target, sourceAttributes, targetAttributes) => {
    reachFrom(source, targetAttributes);
    if (source !== target) reachFrom(target, sourceAttributes);
  });

  const bridges = keys.map((key, i) => ({
    key,
    label: labels[i],
    communities: communities[i].length,
    proposals: proposals[i],
  }));
  return bridges.sort(
    (a, b) =>
      b.communities - a.communities || b.proposals - a.proposals || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

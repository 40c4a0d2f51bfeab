import type { WeightedEdgeList } from "./weighted-edge-list.js";

/**
 * Standard (resolution 1) weighted modularity of a partition of an edge list, given
 * the community index (0..communityCount-1) of every node: the sum over communities
 * of internal/2M − (total/2M)². It adds in the same order as graphology-metrics'
 * sparse modularity (edges in order, then communities by index), so it gives the
 * same number to the last bit, without a graph or a Map keyed by node.
 * NaN when every weight is 0.
 */
export function edgeListModularity(list: WeightedEdgeList, communityOf: Int32Array, communityCount: number): number {
  const { sources, targets, weights } = list;
  const totalWeights = new Float64Array(communityCount);
  const internalWeights = new Float64Array(communityCount);
  let total = 0;
  for (let i = 0; i < sources.length; i++) {
    const weight = weights[i];
    total += weight;
    const sourceCommunity = communityOf[sources[i]];
    const targetCommunity = communityOf[targets[i]];
    totalWeights[sourceCommunity] += weight;
    totalWeights[targetCommunity] += weight;
    if (sourceCommunity === targetCommunity) internalWeights[sourceCommunity] += weight * 2;
  }
  const doubled = total * 2;
  let modularity = 0;
  for (let community = 0; community < communityCount; community++) {
    modularity += internalWeights[community] / doubled - Math.pow(totalWeights[community] / doubled, 2);
  }
  return modularity;
}

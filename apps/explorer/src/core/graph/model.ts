/**
 * The network as the main thread holds it: the graph rebuilt from the worker's
 * export plus everything computed once per network (looks, facet values,
 * keyword index), so that interactions only do lookups.
 */
import Graph from "graphology";
import type { CommunityResult, CommunitySummary, ImportReport, ProposalNodeAttributes, SkillsGraph } from "@skills-network/core";
import { computeLooks, type NodeLook } from "../appearance/index.js";
import { buildFacetUniverse, type FacetUniverse } from "../filters/universe.js";
import { buildContextIndex, type ContextIndex } from "../filters/visibility.js";
import type { BuiltNetwork } from "./types.js";
import { foldText } from "./fold.js";

export interface NetworkModel {
  /** "sample" or the loaded file's name. */
  dataset: string;
  graph: SkillsGraph;
  report: ImportReport;
  communities: CommunityResult;
  communityById: ReadonlyMap<number, CommunitySummary>;
  /** Proposal node keys in graph order. */
  proposalKeys: readonly string[];
  looks: ReadonlyMap<string, NodeLook>;
  universe: FacetUniverse;
  /** Folded keyword -> proposal keys that have it among their keywords or top terms. */
  keywords: ReadonlyMap<string, readonly string[]>;
  /** The nodes each proposal brings along when it passes the filters. */
  context: ContextIndex;
}

export function createNetworkModel(built: BuiltNetwork): NetworkModel {
  const graph = Graph.from(built.graph) as SkillsGraph;
  const proposalKeys: string[] = [];
  const keywords = new Map<string, string[]>();
  // Terms repeat across proposals: fold each distinct one once (20 000 proposals, a few thousand terms).
  const folded = new Map<string, string>();
  const fold = (term: string) => {
    let result = folded.get(term);
    if (result === undefined) folded.set(term, (result = foldText(term)));
    return result;
  };
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== "proposal") return;
    proposalKeys.push(key);
    for (const term of proposalTerms(attributes, fold)) {
      const list = keywords.get(term);
      if (list) list.push(key);
      else keywords.set(term, [key]);
    }
  });
  return {
    dataset: built.dataset,
    graph,
    report: built.report,
    communities: built.communities,
    communityById: new Map(built.communities.communities.map((community) => [community.id, community])),
    proposalKeys,
    looks: computeLooks(graph),
    universe: buildFacetUniverse(graph),
    keywords,
    context: buildContextIndex(graph),
  };
}

/** A proposal's keywords and top terms, folded and without repeats. */
export function proposalTerms(attributes: ProposalNodeAttributes, fold: (term: string) => string = foldText): Set<string> {
  const terms = new Set<string>();
  for (const term of [...(attributes.keywords ?? []), ...(attributes.topTerms ?? [])]) {
    const folded = fold(term);
    if (folded) terms.add(folded);
  }
  return terms;
}

export function isProposal(graph: SkillsGraph, key: string): boolean {
  return graph.hasNode(key) && graph.getNodeAttribute(key, "kind") === "proposal";
}

export function proposalAttributes(graph: SkillsGraph, key: string): ProposalNodeAttributes | null {
  if (!graph.hasNode(key)) return null;
  const attributes = graph.getNodeAttributes(key);
  return attributes.kind === "proposal" ? attributes : null;
}

import { UndirectedGraph } from "graphology";
import type { Proposal } from "@skills-network/records";
import type { LinkTable, SimilarityLink } from "@skills-network/text";
import { proposalKey } from "./keys.js";
import { contextNodeAdder } from "./context-nodes.js";
import { addSimilarEdges } from "./similar-edges.js";
import { prepareAdjacency } from "./prepare-adjacency.js";
import { NODE_KINDS } from "./types.js";
import type { BuildGraphOptions, NodeKind, ProposalNodeAttributes, SkillsGraph } from "./types.js";

export const buildGraphDefaults: BuildGraphOptions = {
  include: NODE_KINDS,
  name: "Skills Network",
};

/**
 * Builds the typed graph: one node per proposal (always), the context nodes of
 * the kinds in `include` (organisations, countries, regions, categories,
 * beneficiary groups) with their structural edges, and one `similar` edge per link.
 * Insertion order is deterministic: proposals in input order, then context nodes
 * as proposals meet them, then similar edges sorted by (source, target).
 */
export function buildGraph(
  proposals: readonly Proposal[],
  links: readonly SimilarityLink[] | LinkTable,
  options: Partial<BuildGraphOptions> = {},
): SkillsGraph {
  const settings: BuildGraphOptions = { ...buildGraphDefaults, ...options };
  const include = checkedKinds(settings.include);
  const graph: SkillsGraph = new UndirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ name: settings.name });

  const keys: string[] = [];
  for (const proposal of proposals) {
    const key = proposalKey(proposal.id);
    if (graph.hasNode(key)) {
      throw new Error(
        `@skills-network/graph: duplicate proposal id "${proposal.id}". Give every proposal a unique id before building the graph.`,
      );
    }
    graph.addNode(key, proposalAttributes(proposal, settings.topTerms?.(proposal.id) ?? []));
    keys.push(key);
  }
  prepareAdjacency(graph, keys);
  const addContextNodes = contextNodeAdder(graph, include);
  proposals.forEach((proposal, index) => addContextNodes(proposal, keys[index]));
  addSimilarEdges(graph, links);
  return graph;
}

function checkedKinds(kinds: readonly NodeKind[]): ReadonlySet<NodeKind> {
  for (const kind of kinds) {
    if (!(NODE_KINDS as readonly string[]).includes(kind)) {
      throw new Error(
        `@skills-network/graph: unknown node kind "${kind}" in include. Use some of: ${NODE_KINDS.join(", ")}.`,
      );
    }
  }
  return new Set(kinds);
}

function proposalAttributes(proposal: Proposal, topTerms: string[]): ProposalNodeAttributes {
  return {
    kind: "proposal",
    label: proposal.title,
    id: proposal.id,
    title: proposal.title,
    organization: proposal.organization,
    organizationType: proposal.organizationType,
    country: proposal.country,
    countryName: proposal.countryName,
    region: proposal.region,
    subRegion: proposal.subRegion,
    languages: [...proposal.languages],
    categories: [...proposal.categories],
    beneficiaries: [...proposal.beneficiaries],
    description: proposal.description,
    objectives: proposal.objectives,
    impact: proposal.impact,
    results: proposal.results,
    keywords: [...proposal.keywords],
    topTerms: [...topTerms],
    stage: proposal.stage,
    url: proposal.url,
    year: proposal.year,
    community: null,
  };
}

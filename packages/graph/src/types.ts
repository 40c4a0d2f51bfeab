/**
 * Types of @skills-network/graph: the typed graphology graph of a Skills Network.
 *
 * Node keys are `<kind>:<id>`: `proposal:P-001`, `organization:<slug>`, `country:FR`,
 * `region:Africa`, `category:work-based-learning`, `beneficiary:youth`.
 */
// graphology's own typings are CommonJS: under NodeNext its default import types as the
// module object, not the class. graphology-types exports the same graph type by name.
import type { AbstractGraph as Graph } from "graphology-types";

export const NODE_KINDS = ["proposal", "organization", "country", "region", "category", "beneficiary"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = ["submitted-by", "located-in", "in-region", "in-category", "serves", "similar"] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Attributes every node has. Metrics are filled by `computeMetrics`. */
export interface BaseNodeAttributes {
  kind: NodeKind;
  label: string;
  degree?: number;
  weightedDegree?: number;
  betweenness?: number;
}

export interface ProposalNodeAttributes extends BaseNodeAttributes {
  kind: "proposal";
  /** The proposal's own id (the key without the `proposal:` prefix). */
  id: string;
  title: string;
  organization: string | null;
  organizationType: string | null;
  country: string | null;
  countryName: string | null;
  region: string | null;
  subRegion: string | null;
  languages: string[];
  categories: string[];
  beneficiaries: string[];
  description: string;
  objectives: string;
  impact: string;
  results: string;
  /** Keywords given in the input. */
  keywords: string[];
  /** Highest-weighted TF-IDF terms (readable form). */
  topTerms: string[];
  stage: string | null;
  url: string | null;
  year: number | null;
  /** Community index (0 = largest) or null before detection / for an isolated proposal kept alone. */
  community: number | null;
}

export interface OrganizationNodeAttributes extends BaseNodeAttributes {
  kind: "organization";
  organizationType: string | null;
  /** Number of distinct communities its proposals and their similar projects fall in. */
  communitiesBridged?: number;
}

export interface CountryNodeAttributes extends BaseNodeAttributes {
  kind: "country";
  code: string;
  region: string | null;
  subRegion: string | null;
}

export interface RegionNodeAttributes extends BaseNodeAttributes {
  kind: "region";
}

export interface CategoryNodeAttributes extends BaseNodeAttributes {
  kind: "category";
  /** SkillsCategoryId or the custom label. */
  category: string;
  custom: boolean;
}

export interface BeneficiaryNodeAttributes extends BaseNodeAttributes {
  kind: "beneficiary";
  group: string;
  custom: boolean;
}

export type SkillsNodeAttributes =
  | ProposalNodeAttributes
  | OrganizationNodeAttributes
  | CountryNodeAttributes
  | RegionNodeAttributes
  | CategoryNodeAttributes
  | BeneficiaryNodeAttributes;

export interface StructuralEdgeAttributes {
  kind: Exclude<EdgeKind, "similar">;
  weight: number;
}

export interface SimilarEdgeAttributes {
  kind: "similar";
  /** Cosine similarity of the two proposals. */
  weight: number;
  /** Readable shared terms, largest contribution first. */
  sharedTerms: string[];
  /** Contribution of each shared term to `weight`, aligned with `sharedTerms`. */
  sharedTermWeights: number[];
}

export type SkillsEdgeAttributes = StructuralEdgeAttributes | SimilarEdgeAttributes;

export interface SkillsGraphAttributes {
  name: string;
  /** Modularity of the detected partition, when communities were detected. */
  modularity?: number;
  communityCount?: number;
}

export type SkillsGraph = Graph<SkillsNodeAttributes, SkillsEdgeAttributes, SkillsGraphAttributes>;

/** A community of proposals, ready to become a special-interest group. */
export interface CommunitySummary {
  /** 0 = largest. */
  id: number;
  size: number;
  /** Made from its most distinctive terms, e.g. "apprenticeship · agriculture · rural". */
  name: string;
  keywords: string[];
  /** Counts, largest first. */
  topCategories: { value: string; count: number }[];
  topCountries: { value: string; count: number }[];
  topLanguages: { value: string; count: number }[];
  topBeneficiaries: { value: string; count: number }[];
  /** Proposal node keys, sorted. */
  members: string[];
}

export interface CommunityResult {
  modularity: number;
  communities: CommunitySummary[];
  /** Louvain communities that were split because they were not connected. */
  splitCount: number;
  /** Proposals left alone (no similar edge, or a community of one): their `community` is null. */
  isolated: number;
}

/** Facets a view can be filtered on. */
export const FACETS = ["language", "country", "region", "beneficiary", "category", "community", "organizationType"] as const;
export type Facet = (typeof FACETS)[number];

/** Selected values per facet: a proposal passes when, for every facet with a selection, it has one of the values. */
export type FilterState = Partial<Record<Facet, readonly string[]>>;

export interface FacetValue {
  value: string;
  count: number;
}

/**
 * For each facet, how many proposals have each value given the filters on the
 * *other* facets (so counts say what choosing that value would show).
 */
export type FacetCounts = Record<Facet, FacetValue[]>;

/** Options of `buildGraph`. */
export interface BuildGraphOptions {
  /** Node kinds to add besides proposals (proposals are always added). */
  include: readonly NodeKind[];
  /** Readable top TF-IDF terms of a proposal, stored as `topTerms` (empty when absent). */
  topTerms?: (id: string) => string[];
  /** Stored as the graph attribute `name`. */
  name: string;
}

/** What `describe` returns for one group of proposals. */
export interface CommunityDescription {
  name: string;
  keywords: string[];
}

/** Options of `detectCommunities`. */
export interface CommunityOptions {
  /** Louvain resolution: above 1 gives more, smaller communities. */
  resolution: number;
  /** Seed of the random number generator used by Louvain. Same seed, same communities. */
  seed: number;
  /** Number of terms joined into a community name when falling back to `topTerms`. */
  nameTerms: number;
  /** Number of keywords kept per community when falling back to `topTerms`. */
  keywordCount: number;
  /**
   * Names the communities. Receives, for each community in id order, its members'
   * node keys (`proposal:<id>`, sorted) and returns one description per group.
   * Without it, names come from the members' most frequent `topTerms`.
   */
  describe?: (groups: string[][]) => CommunityDescription[];
  /**
   * The partition of the similarity subgraph, when it was found elsewhere (for
   * instance by `partitionEdgeList` of `linkTableEdgeList(table)` on a worker
   * thread while the graph was built): used as is instead of running Louvain.
   * It must cover every proposal node.
   */
  partition?: Partition;
}

/** Options of `detectCommunitiesOn`, the Louvain step that works on any weighted undirected graph. */
export interface LouvainOptions {
  resolution: number;
  seed: number;
  /** Edge attribute holding the weight; edges without a numeric value weigh 1. */
  weightAttribute: string;
}

/** A partition of a graph's nodes into connected communities. */
export interface Partition {
  /** Node key -> community index; 0 is the largest community (ties by smallest member key). */
  communities: Map<string, number>;
  /** Members of each community (node keys sorted), indexed by community. */
  members: string[][];
  /** Modularity (resolution 1, weighted) of this final partition; 0 for a graph without edges. */
  modularity: number;
  /** Louvain communities that were split because they were not connected. */
  splitCount: number;
}

/** Options of `computeMetrics`. */
export interface MetricsOptions {
  /** Compute betweenness on the proposal-similarity subgraph (O(n·m); skip it on very large graphs). */
  betweenness: boolean;
  /** Count only `similar` edges in `degree` and `weightedDegree` (non-proposal nodes then get 0). */
  similarOnly: boolean;
}

/** An organisation and how many communities its proposals reach. */
export interface OrganizationBridge {
  key: string;
  label: string;
  /** Distinct communities among its proposals and their similar neighbours. */
  communities: number;
  /** Number of proposals it submitted. */
  proposals: number;
}

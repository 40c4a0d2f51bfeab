export * from "./types.js";
export { defaults } from "./defaults.js";
export { buildNetwork, readAndBuild, readInput, proposalKey, proposalIdOfKey } from "./build.js";
export { proposalToDocument } from "./documents.js";
export { similarProjects, similarToText, similarDefaults } from "./similar.js";
export type { SimilarProject, SimilarOptions, TextSearchOptions } from "./similar.js";

// The building blocks, re-exported so that one import serves most uses.
export {
  readProposals,
  detectFormat,
  ImportError,
  CATEGORY_LABELS,
  BENEFICIARY_LABELS,
  ORGANIZATION_TYPE_LABELS,
  SKILLS_CATEGORIES,
  BENEFICIARY_GROUPS,
  ORGANIZATION_TYPES,
  ISSUE_CODES,
  issueMessage,
} from "@skills-network/records";
export type {
  Proposal,
  ImportReport,
  ImportIssue,
  ImportResult,
  ReadOptions,
  InputFormat,
  IssueCode,
  IssueParams,
  IssueMessages,
  ValueKind,
} from "@skills-network/records";
export { buildIndex, analyze, SUPPORTED_LANGUAGES } from "@skills-network/text";
export type { SimilarityIndex, SimilarityLink, LinkTable, Match, SharedTerm, Keyword } from "@skills-network/text";
export {
  buildGraph,
  detectCommunities,
  computeMetrics,
  filterProposals,
  facetCounts,
  filteredSubgraph,
  organizationBridges,
  NODE_KINDS,
  EDGE_KINDS,
  FACETS,
} from "@skills-network/graph";
export type {
  SkillsGraph,
  SkillsNodeAttributes,
  SkillsEdgeAttributes,
  ProposalNodeAttributes,
  SimilarEdgeAttributes,
  NodeKind,
  EdgeKind,
  CommunitySummary,
  CommunityResult,
  Facet,
  FilterState,
  FacetCounts,
} from "@skills-network/graph";
export { toGraphologyJSON, fromGraphologyJSON, toGEXF, toKumuBlueprint, linksToCSV, proposalsToCSV } from "@skills-network/export";

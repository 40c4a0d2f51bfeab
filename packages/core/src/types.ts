/**
 * Types of @skills-network/core: one call from proposal records to a matched,
 * clustered network.
 */
import type { ImportReport, Proposal, ReadOptions } from "@skills-network/records";
import type { SimilarityIndex } from "@skills-network/text";
import type { CommunityResult, NodeKind, SkillsGraph } from "@skills-network/graph";

/** Stages of the pipeline, in order, as reported to `onProgress` and in `timings`. */
export const STAGES = ["parse", "text", "tfidf", "topk", "graph", "communities", "naming", "metrics"] as const;
export type Stage = (typeof STAGES)[number];

export interface NetworkOptions {
  /** Each proposal keeps links to at most this many most similar proposals. */
  k: number;
  /** Links below this cosine score are not drawn. */
  minScore: number;
  /** Louvain resolution: above 1 gives more, smaller communities. */
  resolution: number;
  /** Seed of the random number generator used by Louvain. Same seed, same communities. */
  seed: number;
  /** Node kinds to include besides proposals. */
  include: readonly NodeKind[];
  /**
   * Compute betweenness centrality. It costs O(n·m) (≈ 17 s at 5,000 proposals), so
   * "auto" computes it only up to `betweennessLimit` proposals.
   */
  betweenness: boolean | "auto";
  /** Largest number of proposals for which "auto" computes betweenness. */
  betweennessLimit: number;
  /** Number of top keywords stored on each proposal node. */
  topTerms: number;
  /** Called at the start of each stage. */
  onProgress?: (stage: Stage, index: number, total: number) => void;
}

export interface Network {
  graph: SkillsGraph;
  proposals: Proposal[];
  report: ImportReport;
  index: SimilarityIndex;
  communities: CommunityResult;
  /** Milliseconds spent in each stage. */
  timings: Partial<Record<Stage, number>>;
}

export interface ReadAndBuildOptions extends Partial<NetworkOptions> {
  read?: ReadOptions;
}



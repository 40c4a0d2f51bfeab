/**
 * Messages between the main thread and the network worker. The worker reads
 * files and builds the network (text index, similarity, communities, metrics);
 * it keeps the index so that similarity queries run there too.
 */
import type { SerializedGraph } from "graphology-types";
import type {
  CommunityResult,
  ImportReport,
  SimilarProject,
  SkillsEdgeAttributes,
  SkillsNodeAttributes,
  Stage,
} from "@skills-network/core";
import type { SkillsGraphAttributes } from "@skills-network/graph";

export type SerializedSkillsGraph = SerializedGraph<SkillsNodeAttributes, SkillsEdgeAttributes, SkillsGraphAttributes>;

/** Where a network comes from: the bundled sample or a file the user chose. */
export type DatasetSource =
  | { kind: "sample" }
  | { kind: "file"; name: string; bytes: ArrayBuffer };

/** What the page tells the worker to lay the current network out. */
export interface LayoutRequest {
  /** Node sizes in screen pixels, in graph order. */
  sizes: Float32Array;
  /** Drawing area in pixels. */
  viewport: { width: number; height: number };
  /** Milliseconds between position updates (Infinity: only the final one). */
  postEvery: number;
}

export type WorkerRequest =
  | { type: "build"; id: number; source: DatasetSource }
  | ({ type: "layout"; id: number } & LayoutRequest)
  | { type: "similar"; id: number; proposalId: string; k: number }
  | { type: "match"; id: number; text: string; k: number };

export type WorkerResponse =
  | { type: "progress"; id: number; stage: Stage; index: number; total: number }
  | { type: "built"; id: number; network: BuiltNetwork }
  | { type: "matches"; id: number; results: SimilarProject[] }
  /** Node positions (x, y per node, graph order); `done` on the last one. `positions` is null when the run was superseded. */
  | { type: "positions"; id: number; positions: Float32Array | null; iterations: number; done: boolean }
  | { type: "failed"; id: number; failure: LoadFailure };

/** What the worker sends back after a build: plain data, cloned by postMessage. */
export interface BuiltNetwork {
  /** "sample" or the file name. */
  dataset: string;
  graph: SerializedSkillsGraph;
  communities: CommunityResult;
  report: ImportReport;
  timings: Partial<Record<Stage, number>>;
}

export interface LoadFailure {
  message: string;
  /** True for an ImportError (the file could not be read), false for an unexpected failure. */
  importError: boolean;
  report: ImportReport | null;
}

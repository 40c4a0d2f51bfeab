import type { ScannedPart } from "../corpus-scanner.js";
import type { TextDocument } from "../types.js";
import type { ChunkClaims } from "./chunks.js";

/** What a worker sends back from a top-k job: its NeighbourLists arrays. */
export interface PairResult {
  docs: Uint32Array;
  scores: Float64Array;
  sizes: Uint32Array;
}

/** What a scan worker is given: the documents it may read (see `ChunkPlan`) and how to read them. */
export interface ScanJob {
  /** The documents at positions chunkStart[firstChunk] .. of the taking order. */
  docs: Pick<TextDocument, "text" | "language" | "keywords">[];
  chunkStart: Int32Array;
  /** The first chunk a worker may take. */
  firstChunk: number;
  claims: ChunkClaims;
  phrases: boolean;
  keywordBoost: number;
  /**
   * The documents this worker read early (see `EarlyReads`): how many, and
   * the position (in the taking order) of the first; they follow in order.
   */
  early?: { documents: number; at: number };
}

/** What a scan worker sends back: what it read, and the positions (in the taking order) of the documents it read, in reading order. */
export interface ScanResult {
  part: ScannedPart;
  positions: Int32Array;
}

/// <reference types="node" />
import type { CountRows, CsrMatrix, NeighbourLists, TfIdfIndex } from "@skills-network/text";
import { WorkerSession } from "@skills-network/text/parallel";
import type { CommunitiesFound } from "../stages.js";
import type { NetworkOptions } from "../types.js";

export type { CommunitiesFound };

/**
 * What the communities worker is given: every document's merged top-k lists
 * and what scoring their pairs needs (the same scores as the links' table,
 * which this thread explains meanwhile).
 */
export interface CommunityJob {
  lists: { k: number; docs: Uint32Array; scores: Float64Array; sizes: Uint32Array };
  ids: readonly string[];
  docs: CsrMatrix;
  rank: Uint32Array;
  vocabularySize: number;
  minScore: number;
  resolution: number;
  seed: number;
  /** The index's class arrays (`TfIdfIndex.classArrays`), to score the communities' distinctive terms too. */
  naming?: { rows: CountRows; termCount: number; documentLanguages: Uint8Array };
}

const SCRIPT = { name: "communities-worker", base: import.meta.url, what: "communities worker", fallback: "buildNetwork" };

/**
 * A worker thread that finds the communities of the similarity links (Louvain
 * needs only the links and their scores, not the graph nor the shared terms)
 * and scores their distinctive terms, so that this thread can explain the
 * links and build the graph meanwhile. It is started early, so that its modules load while other work
 * runs, and answers one `find`.
 */
export class CommunitiesWorker {
  private readonly session = new WorkerSession(SCRIPT, null);

  /**
   * The communities of the links of `lists` (from `neighbourTableParallel`'s
   * `onLists`), with their terms scored; null when the worker fails (the
   * communities are then found on the graph, with the same result). Ends the worker.
   */
  find(index: TfIdfIndex, lists: NeighbourLists, settings: Pick<NetworkOptions, "resolution" | "seed" | "minScore">): Promise<CommunitiesFound | null> {
    const { docs, rank } = index.vectors;
    const job: CommunityJob = {
      lists: { k: lists.k, docs: lists.docs, scores: lists.scores, sizes: lists.sizes },
      ids: index.ids,
      docs,
      rank,
      vocabularySize: index.vocabularySize,
      minScore: settings.minScore,
      resolution: settings.resolution,
      seed: settings.seed,
      naming: index.classArrays,
    };
    this.session.send(job);
    return this.session
      .next<CommunitiesFound>()
      .catch(() => null)
      .finally(() => this.session.end());
  }

  /** Stops the worker without asking it anything. */
  end(): void {
    this.session.end();
  }
}

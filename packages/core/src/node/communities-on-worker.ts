/// <reference types="node" />
import type { CountRows, LinkTable, TfIdfIndex } from "@skills-network/text";
import { WorkerSession } from "@skills-network/text/parallel";
import type { CommunitiesFound } from "../stages.js";
import type { NetworkOptions } from "../types.js";

export type { CommunitiesFound };

/**
 * What the communities worker is given: the links' pairs and scores (the
 * link table's arrays, copied: the table is in plain memory) and, to name the
 * communities, the index's class arrays (on shared memory: not copied).
 */
export interface CommunityJob {
  links: Pick<LinkTable, "ids" | "source" | "target" | "score">;
  resolution: number;
  seed: number;
  /** The index's class arrays (`TfIdfIndex.classArrays`), to score the communities' distinctive terms too. */
  naming?: { rows: CountRows; termCount: number; documentLanguages: Uint8Array };
}

const SCRIPT = { name: "communities-worker", base: import.meta.url, what: "communities worker", fallback: "buildNetwork" };

/**
 * A worker thread that finds the communities of the similarity links (Louvain
 * needs only the links and their scores, not the graph nor the shared terms)
 * and scores their distinctive terms, so that this thread can add the links
 * to the graph meanwhile. It is started early, so that its modules load while other work
 * runs, and answers one `find`.
 */
export class CommunitiesWorker {
  private readonly session = new WorkerSession(SCRIPT, null);

  /**
   * The communities of the links of `table`, with their terms scored; null
   * when the worker fails (the communities are then found on the graph, with
   * the same result). Ends the worker.
   */
  find(index: TfIdfIndex, table: LinkTable, settings: Pick<NetworkOptions, "resolution" | "seed">): Promise<CommunitiesFound | null> {
    const job: CommunityJob = {
      links: { ids: table.ids, source: table.source, target: table.target, score: table.score },
      resolution: settings.resolution,
      seed: settings.seed,
      naming: index.classArrays,
    };
    this.session.send(job);
    // Answered once the worker has exited: its memory (about 250 MB at 100k proposals) is given back
    // before the graph's last stages, where this thread's memory peaks.
    return this.session
      .next<CommunitiesFound>()
      .catch(() => null)
      .then(async (found) => {
        await this.session.end();
        return found;
      });
  }

  /** Stops the worker without asking it anything. */
  end(): void {
    void this.session.end();
  }
}

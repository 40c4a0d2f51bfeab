/// <reference types="node" />
import { EarlyReads, TextWorkers } from "@skills-network/text/parallel";
import type { Proposal, ReadInput, ReadOptions } from "@skills-network/records";
import { proposalToDocument } from "../documents.js";
import { CommunitiesWorker } from "./communities-on-worker.js";

/** When workers pay, in proposals; see `PipelineWorkers.for`. */
export interface WorkerThresholds {
  /** Top-k gives each thread this many proposals at least (`parallelDefaults.minDocumentsPerThread`). */
  textPerThread: number;
  /** Below this many proposals, Louvain takes less time than starting a worker for it. */
  communitiesFrom: number;
  /**
   * Input bytes per proposal, at most, in files large enough for workers:
   * used to start them before the input is parsed. Real proposals (a title,
   * a description, objectives, results) take 1 to 3 KB.
   */
  bytesPerProposal: number;
}

export const workerThresholds: WorkerThresholds = { textPerThread: 1000, communitiesFrom: 2000, bytesPerProposal: 1000 };

/**
 * The worker threads of one pipeline run: those of the text (index build,
 * then top-k) and the communities worker. Started as soon as the input's size
 * says they will pay, so that they load their code while this thread parses;
 * fitted to the proposals once parsed; ended by the caller.
 */
export class PipelineWorkers {
  private earlyReads: EarlyReads | null = null;

  private constructor(
    private textWorkers: TextWorkers | null,
    private communitiesWorker: CommunitiesWorker | null,
    private readonly threads: number,
  ) {}

  /** The text workers (index build, then top-k), or null when they would not pay or have ended. */
  get text(): TextWorkers | null {
    return this.textWorkers;
  }

  /** The proposals handed to the text worker as they were parsed (see `readOptions`), for the index build; null when none were. */
  get early(): EarlyReads | null {
    return this.earlyReads;
  }

  /**
   * `read` with each proposal handed to the text worker as soon as it is
   * parsed (see `EarlyReads`): the worker reads its text while this thread
   * parses the rest. As is when there is no text worker. The index must then
   * be built from the proposals' documents (`proposalToDocument`) in order,
   * with the default index options, and given `early`.
   */
  readOptions(read: ReadOptions = {}): ReadOptions {
    if (this.textWorkers === null) return read;
    // The worker answers each batch in order: batches of an EarlyReads the build never sees would answer its jobs.
    if (this.earlyReads !== null) throw new Error("@skills-network/core: readOptions was called twice on these workers. Parse once with it, then build.");
    const early = (this.earlyReads = new EarlyReads(this.textWorkers));
    const given = read.onProposal;
    return {
      ...read,
      onProposal: (proposal: Proposal) => {
        early.add(proposalToDocument(proposal));
        given?.(proposal);
      },
    };
  }

  /** Hands `early` over (to the index build): it is used once. */
  takeEarly(): EarlyReads | null {
    const early = this.earlyReads;
    this.earlyReads = null;
    return early;
  }

  /** The communities worker, or null when it would not pay or has ended. */
  get communities(): CommunitiesWorker | null {
    return this.communitiesWorker;
  }

  /** The workers `proposals` proposals need on `threads` threads. */
  static for(proposals: number, threads: number, thresholds: WorkerThresholds = workerThresholds): PipelineWorkers {
    const text = textWorkerCount(proposals, threads, thresholds);
    const communities = communitiesWorkerPays(proposals, threads, thresholds);
    return new PipelineWorkers(text > 0 ? new TextWorkers(text) : null, communities ? new CommunitiesWorker() : null, threads);
  }

  /**
   * The workers of an input not parsed yet, from its size in bytes (or in
   * records); none when it cannot be told (a parsed object). `fit` them once
   * the proposals are known.
   */
  static ahead(input: ReadInput, threads: number, thresholds: WorkerThresholds = workerThresholds): PipelineWorkers {
    const proposals = estimatedProposals(input, thresholds.bytesPerProposal);
    return PipelineWorkers.for(proposals, threads, thresholds);
  }

  /** `ahead` for a file of `bytes` bytes not read yet (its size from `stat`): the workers load while it is read, then parsed. */
  static forBytes(bytes: number, threads: number, thresholds: WorkerThresholds = workerThresholds): PipelineWorkers {
    return PipelineWorkers.for(bytes / thresholds.bytesPerProposal, threads, thresholds);
  }

  /**
   * Ends the workers `proposals` proposals do not need, and starts those
   * missing. Text workers already started are kept even if fewer than would
   * pay: they are the ones that have loaded.
   */
  fit(proposals: number, thresholds: WorkerThresholds = workerThresholds): this {
    const text = textWorkerCount(proposals, this.threads, thresholds);
    if (text === 0) this.endText();
    else this.textWorkers ??= new TextWorkers(text);
    if (communitiesWorkerPays(proposals, this.threads, thresholds)) this.communitiesWorker ??= new CommunitiesWorker();
    else this.endCommunities();
    return this;
  }

  endText(): void {
    this.textWorkers?.end();
    this.textWorkers = null;
    this.earlyReads = null;
  }

  endCommunities(): void {
    this.communitiesWorker?.end();
    this.communitiesWorker = null;
  }

  end(): void {
    this.endText();
    this.endCommunities();
  }
}

function textWorkerCount(proposals: number, threads: number, thresholds: WorkerThresholds): number {
  return Math.max(0, Math.min(threads, Math.floor(proposals / Math.max(1, thresholds.textPerThread))) - 1);
}

function communitiesWorkerPays(proposals: number, threads: number, thresholds: WorkerThresholds): boolean {
  return threads > 1 && proposals >= thresholds.communitiesFrom;
}

function estimatedProposals(input: ReadInput, bytesPerProposal: number): number {
  if (typeof input === "string") return input.length / bytesPerProposal;
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return input.byteLength / bytesPerProposal;
  if (Array.isArray(input)) return input.length;
  return 0;
}

import { readFile, stat } from "node:fs/promises";
import { STAGES, type Stage } from "@skills-network/core";
import { nodeDefaults, PipelineWorkers, readAndBuildAsync } from "@skills-network/core/node";
import { createMemoryProbe } from "./memory.js";

export interface PipelineOptions {
  /** Betweenness is O(n·m): the bench turns it off above 10k proposals. */
  betweenness: boolean;
  /** Threads of the top-k stage; one per core when not given. */
  threads?: number;
  k?: number;
  minScore?: number;
  /** Called as each stage starts, with the milliseconds since reading began. */
  onStage?: (stage: Stage, elapsedMs: number) => void;
}

/** One size of the pipeline bench, as measured in its own process. */
export interface SizeResult {
  size: number;
  proposals: number;
  betweenness: boolean;
  /** Milliseconds per pipeline stage, from `network.timings`. */
  timings: Record<Stage, number>;
  /** Reading the file from disk. */
  readMs: number;
  /** Wall clock from reading the file to the finished network. */
  totalMs: number;
  /** When the size was run several times (see `medianRun`): every run's total, this one's included. */
  runTotals?: number[];
  /** Peak resident set size of the process (kernel figure), bytes. */
  maxRss: number;
  /** Highest RSS seen at a stage boundary, bytes. */
  rssSampledPeak: number;
  /** Highest V8 heapUsed seen at a stage boundary, bytes. */
  heapPeak: number;
  nodes: number;
  edges: number;
  similarLinks: number;
  vocabulary: number;
  communities: number;
  modularity: number;
}

/** Reads a proposals CSV and builds its network, timing each stage and tracking memory. */
export async function measurePipeline(file: string, size: number, options: PipelineOptions): Promise<SizeResult> {
  const probe = createMemoryProbe();
  const start = performance.now();
  // As the CLI does: the workers load while the file is read.
  const workers = PipelineWorkers.forBytes((await stat(file)).size, options.threads ?? nodeDefaults.threads);
  const text = await readFile(file, "utf8").catch((error: unknown) => {
    workers.end();
    throw error;
  });
  const readMs = performance.now() - start;
  const network = await readAndBuildAsync(text, {
    workers,
    betweenness: options.betweenness,
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    ...(options.k !== undefined ? { k: options.k } : {}),
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    read: { fileName: file },
    onProgress: (stage) => {
      probe.sample();
      options.onStage?.(stage, performance.now() - start);
    },
  });
  const totalMs = performance.now() - start;
  probe.sample();
  const timings = Object.fromEntries(STAGES.map((stage) => [stage, network.timings[stage] ?? 0])) as Record<Stage, number>;
  let similarLinks = 0;
  network.graph.forEachEdge((_edge, attributes) => {
    if (attributes.kind === "similar") similarLinks++;
  });
  return {
    size,
    proposals: network.proposals.length,
    betweenness: options.betweenness,
    timings,
    readMs,
    totalMs,
    maxRss: probe.maxRss(),
    rssSampledPeak: probe.rssSampledPeak,
    heapPeak: probe.heapPeak,
    nodes: network.graph.order,
    edges: network.graph.size,
    similarLinks,
    vocabulary: network.index.vocabularySize,
    communities: network.communities.communities.length,
    modularity: network.communities.modularity,
  };
}

/**
 * @skills-network/core/node (Node only): the pipeline of `buildNetwork` on
 * worker threads. The texts are read and weighted on two threads; top-k runs on
 * workers while this thread builds the nodes, then here too, and so does
 * explaining the links; the communities are found, and their terms scored, on
 * a worker while this thread adds the links to the graph. Same input and options give the same
 * network as `buildNetwork`, link for link and community for community.
 */
import type { ImportResult } from "@skills-network/records";
import type { SkillsGraph } from "@skills-network/graph";
import { TfIdfIndex, type SimilarityIndex } from "@skills-network/text";
import { buildIndexParallel, neighbourTableParallel, parallelDefaults, type TextWorkers } from "@skills-network/text/parallel";
import { readInput } from "../build.js";
import { defaults } from "../defaults.js";
import { finishNetwork, indexStageAsync, similarEdgesStage, StageRunner, structureStage } from "../stages.js";
import { PipelineWorkers } from "./pipeline-workers.js";

export { PipelineWorkers, workerThresholds, type WorkerThresholds } from "./pipeline-workers.js";
import type { Network, NetworkOptions, ReadAndBuildOptions } from "../types.js";

export interface ThreadOptions {
  /**
   * Threads for reading the texts, the top-k stage and the communities, the
   * calling one included; 1 stays in this thread. Small inputs stay in this
   * thread anyway.
   */
  threads: number;
}

export type NodeNetworkOptions = NetworkOptions & ThreadOptions;

/** Default options of `buildNetworkAsync`: those of `buildNetwork`, plus one thread per core. */
export const nodeDefaults: NodeNetworkOptions = { ...defaults, threads: parallelDefaults.threads };

/**
 * `buildNetwork` on several threads. Workers started ahead
 * (`PipelineWorkers.ahead`, before parsing) are fitted to the proposals,
 * used and ended; otherwise the call starts its own.
 */
export async function buildNetworkAsync(
  imported: ImportResult,
  options: Partial<NodeNetworkOptions> = {},
  startedAhead?: PipelineWorkers,
): Promise<Network> {
  const settings: NodeNetworkOptions = { ...nodeDefaults, ...options };
  const proposals = imported.proposals.length;
  const workers = startedAhead?.fit(proposals) ?? PipelineWorkers.for(proposals, settings.threads);
  try {
    return await assemble(imported, settings, new StageRunner(settings.onProgress), workers);
  } finally {
    workers.end();
  }
}

/**
 * `readAndBuild` on several threads. The workers start before the input is
 * parsed (when its size says they will pay), so that they load their code on
 * a core that would otherwise wait; `workers` started by the caller even
 * before it read the input (`PipelineWorkers.forBytes`) are used and ended.
 */
export async function readAndBuildAsync(
  input: Parameters<typeof readInput>[0],
  options: ReadAndBuildOptions & Partial<ThreadOptions> & { workers?: PipelineWorkers } = {},
): Promise<Network> {
  const { read, workers: startedAhead, ...networkOptions } = options;
  const settings: NodeNetworkOptions = { ...nodeDefaults, ...networkOptions };
  const runner = new StageRunner(settings.onProgress);
  // Started by the caller before it read the input (`PipelineWorkers.forBytes`), or now.
  const workers = startedAhead ?? PipelineWorkers.ahead(input, settings.threads);
  try {
    // The text worker reads the proposals' texts as they are parsed.
    const imported = runner.run("parse", () => readInput(input, workers.readOptions(read)));
    return await assemble(imported, settings, runner, workers.fit(imported.proposals.length));
  } finally {
    workers.end();
  }
}

async function assemble(imported: ImportResult, settings: NodeNetworkOptions, runner: StageRunner, workers: PipelineWorkers): Promise<Network> {
  const early = workers.takeEarly();
  const index = await indexStageAsync(imported, runner, (documents) => buildIndexParallel(documents, {}, { ...textThreads(settings, workers), ...(early !== null ? { early } : {}) }));
  const { graph, communities } = await linkedGraph(imported, index, settings, runner, workers);
  return finishNetwork(imported, index, graph, settings, runner, await runner.runAsync("communities", () => communities));
}

/** The threads of the text stages: the build and top-k use the same workers. */
function textThreads(settings: NodeNetworkOptions, workers: PipelineWorkers): { threads: number; workers?: TextWorkers } {
  return { threads: settings.threads, ...(workers.text !== null ? { workers: workers.text } : {}) };
}

/**
 * The graph with its similar edges, and the communities being found (and their
 * terms scored) on a worker. The link table lives only in here: once its edges
 * are in the graph (and the worker has its pairs and scores) nothing holds it.
 */
async function linkedGraph(imported: ImportResult, index: SimilarityIndex, settings: NodeNetworkOptions, runner: StageRunner, workers: PipelineWorkers) {
  // Top-k runs on workers while this thread builds the part of the graph that needs no links,
  // then on all threads; so does explaining the links.
  let structure: SkillsGraph | null = null;
  const table = await runner.runAsync("topk", () =>
    neighbourTableParallel(index, { k: settings.k, minScore: settings.minScore }, {
      ...textThreads(settings, workers),
      meanwhile: () => (structure = structureStage(imported, index, settings, runner)),
      // Searches are over until the network is used (the inverted index is rebuilt then), and the
      // links are explained from the vectors: it goes before the link table is made.
      onLists: () => index.dropPostings(),
    }),
  );
  // The text workers are done: their memory goes back before the graph grows.
  workers.endText();
  // Dropped already, unless the index is not one `buildIndex` made (no lists were handed over).
  index.dropPostings();
  // Louvain needs only the links' scores, and scoring the communities' terms only the index's
  // arrays: both run on the worker while this thread adds the links to the graph.
  const worker = workers.communities;
  const communities = worker !== null && index instanceof TfIdfIndex ? worker.find(index, table, settings) : null;
  // Not asked: the communities are found on the graph.
  if (communities === null) workers.endCommunities();
  const graph = similarEdgesStage(structure ?? structureStage(imported, index, settings, runner), table, runner);
  return { graph, communities: communities ?? Promise.resolve(null) };
}

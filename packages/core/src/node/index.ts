/**
 * @skills-network/core/node (Node only): the pipeline of `buildNetwork` on
 * worker threads. The texts are read and weighted on two threads; top-k runs on
 * workers while this thread builds the nodes, then here too; the communities are
 * found, and their terms scored, on a worker while this thread explains the
 * links and adds them to the graph. Same input and options give the same
 * network as `buildNetwork`, link for link and community for community.
 */
import type { ImportResult } from "@skills-network/records";
import type { SkillsGraph } from "@skills-network/graph";
import { TfIdfIndex, type SimilarityIndex } from "@skills-network/text";
import { buildIndexParallel, neighbourTableParallel, parallelDefaults } from "@skills-network/text/parallel";
import { readInput } from "../build.js";
import { defaults } from "../defaults.js";
import { finishNetwork, indexStageAsync, similarEdgesStage, StageRunner, structureStage } from "../stages.js";
import { startCommunitiesWorker, type CommunitiesFound } from "./communities-on-worker.js";
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

/** Below this many proposals, Louvain takes less time than starting a worker for it. */
const COMMUNITIES_WORKER_FROM = 2000;

/** Default options of `buildNetworkAsync`: those of `buildNetwork`, plus one thread per core. */
export const nodeDefaults: NodeNetworkOptions = { ...defaults, threads: parallelDefaults.threads };

/** `buildNetwork` on several threads. */
export async function buildNetworkAsync(
  imported: ImportResult,
  options: Partial<NodeNetworkOptions> = {},
): Promise<Network> {
  const settings: NodeNetworkOptions = { ...nodeDefaults, ...options };
  return assemble(imported, settings, new StageRunner(settings.onProgress));
}

/** `readAndBuild` on several threads. */
export async function readAndBuildAsync(
  input: Parameters<typeof readInput>[0],
  options: ReadAndBuildOptions & Partial<ThreadOptions> = {},
): Promise<Network> {
  const { read, ...networkOptions } = options;
  const settings: NodeNetworkOptions = { ...nodeDefaults, ...networkOptions };
  const runner = new StageRunner(settings.onProgress);
  const imported = runner.run("parse", () => readInput(input, read));
  return assemble(imported, settings, runner);
}

async function assemble(imported: ImportResult, settings: NodeNetworkOptions, runner: StageRunner): Promise<Network> {
  const { threads } = settings;
  const index = await indexStageAsync(imported, runner, (documents) => buildIndexParallel(documents, {}, { threads }));
  const { graph, communities } = await linkedGraph(imported, index, settings, runner);
  return finishNetwork(imported, index, graph, settings, runner, await runner.runAsync("communities", () => communities));
}

/**
 * The graph with its similar edges, and the communities being found (and their
 * terms scored) on a worker. The link table lives only in here: once its edges
 * are in the graph (and the worker has its copy) nothing holds it.
 */
async function linkedGraph(imported: ImportResult, index: SimilarityIndex, settings: NodeNetworkOptions, runner: StageRunner) {
  const { threads } = settings;
  // Started now, so that its modules load while the links are scored.
  const worker = startCommunitiesWorker(index.ids.length, threads > 1 ? COMMUNITIES_WORKER_FROM : Infinity);
  try {
    // Top-k runs on a worker while this thread builds the part of the graph that needs no links,
    // then on both.
    let structure: SkillsGraph | null = null;
    let communities: Promise<CommunitiesFound | null> | null = null;
    const table = await runner.runAsync("topk", () =>
      neighbourTableParallel(index, { k: settings.k, minScore: settings.minScore }, {
        threads,
        meanwhile: () => (structure = structureStage(imported, index, settings, runner)),
        // Louvain needs only the links' scores, and scoring the communities' terms only the
        // index's arrays: both run on the worker while this thread explains the links and
        // adds them to the graph.
        onLists: (lists) => {
          if (worker !== null && index instanceof TfIdfIndex) communities = worker.find(index, lists, settings);
        },
      }),
    );
    // Searches are over until the network is used: the inverted index is rebuilt then.
    index.dropPostings();
    // Not asked (no lists were handed over): the communities are found on the graph.
    if (communities === null) worker?.end();
    const graph = similarEdgesStage(structure ?? structureStage(imported, index, settings, runner), table, runner);
    return { graph, communities: communities ?? Promise.resolve(null) };
  } catch (error) {
    worker?.end();
    throw error;
  }
}

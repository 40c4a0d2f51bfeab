import { readProposals, type ImportResult, type ReadOptions } from "@skills-network/records";
import { buildIndex, SUPPORTED_LANGUAGES } from "@skills-network/text";
import { defaults } from "./defaults.js";
import { finishNetwork, graphStage, indexStage, StageRunner } from "./stages.js";
import type { Network, NetworkOptions, ReadAndBuildOptions } from "./types.js";

export { proposalIdOfKey, proposalKey } from "./keys.js";

/**
 * Builds the network from proposals already read: text index, top-k similarity
 * links, typed graph, named communities and metrics. Runs in this thread, in
 * Node and in browsers; in Node, `buildNetworkAsync` from
 * `@skills-network/core/node` gives the same network faster on several cores.
 */
export function buildNetwork(imported: ImportResult, options: Partial<NetworkOptions> = {}): Network {
  const settings: NetworkOptions = { ...defaults, ...options };
  return assemble(imported, settings, new StageRunner(settings.onProgress));
}

/**
 * Reads records (CSV, JSON, XLSX, Kumu) with the pipeline's defaults: language
 * detection limited to the languages the text analysis supports.
 */
export function readInput(input: Parameters<typeof readProposals>[0], options: ReadOptions = {}): ImportResult {
  return readProposals(input, { languages: SUPPORTED_LANGUAGES, ...options });
}

/** Reads records (CSV, JSON, XLSX, Kumu) and builds the network in one call. */
export function readAndBuild(
  input: Parameters<typeof readProposals>[0],
  options: ReadAndBuildOptions = {},
): Network {
  const { read, ...networkOptions } = options;
  const settings: NetworkOptions = { ...defaults, ...networkOptions };
  const runner = new StageRunner(settings.onProgress);
  const imported = runner.run("parse", () => readInput(input, read));
  return assemble(imported, settings, runner);
}

function assemble(imported: ImportResult, settings: NetworkOptions, runner: StageRunner): Network {
  const index = indexStage(imported, runner, buildIndex);
  const links = () => index.neighbourTable({ k: settings.k, minScore: settings.minScore });
  const table = runner.run("topk", links);
  // Searches are over until the network is used: the inverted index is rebuilt then.
  index.dropPostings();
  const graph = graphStage(imported, index, table, settings, runner);
  return finishNetwork(imported, index, graph, settings, runner);
}

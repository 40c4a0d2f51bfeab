import { readProposals, type ImportResult, type ReadOptions } from "@skills-network/records";
import { buildIndex, SUPPORTED_LANGUAGES } from "@skills-network/text";
import { buildGraph, computeMetrics, detectCommunities } from "@skills-network/graph";
import { defaults } from "./defaults.js";
import { proposalToDocument } from "./documents.js";
import { createStageRunner } from "./timer.js";
import type { Network, NetworkOptions, ReadAndBuildOptions, Stage } from "./types.js";

/** Number of distinctive terms that name a community. */
const COMMUNITY_NAME_TERMS = 3;
const COMMUNITY_KEYWORDS = 8;

/**
 * Builds the network from proposals already read: text index, top-k similarity
 * links, typed graph, named communities and metrics.
 */
export function buildNetwork(imported: ImportResult, options: Partial<NetworkOptions> = {}): Network {
  const settings: NetworkOptions = { ...defaults, ...options };
  const timings: Partial<Record<Stage, number>> = {};
  const runStage = createStageRunner(timings, settings.onProgress);
  return assemble(imported, settings, timings, runStage);
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
  const timings: Partial<Record<Stage, number>> = {};
  const runStage = createStageRunner(timings, settings.onProgress);
  const imported = runStage("parse", () => readInput(input, read));
  return assemble(imported, settings, timings, runStage);
}

function assemble(
  imported: ImportResult,
  settings: NetworkOptions,
  timings: Partial<Record<Stage, number>>,
  runStage: ReturnType<typeof createStageRunner>,
): Network {
  const { proposals, report } = imported;
  const documents = runStage("text", () => proposals.map(proposalToDocument));
  const index = runStage("tfidf", () => buildIndex(documents));
  const links = runStage("topk", () => index.neighbours({ k: settings.k, minScore: settings.minScore }));
  const graph = runStage("graph", () =>
    buildGraph(proposals, links, {
      include: settings.include,
      topTerms: (id: string) => index.keywords(id, settings.topTerms).map((keyword) => keyword.term),
    }),
  );
  const communities = runStage("communities", () =>
    detectCommunities(graph, {
      resolution: settings.resolution,
      seed: settings.seed,
      describe: (groups: string[][]) =>
        runStage("naming", () =>
          index
            .distinctiveTerms(
              groups.map((keys) => keys.map(proposalIdOfKey)),
              COMMUNITY_KEYWORDS,
            )
            .map((terms) => {
              const keywords = terms.map((term) => term.term);
              return { name: keywords.slice(0, COMMUNITY_NAME_TERMS).join(" · "), keywords };
            }),
        ),
    }),
  );
  if (timings.naming !== undefined && timings.communities !== undefined) {
    // Naming runs inside community detection: report the two apart.
    timings.communities -= timings.naming;
  }
  const betweenness =
    settings.betweenness === "auto" ? proposals.length <= settings.betweennessLimit : settings.betweenness;
  runStage("metrics", () => computeMetrics(graph, { betweenness }));
  return { graph, proposals, report, index, communities, timings };
}

/** `proposal:P-1` -> `P-1`. */
export function proposalIdOfKey(key: string): string {
  return key.startsWith("proposal:") ? key.slice("proposal:".length) : key;
}

/** `P-1` -> `proposal:P-1`. */
export function proposalKey(id: string): string {
  return `proposal:${id}`;
}

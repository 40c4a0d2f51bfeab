import type { ImportResult } from "@skills-network/records";
import { TfIdfIndex, type Keyword, type LinkTable, type ScoredTerms, type SimilarityIndex, type TextDocument } from "@skills-network/text";
import { addSimilarEdges, buildGraph, computeMetrics, detectCommunities, type Partition, type SkillsGraph } from "@skills-network/graph";
import { proposalToDocument } from "./documents.js";
import { proposalIdOfKey } from "./keys.js";
import { STAGES, type Network, type NetworkOptions, type Stage } from "./types.js";

/** Number of distinctive terms that name a community. */
const COMMUNITY_NAME_TERMS = 3;
const COMMUNITY_KEYWORDS = 8;

/**
 * Runs pipeline stages, reporting progress and recording how long each took.
 * A stage run inside another (work done while waiting for threads) pauses the
 * outer one's clock, so no time is counted twice.
 */
export class StageRunner {
  readonly timings: Partial<Record<Stage, number>> = {};
  private readonly announced = new Set<Stage>();
  private readonly running: { stage: Stage; since: number }[] = [];

  constructor(private readonly onProgress: NetworkOptions["onProgress"]) {}

  run<T>(stage: Stage, work: () => T): T {
    this.start(stage);
    try {
      return work();
    } finally {
      this.stop();
    }
  }

  async runAsync<T>(stage: Stage, work: () => Promise<T>): Promise<T> {
    this.start(stage);
    try {
      return await work();
    } finally {
      this.stop();
    }
  }

  /** Progress is reported once per stage, even for a stage that runs in several parts. */
  private start(stage: Stage): void {
    if (!this.announced.has(stage)) this.onProgress?.(stage, STAGES.indexOf(stage), STAGES.length);
    this.announced.add(stage);
    const now = performance.now();
    const outer = this.running.at(-1);
    if (outer !== undefined) this.add(outer.stage, now - outer.since);
    this.running.push({ stage, since: now });
  }

  private stop(): void {
    const now = performance.now();
    const done = this.running.pop();
    if (done !== undefined) this.add(done.stage, now - done.since);
    const outer = this.running.at(-1);
    if (outer !== undefined) outer.since = now;
  }

  private add(stage: Stage, ms: number): void {
    this.timings[stage] = (this.timings[stage] ?? 0) + ms;
  }
}

/**
 * The text index of the proposals. The documents (a copy of every proposal's
 * text) live only inside this call, so they can be freed once it is built.
 */
export function indexStage(
  imported: ImportResult,
  runner: StageRunner,
  build: (documents: TextDocument[]) => SimilarityIndex,
): SimilarityIndex {
  const documents = runner.run("text", () => imported.proposals.map(proposalToDocument));
  return runner.run("tfidf", () => build(documents));
}

/** `indexStage` with an index built asynchronously (on worker threads). */
export async function indexStageAsync(
  imported: ImportResult,
  runner: StageRunner,
  build: (documents: TextDocument[]) => Promise<SimilarityIndex>,
): Promise<SimilarityIndex> {
  const documents = runner.run("text", () => imported.proposals.map(proposalToDocument));
  return runner.runAsync("tfidf", () => build(documents));
}

/**
 * The typed graph. Callers pass the link table straight from the top-k stage,
 * so that nothing else holds it once its edges are in the graph.
 */
export function graphStage(
  imported: ImportResult,
  index: SimilarityIndex,
  links: LinkTable,
  settings: NetworkOptions,
  runner: StageRunner,
): SkillsGraph {
  const graph = structureStage(imported, index, settings, runner);
  return similarEdgesStage(graph, links, runner);
}

/**
 * The graph without its similar edges: proposals (with their top terms) and
 * context nodes. It needs no links, so it can be built while they are computed.
 */
export function structureStage(imported: ImportResult, index: SimilarityIndex, settings: NetworkOptions, runner: StageRunner): SkillsGraph {
  return runner.run("graph", () => {
    // One batch call: the index ranks every document's terms far faster than one id at a time.
    const keywords = index.allKeywords(settings.topTerms);
    const topTerms = new Map(index.ids.map((id, position) => [id, keywords[position]]));
    return buildGraph(imported.proposals, [], {
      include: settings.include,
      topTerms: (id: string) => (topTerms.get(id) ?? []).map((keyword) => keyword.term),
    });
  });
}

/** Adds the similar edges of the link table: the graph is then the one `buildGraph` makes from the proposals and the table. */
export function similarEdgesStage(graph: SkillsGraph, links: LinkTable, runner: StageRunner): SkillsGraph {
  return runner.run("graph", () => {
    addSimilarEdges(graph, links);
    return graph;
  });
}

/**
 * Named communities and metrics on the graph: the stages after the graph,
 * shared by `buildNetwork` and the Node `buildNetworkAsync` (which may have
 * found the partition already).
 */
export function finishNetwork(
  imported: ImportResult,
  index: SimilarityIndex,
  graph: SkillsGraph,
  settings: NetworkOptions,
  runner: StageRunner,
  found: CommunitiesFound | null = null,
): Network {
  const { proposals, report } = imported;
  const communities = runner.run("communities", () =>
    detectCommunities(graph, {
      resolution: settings.resolution,
      seed: settings.seed,
      // Found already (on another thread) from the same links: the same communities.
      ...(found !== null ? { partition: found.partition } : {}),
      describe: (groups: string[][]) =>
        runner.run("naming", () =>
          distinctiveTermsOf(index, groups, found).map((terms) => {
            const keywords = terms.map((term) => term.term);
            return { name: keywords.slice(0, COMMUNITY_NAME_TERMS).join(" · "), keywords };
          }),
        ),
    }),
  );
  const betweenness =
    settings.betweenness === "auto" ? proposals.length <= settings.betweennessLimit : settings.betweenness;
  runner.run("metrics", () => computeMetrics(graph, { betweenness }));
  return { graph, proposals, report, index, communities, timings: runner.timings };
}

/** The groups' distinctive terms: from the scores found with the partition when there are, else scored here. */
function distinctiveTermsOf(index: SimilarityIndex, groups: string[][], found: CommunitiesFound | null): Keyword[][] {
  if (found?.distinctive !== undefined && found.distinctive.length === groups.length && index instanceof TfIdfIndex) {
    return index.pickDistinctiveTerms(found.distinctive, COMMUNITY_KEYWORDS);
  }
  return index.distinctiveTerms(
    groups.map((keys) => keys.map(proposalIdOfKey)),
    COMMUNITY_KEYWORDS,
  );
}

/** Communities found before the graph was complete (by `buildNetworkAsync`, on a worker thread). */
export interface CommunitiesFound {
  partition: Partition;
  /** `scoreDistinctiveTerms` of the groups of two or more, in order, on the index's class arrays. */
  distinctive?: ScoredTerms[];
}

/**
 * The network worker: reads records, builds the network (text index, top-k
 * similarity, graph, communities, metrics), places the nodes (community
 * discs, then ForceAtlas2 and noverlap on request) and answers similarity
 * queries with the index it keeps. Everything heavy (readers, text pipeline,
 * layout) lives in this chunk so that the page starts fast.
 */
import { ImportError, readAndBuild, similarProjects, similarToText, type Network } from "@skills-network/core";
import type { DatasetSource, LayoutRequest, LoadFailure, WorkerRequest, WorkerResponse } from "./core/graph/types.js";
import { forceLayoutDefaults, iterationBudget, runForceLayout } from "./core/layout/force.js";
import { assignPositions, initialPositions } from "./core/layout/initial.js";

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The network the main thread shows; a failed build keeps the previous one. */
let current: Network | null = null;
/** Bumped by every build: a layout run of an older network stops. */
let generation = 0;

scope.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  void handle(event.data);
});

async function handle(request: WorkerRequest): Promise<void> {
  try {
    switch (request.type) {
      case "build":
        await build(request.id, request.source);
        return;
      case "layout":
        await layOut(request.id, request);
        return;
      case "similar":
        reply({ type: "matches", id: request.id, results: similarProjects(requireNetwork(), request.proposalId, { k: request.k }) });
        return;
      case "match":
        reply({ type: "matches", id: request.id, results: similarToText(requireNetwork(), request.text, { k: request.k }) });
        return;
    }
  } catch (error) {
    reply({ type: "failed", id: request.id, failure: describeFailure(error) });
  }
}

async function build(id: number, source: DatasetSource): Promise<void> {
  generation += 1;
  const input = source.kind === "sample" ? await loadSample() : new Uint8Array(source.bytes);
  const fileName = source.kind === "sample" ? "skills-challenge-sample.csv" : source.name;
  const network = readAndBuild(input, {
    read: { fileName },
    onProgress: (stage, index, total) => reply({ type: "progress", id, stage, index, total }),
  });
  // Starting positions travel with the graph: the page draws at once, the layout refines on request.
  assignPositions(network.graph, initialPositions(network.graph));
  current = network;
  reply({
    type: "built",
    id,
    network: {
      dataset: source.kind === "sample" ? "sample" : source.name,
      graph: network.graph.export(),
      communities: network.communities,
      report: network.report,
      timings: network.timings,
    },
  });
}

async function layOut(id: number, request: LayoutRequest): Promise<void> {
  const network = requireNetwork();
  const mine = generation;
  const { graph } = network;
  if (request.sizes.length !== graph.order) throw new Error(`@skills-network/explorer: layout sizes for ${request.sizes.length} nodes, the network has ${graph.order}.`);
  await runForceLayout(graph, {
    ...forceLayoutDefaults,
    iterations: iterationBudget(graph.order),
    sizes: request.sizes,
    viewport: request.viewport,
    postEvery: request.postEvery,
    now: () => performance.now(),
    yieldToEvents: () => new Promise((resolve) => setTimeout(resolve, 0)),
    cancelled: () => mine !== generation,
    onPositions: (positions, iterations, done) => reply({ type: "positions", id, positions, iterations, done }, [positions.buffer]),
  });
  if (mine !== generation) reply({ type: "positions", id, positions: null, iterations: 0, done: true });
}

/** The bundled sample is a separate chunk, fetched only when it is shown. */
async function loadSample(): Promise<string> {
  const module = await import("@skills-network/sample-data/data/skills-challenge-sample.csv?raw");
  return module.default;
}

function requireNetwork(): Network {
  if (!current) throw new Error("@skills-network/explorer: no network is loaded yet. Wait for the first build.");
  return current;
}

function describeFailure(error: unknown): LoadFailure {
  if (error instanceof ImportError) return { message: error.message, importError: true, report: error.report ?? null };
  return { message: error instanceof Error ? error.message : String(error), importError: false, report: null };
}

function reply(message: WorkerResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

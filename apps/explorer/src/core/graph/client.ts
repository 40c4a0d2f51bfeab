import type { SimilarProject, Stage } from "@skills-network/core";
import type { BuiltNetwork, DatasetSource, LayoutRequest, LoadFailure, WorkerRequest, WorkerResponse } from "./types.js";

/** Thrown (as a rejection) when the worker could not do what was asked. */
export class NetworkRequestError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.message);
    this.name = "NetworkRequestError";
  }
}

export type ProgressListener = (stage: Stage, index: number, total: number) => void;
/** Positions from the layout: x, y per node in graph order. */
export type PositionsListener = (positions: Float32Array, iterations: number) => void;

export interface NetworkClient {
  build(source: DatasetSource, onProgress?: ProgressListener): Promise<BuiltNetwork>;
  /** Proposals most similar to a proposal of the current network (its id, not its node key). */
  similar(proposalId: string, k: number): Promise<SimilarProject[]>;
  /** Proposals most similar to a free text. */
  match(text: string, k: number): Promise<SimilarProject[]>;
  /**
   * Lays the current network out in the worker. `onPositions` gets each update;
   * resolves with the ForceAtlas2 iterations run, or null when a newer build superseded the run.
   */
  layout(request: LayoutRequest, onPositions: PositionsListener): Promise<number | null>;
  terminate(): void;
}

interface Pending {
  resolve(value: never): void;
  reject(error: Error): void;
  onProgress?: ProgressListener;
  onPositions?: PositionsListener;
}

/** Request/response over postMessage: each request has an id; answers find their promise by it. */
export function createNetworkClient(worker: Worker): NetworkClient {
  let nextId = 1;
  const pending = new Map<number, Pending>();

  worker.addEventListener("message", (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    switch (message.type) {
      case "progress":
        waiting.onProgress?.(message.stage, message.index, message.total);
        return;
      case "built":
        pending.delete(message.id);
        waiting.resolve(message.network as never);
        return;
      case "matches":
        pending.delete(message.id);
        waiting.resolve(message.results as never);
        return;
      case "positions":
        if (message.positions) waiting.onPositions?.(message.positions, message.iterations);
        if (message.done) {
          pending.delete(message.id);
          waiting.resolve((message.positions ? message.iterations : null) as never);
        }
        return;
      case "failed":
        pending.delete(message.id);
        waiting.reject(new NetworkRequestError(message.failure));
        return;
    }
  });

  worker.addEventListener("error", (event) => {
    // A worker that fails to start (e.g. a chunk that did not load) fails every waiting request.
    const failure: LoadFailure = { message: event.message || "the network worker stopped", importError: false, report: null };
    for (const waiting of pending.values()) waiting.reject(new NetworkRequestError(failure));
    pending.clear();
  });

  function request<T>(message: WorkerRequest, transfer: Transferable[] = [], listeners: Pick<Pending, "onProgress" | "onPositions"> = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      pending.set(message.id, { resolve: resolve as (value: never) => void, reject, ...listeners });
      worker.postMessage(message, transfer);
    });
  }

  return {
    build(source, onProgress) {
      const transfer = source.kind === "file" ? [source.bytes] : [];
      return request<BuiltNetwork>({ type: "build", id: nextId++, source }, transfer, { onProgress });
    },
    similar(proposalId, k) {
      return request<SimilarProject[]>({ type: "similar", id: nextId++, proposalId, k });
    },
    match(text, k) {
      return request<SimilarProject[]>({ type: "match", id: nextId++, text, k });
    },
    layout(layoutRequest, onPositions) {
      return request<number | null>({ type: "layout", id: nextId++, ...layoutRequest }, [], { onPositions });
    },
    terminate() {
      worker.terminate();
    },
  };
}

/** Starts the module worker that builds networks (the heavy libraries live only in its chunk). */
export function startNetworkWorker(): NetworkClient {
  const worker = new Worker(new URL("../../worker.ts", import.meta.url), { type: "module", name: "skills-network" });
  return createNetworkClient(worker);
}

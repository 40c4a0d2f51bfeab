/// <reference types="node" />
import { requireCount } from "../options.js";
import { WorkerSession } from "./worker-session.js";

const TEXT_WORKER = { name: "text-worker", what: "text worker", fallback: "buildIndex or index.neighbourTable" };

/**
 * Worker threads for the text work of a pipeline: `buildIndexParallel` reads
 * and weighs on them, then `neighbourTableParallel` scores links on them,
 * with no thread started in between. Start them ahead (for example before
 * parsing the input) and they load their code on a core that would
 * otherwise wait. Whoever starts them ends them.
 */
export class TextWorkers {
  private readonly sessions: WorkerSession[];

  /** Starts `count` workers. */
  constructor(count: number) {
    requireCount("count", count);
    this.sessions = Array.from({ length: count }, () => new WorkerSession(TEXT_WORKER, null));
  }

  get size(): number {
    return this.sessions.length;
  }

  /** The first `count` workers (all of them when there are fewer), for one job each. */
  take(count: number): readonly WorkerSession[] {
    return this.sessions.slice(0, Math.max(0, count));
  }

  /** Stops every worker, whatever it is doing. */
  end(): void {
    for (const session of this.sessions) void session.end();
  }
}

/**
 * Runs `work` with `workers`, or with `count` workers started for it and
 * ended after it when none are given.
 */
export async function withTextWorkers<T>(workers: TextWorkers | undefined, count: number, work: (sessions: readonly WorkerSession[]) => Promise<T>): Promise<T> {
  if (workers !== undefined) return work(workers.take(count));
  const started = new TextWorkers(Math.max(0, count));
  try {
    return await work(started.take(count));
  } finally {
    started.end();
  }
}

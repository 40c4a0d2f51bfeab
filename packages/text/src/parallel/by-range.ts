import { runBuildJob, type BuildJob, type BuildJobResults } from "./build-jobs.js";

/** Where a range of a job runs: a worker session (`WorkerSession`), or anything that answers jobs in order. */
export interface JobRunner {
  send(job: BuildJob): void;
  next<T>(): Promise<T>;
}

/**
 * Range r + 1 of a job on runner r while this thread does range 0 (`own`,
 * by default the job itself); the results in range order.
 */
export async function byRange<K extends BuildJob["kind"], Own = BuildJobResults[K]>(
  runners: readonly JobRunner[],
  jobOf: (range: number) => Extract<BuildJob, { kind: K }>,
  own: () => Own = () => runBuildJob(jobOf(0)).result as Own,
): Promise<(Own | BuildJobResults[K])[]> {
  runners.forEach((runner, r) => runner.send(jobOf(r + 1)));
  const first = own();
  return [first, ...(await Promise.all(runners.map((runner) => runner.next<BuildJobResults[K]>())))];
}

/** The ends of consecutive ranges given their starts, the last ending at `end`. */
export function rangeEnds(starts: readonly number[], end: number): number[] {
  return [...starts.slice(1), end];
}

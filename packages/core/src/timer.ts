import { STAGES, type NetworkOptions, type Stage } from "./types.js";

/** Runs pipeline stages, reporting progress and recording how long each took. */
export function createStageRunner(
  timings: Partial<Record<Stage, number>>,
  onProgress: NetworkOptions["onProgress"],
) {
  return function runStage<T>(stage: Stage, work: () => T): T {
    onProgress?.(stage, STAGES.indexOf(stage), STAGES.length);
    const start = performance.now();
    const result = work();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
    return result;
  };
}

import type { SizeResult } from "./measure.js";

/** How many times a size is run: `runs` up to `repeatUpTo` proposals, once above. */
export function runsOf(size: number, options: { runs: number; repeatUpTo: number }): number {
  return size <= options.repeatUpTo ? options.runs : 1;
}

/**
 * The runs of one size as one result: the run of median total (of an even
 * number, the slower of the two middle ones), with every run's total in
 * `runTotals` (in the order they ran) and the highest peak memory of them all,
 * so that memory is never reported lower than a run reached.
 */
export function medianRun(runs: readonly SizeResult[]): SizeResult {
  if (runs.length === 0) throw new Error("@skills-network/bench: no runs to summarise. Run the size at least once.");
  const byTotal = [...runs].sort((a, b) => a.totalMs - b.totalMs);
  const median = byTotal[Math.floor(byTotal.length / 2)]!;
  return {
    ...median,
    maxRss: Math.max(...runs.map((run) => run.maxRss)),
    rssSampledPeak: Math.max(...runs.map((run) => run.rssSampledPeak)),
    heapPeak: Math.max(...runs.map((run) => run.heapPeak)),
    runTotals: runs.map((run) => run.totalMs),
  };
}

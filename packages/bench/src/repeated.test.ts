import { describe, expect, it } from "vitest";
import { STAGES } from "@skills-network/core";
import type { SizeResult } from "./measure.js";
import { medianRun, runsOf } from "./repeated.js";

function run(totalMs: number, maxRssMb: number, heapMb = 100): SizeResult {
  const timings = Object.fromEntries(STAGES.map((stage) => [stage, totalMs / STAGES.length])) as SizeResult["timings"];
  const MB = 1024 * 1024;
  return {
    size: 10_000,
    proposals: 10_000,
    betweenness: false,
    timings,
    readMs: 1,
    totalMs,
    maxRss: maxRssMb * MB,
    rssSampledPeak: maxRssMb * MB,
    heapPeak: heapMb * MB,
    nodes: 18_000,
    edges: 117_000,
    similarLinks: 66_000,
    vocabulary: 195_000,
    communities: 74,
    modularity: 0.98,
  };
}

describe("repeated runs", () => {
  it("runs sizes up to repeatUpTo several times, larger ones once", () => {
    const options = { runs: 3, repeatUpTo: 20_000 };
    expect([runsOf(1_000, options), runsOf(20_000, options), runsOf(100_000, options)]).toEqual([3, 3, 1]);
  });

  it("reports the run of median total, every total in the order run, and the highest memory", () => {
    const summary = medianRun([run(3_050, 380), run(2_800, 420, 140), run(2_900, 360)]);
    expect(summary.totalMs).toBe(2_900);
    expect(summary.timings.parse).toBe(2_900 / STAGES.length);
    expect(summary.runTotals).toEqual([3_050, 2_800, 2_900]);
    expect(summary.maxRss).toBe(420 * 1024 * 1024);
    expect(summary.heapPeak).toBe(140 * 1024 * 1024);
  });

  it("takes the slower middle run of an even number, and a single run as it is", () => {
    expect(medianRun([run(2_800, 400), run(3_100, 400), run(2_700, 400), run(2_950, 400)]).totalMs).toBe(2_950);
    expect(medianRun([run(2_800, 400)])).toMatchObject({ totalMs: 2_800, runTotals: [2_800] });
  });

  it("says what to do when there is no run", () => {
    expect(() => medianRun([])).toThrow("no runs to summarise. Run the size at least once.");
  });
});

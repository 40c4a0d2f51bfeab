import { describe, expect, it } from "vitest";
import { STAGES } from "@skills-network/core";
import type { SizeResult } from "./measure.js";
import { alignColumns, formatComparisonTable, formatPipelineTable, formatStageSplit, formatTargets } from "./table.js";
import { checkTargets } from "./targets.js";

function result(size: number, totalMs: number, maxRssMb: number): SizeResult {
  const timings = Object.fromEntries(STAGES.map((stage, index) => [stage, (index + 1) * 10])) as SizeResult["timings"];
  return {
    size,
    proposals: size,
    betweenness: size <= 10_000,
    timings,
    readMs: 1,
    totalMs,
    maxRss: maxRssMb * 1024 * 1024,
    rssSampledPeak: maxRssMb * 1024 * 1024,
    heapPeak: 100 * 1024 * 1024,
    nodes: size * 2,
    edges: size * 10,
    similarLinks: size * 5,
    vocabulary: 5000,
    communities: 12,
    modularity: 0.5,
  };
}

describe("bench tables", () => {
  it("align columns: first to the left, the others to the right", () => {
    expect(alignColumns([["size", "ms"], ["1k", "12345"]])).toBe("size     ms\n1k    12345");
  });

  it("show every stage, the total and memory per size", () => {
    const lines = formatPipelineTable([result(1000, 500, 120), result(100_000, 61_000, 1800)]).split("\n");
    expect(lines[0]).toMatch(/^size\s+parse\s+text\s+tfidf\s+topk\s+graph\s+communities\s+naming\s+metrics\s+total ms\s+runs\s+maxRSS MB/);
    expect(lines[1]).toMatch(/^1k\s+10\.0\s+20\.0/);
    expect(lines[2]).toMatch(/^100k .* 61000\s+1\s+1800\s+100\s+off\s+500000\s+12$/);
  });

  it("show the runs of a size repeated, with the range of their totals", () => {
    const repeated = { ...result(10_000, 2_850, 400), runTotals: [2_930, 2_850, 2_790] };
    expect(formatPipelineTable([repeated]).split("\n")[1]).toMatch(/ 2850\s+3: 2790–2930\s+400\s/);
    expect(formatTargets(checkTargets([repeated]))).toContain("10k proposals end to end ≤ 3 s: 2.85 s (median of 3 runs: 2.79–2.93 s), peak RSS 400 MB  MET");
  });

  it("orders the stage split by share", () => {
    expect(formatStageSplit(result(1000, 400, 100))).toBe(
      "stage split at 1k: metrics 22% · naming 19% · communities 17% · graph 14% · topk 11% · tfidf 8% · text 6% · parse 3%",
    );
  });

  it("mark targets met or missed", () => {
    const text = formatTargets(checkTargets([result(10_000, 2_500, 400), result(100_000, 59_000, 2100)]));
    expect(text).toContain("10k proposals end to end ≤ 3 s: 2.50 s, peak RSS 400 MB  MET");
    expect(text).toContain("100k proposals end to end ≤ 60 s in ≤ 2 GB: 59.00 s, peak RSS 2100 MB  MISSED");
    expect(formatTargets(checkTargets([]))).toContain("not run");
  });

  it("mark a capped baseline as a lower bound", () => {
    const table = formatComparisonTable([
      {
        size: 1000,
        ours: { tfidfMs: 50, topkMs: 30, ms: 80 },
        natural: { completed: false, tfidfMs: 2000, pairsMs: 8000, ms: 10000 },
        speedup: 125,
        overlap: null,
      },
    ]);
    expect(table).toMatch(/>10000\s+>125\.0×\s+-$/);
  });
});

import { rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { STAGES } from "@skills-network/core";
import { compareWithNatural } from "./compare.js";
import { writeCorpusFile } from "./corpus.js";
import { measurePipeline } from "./measure.js";

const folder = await mkdtemp(join(tmpdir(), "skills-network-bench-test-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("measurePipeline", () => {
  it("times every stage of a generated corpus and reports its memory", async () => {
    const file = await writeCorpusFile(folder, 300);
    const result = await measurePipeline(file, 300, { betweenness: true });
    expect(result.proposals).toBe(300);
    expect(Object.keys(result.timings)).toEqual([...STAGES]);
    for (const stage of STAGES) expect(result.timings[stage]).toBeGreaterThanOrEqual(0);
    const stageSum = STAGES.reduce((sum, stage) => sum + result.timings[stage], 0);
    expect(result.totalMs).toBeGreaterThanOrEqual(stageSum * 0.99);
    expect(result.similarLinks).toBeGreaterThan(0);
    expect(result.communities).toBeGreaterThan(0);
    expect(result.maxRss).toBeGreaterThanOrEqual(result.rssSampledPeak);
    expect(result.heapPeak).toBeGreaterThan(0);
  });
});

describe("compareWithNatural", () => {
  it("runs both on the same documents and agrees on part of the neighbours", async () => {
    const file = await writeCorpusFile(folder, 120);
    const result = await compareWithNatural(file, 120, { k: 5, minScore: 0.05, capMs: 60_000 });
    expect(result.natural.completed).toBe(true);
    expect(result.speedup).toBeCloseTo(result.natural.ms / result.ours.ms, 6);
    expect(result.overlap).not.toBeNull();
    expect(result.overlap!).toBeGreaterThan(0.2);
    expect(result.overlap!).toBeLessThanOrEqual(1);
  });
});

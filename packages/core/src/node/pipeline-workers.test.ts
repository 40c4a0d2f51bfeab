import { describe, expect, it } from "vitest";
import { PipelineWorkers, workerThresholds } from "./pipeline-workers.js";

const started = (workers: PipelineWorkers) => ({ text: workers.text?.size ?? 0, communities: workers.communities !== null });

describe("PipelineWorkers", () => {
  it("starts the workers that pay for the proposals and threads", () => {
    const cases: [number, number, { text: number; communities: boolean }][] = [
      [473, 2, { text: 0, communities: false }],
      [1999, 2, { text: 0, communities: false }],
      [2000, 2, { text: 1, communities: true }],
      [10_000, 1, { text: 0, communities: false }],
      [10_000, 4, { text: 3, communities: true }],
      [2500, 4, { text: 1, communities: true }],
    ];
    for (const [proposals, threads, expected] of cases) {
      const workers = PipelineWorkers.for(proposals, threads);
      expect(started(workers), `${proposals} proposals on ${threads} threads`).toEqual(expected);
      workers.end();
      expect(started(workers)).toEqual({ text: 0, communities: false });
    }
  });

  it("starts them before parsing from the input's size, then fits them to the proposals", () => {
    const big = "x".repeat(2000 * workerThresholds.bytesPerProposal);
    const thresholds = { ...workerThresholds, textPerThread: 500 };
    const ahead = PipelineWorkers.ahead(big, 2, thresholds);
    expect(started(ahead)).toEqual({ text: 1, communities: true });
    // Fewer proposals than the size promised: the workers that do not pay are ended.
    expect(started(ahead.fit(1500, thresholds))).toEqual({ text: 1, communities: false });
    expect(started(ahead.fit(300, thresholds))).toEqual({ text: 0, communities: false });
    // More than it promised: the missing ones start.
    const small = PipelineWorkers.ahead(new Uint8Array(10_000), 2);
    expect(started(small)).toEqual({ text: 0, communities: false });
    expect(started(small.fit(5000))).toEqual({ text: 1, communities: true });
    small.end();
    // Records given as an array count one each; a parsed object cannot be told.
    expect(started(PipelineWorkers.ahead(Array.from({ length: 2100 }, () => ({})), 2))).toEqual({ text: 1, communities: true });
    expect(started(PipelineWorkers.ahead({ elements: [] }, 2))).toEqual({ text: 0, communities: false });
    // A file's size before it is read: as its content would say.
    const bySize = PipelineWorkers.forBytes(2500 * workerThresholds.bytesPerProposal, 2);
    expect(started(bySize)).toEqual({ text: 1, communities: true });
    bySize.end();
    expect(started(PipelineWorkers.forBytes(1500 * workerThresholds.bytesPerProposal, 2))).toEqual({ text: 0, communities: false });
  });
});

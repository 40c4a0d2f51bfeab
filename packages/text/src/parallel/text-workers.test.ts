import { describe, expect, it } from "vitest";
import { buildTfIdfIndex } from "../index.js";
import type { TextDocument } from "../types.js";
import { buildIndexParallel, neighbourTableParallel, TextWorkers } from "./index.js";

const THEMES = [
  ["farming", "cooperative", "harvest", "irrigation"],
  ["coding", "bootcamp", "software", "developers"],
  ["welding", "plumbing", "apprentices", "workshop"],
];

function corpus(size: number): TextDocument[] {
  return Array.from({ length: size }, (_, i) => {
    const theme = THEMES[i % THEMES.length];
    const words = Array.from({ length: 6 + (i % 9) }, (_, j) => theme[(i * 7 + j * 3) % theme.length]);
    return { id: `doc-${i}`, language: "en", text: `${words.join(" ")} skills ${i % 5 === 0 ? "youth" : "women"}` };
  });
}

describe("TextWorkers", () => {
  it("builds the index and scores the links on workers started ahead, which stay for another build", async () => {
    const docs = corpus(90);
    const expected = buildTfIdfIndex(docs);
    const table = expected.neighbourTable({ k: 4, minScore: 0.1 });
    expect(table.source.length).toBeGreaterThan(90);
    const workers = new TextWorkers(2);
    try {
      expect(workers.size).toBe(2);
      for (let round = 0; round < 2; round++) {
        const index = await buildIndexParallel(docs, {}, { threads: 3, minDocumentsPerThread: 1, workers });
        expect(index.searchArrays.docs.value).toEqual(expected.searchArrays.docs.value);
        expect(index.ids).toEqual(expected.ids);
        expect(await neighbourTableParallel(index, { k: 4, minScore: 0.1 }, { threads: 3, minDocumentsPerThread: 1, workers })).toEqual(table);
      }
      // One thread asked for: the workers are left alone, and the result is the same.
      expect(await neighbourTableParallel(expected, { k: 4, minScore: 0.1 }, { threads: 1, workers })).toEqual(table);
    } finally {
      workers.end();
    }
  });

  it("says what to call instead once ended, and checks its count", async () => {
    const workers = new TextWorkers(1);
    workers.end();
    const index = buildTfIdfIndex(corpus(40));
    await expect(neighbourTableParallel(index, { k: 3, minScore: 0 }, { threads: 2, minDocumentsPerThread: 1, workers })).rejects.toThrow(
      "@skills-network/text: this text worker was ended. Start another, or call buildIndex or index.neighbourTable to run in this thread.",
    );
    expect(() => new TextWorkers(-1)).toThrow("@skills-network/text: option count must be a whole number >= 0, got -1.");
  });
});

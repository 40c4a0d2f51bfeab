import { describe, expect, it } from "vitest";
import { buildIndex, buildTfIdfIndex, linkTableOf } from "../index.js";
import type { LinkTable, SimilarityIndex, TextDocument } from "../types.js";
import { neighboursParallel, neighbourTableParallel, parallelDefaults } from "./index.js";
import { TextWorkers } from "./text-workers.js";
import { balancedRanges } from "./ranges.js";
import { prepareTiers } from "../all-pairs.js";

const WORDS = ["farming", "cooperative", "harvest", "coding", "bootcamp", "software", "welding", "plumbing", "hotel", "tourism", "refugee", "language", "skills", "youth", "women", "digital"];

function corpus(size: number): TextDocument[] {
  let seed = 17;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  return Array.from({ length: size }, (_, i) => {
    const theme = Math.floor(next() * 4) * 3;
    const words = Array.from({ length: 8 + Math.floor(next() * 20) }, () => WORDS[next() < 0.7 ? theme + Math.floor(next() * 3) : Math.floor(next() * WORDS.length)]);
    return { id: `p${String((i * 37) % size).padStart(4, "0")}-${i}`, language: "en", text: words.join(next() < 0.5 ? " " : ", ") };
  });
}

describe("neighboursParallel", () => {
  const index = buildTfIdfIndex(corpus(400));

  it("gives exactly the links of index.neighbours, on two and three threads", async () => {
    for (const [k, minScore] of [[5, 0.1], [3, 0], [8, 0.4]] as const) {
      const expected = index.neighbours({ k, minScore });
      expect(expected.length).toBeGreaterThan(0);
      for (const threads of [2, 3]) expect(await neighboursParallel(index, { k, minScore }, { threads, minDocumentsPerThread: 1 })).toEqual(expected);
    }
  });

  it("gives the same table with workers given that are none: this thread does it all", async () => {
    const none = new TextWorkers(0);
    let meanwhile = 0;
    const table = await neighbourTableParallel(index, { k: 5, minScore: 0.1 }, { threads: 2, minDocumentsPerThread: 1, workers: none, meanwhile: () => meanwhile++ });
    expect(table).toEqual(index.neighbourTable({ k: 5, minScore: 0.1 }));
    expect(meanwhile).toBe(1);
  });

  it("gives the table of index.neighbourTable, doing this thread's other work while the workers score", async () => {
    const expected = index.neighbourTable({ k: 5, minScore: 0.1 });
    expect(expected.source.length).toBeGreaterThan(400);
    for (const threads of [1, 2, 3]) {
      const done: string[] = [];
      let handed: LinkTable | null = null;
      const table = await neighbourTableParallel(index, { k: 5, minScore: 0.1 }, {
        threads,
        minDocumentsPerThread: 1,
        meanwhile: () => done.push("meanwhile"),
        // What another thread could do with the lists: score the pairs, no terms needed.
        onLists: (lists) => {
          done.push("lists");
          const { docs, rank } = index.searchArrays;
          handed = linkTableOf({ ids: index.ids, docs, rank, vocabularySize: index.vocabularySize, explainTerms: 0, label: () => "" }, lists, 0.1);
        },
      });
      expect(table).toEqual(expected);
      expect(done).toEqual(["meanwhile", "lists"]);
      expect([handed!.source, handed!.target, handed!.score]).toEqual([expected.source, expected.target, expected.score]);
    }
  });

  it("explains the links from the vectors: the inverted index may go as soon as the lists are found", async () => {
    const fresh = buildTfIdfIndex(corpus(400));
    const expected = fresh.neighbourTable({ k: 5, minScore: 0.1 });
    for (const threads of [1, 2]) {
      const table = await neighbourTableParallel(fresh, { k: 5, minScore: 0.1 }, { threads, minDocumentsPerThread: 1, onLists: () => fresh.dropPostings() });
      expect(table).toEqual(expected);
      // Not rebuilt to make the table (its memory is what dropping saves).
      expect((fresh as unknown as { postingsDropped: boolean }).postingsDropped).toBe(true);
    }
  });

  it("stays in this thread when threads would not pay, and checks its options", async () => {
    const expected = index.neighbours({ k: 4, minScore: 0.1 });
    expect(await neighboursParallel(index, { k: 4, minScore: 0.1 }, { threads: 1 })).toEqual(expected);
    expect(await neighboursParallel(index, { k: 4, minScore: 0.1 })).toEqual(expected);
    expect(parallelDefaults.threads).toBeGreaterThanOrEqual(1);
    // Another implementation of SimilarityIndex answers with its own neighbours.
    const base = buildIndex(corpus(30));
    let calls = 0;
    const wrapped: SimilarityIndex = {
      ids: base.ids,
      options: base.options,
      vocabularySize: base.vocabularySize,
      has: (id) => base.has(id),
      vector: (id) => base.vector(id),
      termLabel: (termId) => base.termLabel(termId),
      neighbours: (options) => (calls++, base.neighbours(options)),
      neighbourTable: (options) => base.neighbourTable(options),
      dropPostings: () => base.dropPostings(),
      similarTo: (id, options) => base.similarTo(id, options),
      query: (text, options) => base.query(text, options),
      keywords: (id, n) => base.keywords(id, n),
      allKeywords: (n) => base.allKeywords(n),
      distinctiveTerms: (groups, n) => base.distinctiveTerms(groups, n),
    };
    expect(await neighboursParallel(wrapped, { k: 2, minScore: 0 }, { threads: 2, minDocumentsPerThread: 1 })).toEqual(base.neighbours({ k: 2, minScore: 0 }));
    expect(calls).toBe(1);
    await expect(neighboursParallel(index, { k: -1, minScore: 0 })).rejects.toThrow("@skills-network/text: option k must be a whole number >= 0");
    await expect(neighboursParallel(index, { k: 1, minScore: 0 }, { threads: 0.5 })).rejects.toThrow("option threads must be a whole number");
  });

  it("splits the documents into consecutive ranges covering them all", () => {
    const arrays = index.searchArrays;
    const tiers = prepareTiers(arrays, 0.1);
    for (const parts of [1, 2, 3, 7]) {
      const ranges = balancedRanges(arrays, tiers, parts);
      expect(ranges[0][0]).toBe(0);
      expect(ranges[ranges.length - 1][1]).toBe(400);
      for (let i = 1; i < ranges.length; i++) expect(ranges[i][0]).toBe(ranges[i - 1][1]);
      expect(ranges.length).toBeLessThanOrEqual(parts);
    }
    // The first documents are paired with more documents after them: their range is shorter.
    const [first, second] = balancedRanges(arrays, tiers, 2);
    expect(first[1] - first[0]).toBeLessThan(second[1] - second[0]);
  });
});

import { describe, expect, it } from "vitest";
import { contents, corpus } from "../../test/corpus.js";
import { checkIds, indexFromScan } from "../build-index.js";
import { CorpusScanner } from "../corpus-scanner.js";
import { buildTfIdfIndex } from "../index.js";
import { resolveIndexOptions } from "../options.js";
import type { TfIdfIndex } from "../similarity-index.js";
import type { IndexOptions, TextDocument } from "../types.js";
import { claim, createClaims, planChunks } from "./chunks.js";
import { buildIndexParallel, buildParallelDefaults } from "./index.js";
import type { ScanResult } from "./messages.js";
import { mergeReads, readFromBack, readFromFront } from "./read-chunks.js";

describe("buildIndexParallel", () => {
  it("builds exactly the index buildIndex builds, on two and three threads, with any options", async () => {
    const docs = corpus(120, 5);
    for (const options of [{}, { phrases: false }, { keywordBoost: 0.5, minDocumentFrequency: 3 }] as Partial<IndexOptions>[]) {
      const expected = contents(buildTfIdfIndex(docs, options));
      expect(expected.terms.length).toBeGreaterThan(20);
      for (const threads of [2, 3]) expect(contents(await buildIndexParallel(docs, options, { threads, minDocumentsPerThread: 1 }))).toEqual(expected);
    }
  });

  it("stays in this thread when threads would not pay, and checks its input", async () => {
    const docs = corpus(30, 9);
    expect(contents(await buildIndexParallel(docs))).toEqual(contents(buildTfIdfIndex(docs)));
    expect(buildParallelDefaults.threads).toBeGreaterThanOrEqual(1);
    await expect(buildIndexParallel([...docs, docs[0]], {}, { threads: 2, minDocumentsPerThread: 1 })).rejects.toThrow('@skills-network/text: duplicate document id "d0"');
    await expect(buildIndexParallel(docs, { keywordBoost: -1 })).rejects.toThrow("option keywordBoost must be a number >= 0");
    await expect(buildIndexParallel(docs, {}, { threads: 1.5 })).rejects.toThrow("option threads must be a whole number");
  });
});

describe("reading chunks from both ends", () => {
  const docs = corpus(150, 21);
  const options = resolveIndexOptions({});
  const plan = planChunks(docs, 20);
  const chunkCount = plan.chunkStart.length - 1;

  /** Claims with the given chunks already taken by another thread. */
  const takenBefore = (taken: (chunk: number) => boolean) => {
    const claims = createClaims(chunkCount);
    for (let chunk = 0; chunk < chunkCount; chunk++) if (taken(chunk)) claim(claims, chunk);
    return claims;
  };

  /** A worker that may read from `firstChunk` on, having met the others at `stop` (it reads stop .. end - 1). */
  const worker = (firstChunk: number, stop: number, end: number): ScanResult =>
    readFromBack({
      docs: Array.from(plan.order.subarray(plan.chunkStart[firstChunk]), (i) => docs[i]),
      chunkStart: plan.chunkStart,
      firstChunk,
      claims: (() => {
        const claims = takenBefore((chunk) => chunk < stop || chunk >= end);
        claims.back[0] = end;
        return claims;
      })(),
      phrases: options.phrases,
      keywordBoost: options.keywordBoost,
    });

  it("groups documents by language, most text first, in chunks of about equal text", () => {
    expect(chunkCount).toBeGreaterThan(10);
    expect([...plan.order].sort((a, b) => a - b)).toEqual(docs.map((_, i) => i));
    expect(Array.from(plan.chunkStart)).toEqual([...plan.chunkStart].sort((a, b) => a - b));
    const languages = Array.from(plan.order, (i) => docs[i].language ?? "none");
    // Each language in one run.
    expect(new Set(languages).size).toBe(languages.filter((language, i) => language !== languages[i - 1]).length);
  });

  it("gives the index of one thread reading everything, wherever the threads met", () => {
    const expected = contents(buildTfIdfIndex(docs));
    for (const [meet, split] of [[0, 0], [1, 1], [7, 13], [chunkCount, chunkCount]]) {
      // The calling thread read chunks 0 .. meet - 1; one worker split .. end, another meet .. split - 1.
      const results = [worker(meet, split, chunkCount), worker(Math.min(meet, 3), meet, split)].filter((result) => result.positions.length > 0);
      const scanner = new CorpusScanner(options.phrases);
      const own = readFromFront(docs, plan, takenBefore((chunk) => chunk >= meet), scanner, options.keywordBoost);
      expect(own.length + results.reduce((sum, result) => sum + result.positions.length, 0)).toBe(docs.length);
      mergeReads(scanner, own, results, plan);
      expect(contents(indexFromScan(docs, options, checkIds(docs), scanner))).toEqual(expected);
    }
  });
});

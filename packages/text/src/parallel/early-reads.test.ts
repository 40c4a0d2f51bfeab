import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { contents, corpus } from "../../test/corpus.js";
import { buildTfIdfIndex } from "../index.js";
import type { IndexOptions, TextDocument } from "../types.js";
import { buildIndexParallel, EarlyReads, TextWorkers } from "./index.js";

/** Waits until the worker has started `documents` documents (it loads its code first). */
async function until(early: EarlyReads, documents: number): Promise<void> {
  for (let waited = 0; early.taken < documents && waited < 20_000; waited += 10) await sleep(10);
}

/** Builds `docs` with `early` on `workers`, two threads, and ends the workers. */
async function build(docs: TextDocument[], workers: TextWorkers, early: EarlyReads, options: Partial<IndexOptions> = {}) {
  try {
    return await buildIndexParallel(docs, options, { threads: 2, minDocumentsPerThread: 1, workers, early });
  } finally {
    workers.end();
  }
}

describe("EarlyReads", () => {
  const docs = corpus(300, 9);
  const expected = contents(buildTfIdfIndex(docs));

  it("lets the worker read the first documents while the caller is still making them: the same index", async () => {
    const workers = new TextWorkers(1);
    const early = new EarlyReads(workers, {}, { batchSize: 20, ahead: 100 });
    for (const doc of docs.slice(0, 120)) early.add(doc);
    await until(early, 120);
    expect(early.taken).toBe(120);
    expect(contents(await build(docs, workers, early))).toEqual(expected);
    expect(early.close().documents).toBe(120);
  });

  it("gives the same index when the worker read every document early, or none", async () => {
    const workers = new TextWorkers(1);
    const all = new EarlyReads(workers, {}, { batchSize: 30, ahead: 100 });
    for (const doc of docs) all.add(doc);
    await until(all, docs.length);
    expect(contents(await build(docs, workers, all))).toEqual(expected);
    expect(all.close().documents).toBe(docs.length);

    const fresh = new TextWorkers(1);
    // Closed before the worker has loaded: it takes no batch, the caller reads them all.
    const none = new EarlyReads(fresh, {}, { batchSize: 30, ahead: 100 });
    for (const doc of docs) none.add(doc);
    expect(none.close().documents).toBe(0);
    expect(contents(await build(docs, fresh, none))).toEqual(expected);
  });

  it("sends a batch only when the worker is close to it, and never documents out of order", async () => {
    const workers = new TextWorkers(1);
    const early = new EarlyReads(workers, {}, { batchSize: 10, ahead: 2 });
    // The worker is still loading: two batches go, the rest waits here.
    for (const doc of docs) early.add(doc);
    await until(early, 20);
    const { documents, ids } = early.close();
    // Only what was sent (two batches, then at most a batch per add once the worker took one).
    expect(documents % 10).toBe(0);
    expect(documents).toBeGreaterThanOrEqual(20);
    expect(ids).toEqual(docs.slice(0, documents).map((doc) => doc.id));
    expect(contents(await build(docs, workers, early))).toEqual(expected);
  });

  it("is built with the build's options, the same as without it", async () => {
    const options = { phrases: false, keywordBoost: 0.5 };
    const workers = new TextWorkers(1);
    const early = new EarlyReads(workers, options, { batchSize: 25, ahead: 100 });
    for (const doc of docs.slice(0, 100)) early.add(doc);
    await until(early, 100);
    expect(contents(await build(docs, workers, early, options))).toEqual(contents(buildTfIdfIndex(docs, options)));
  });

  it("says what to do when the build is given other documents, options or workers", async () => {
    const workers = new TextWorkers(1);
    try {
      const early = new EarlyReads(workers, {}, { batchSize: 10, ahead: 100 });
      for (const doc of docs.slice(0, 30)) early.add(doc);
      await until(early, 30);
      const reordered = [docs[1], docs[0], ...docs.slice(2)];
      await expect(buildIndexParallel(reordered, {}, { threads: 2, minDocumentsPerThread: 1, workers, early })).rejects.toThrow(
        '@skills-network/text: document 0 is "d1", but EarlyReads was given "d0" there. Give buildIndexParallel the documents EarlyReads was given first, in order.',
      );
      await expect(buildIndexParallel(docs, { phrases: false }, { threads: 2, workers, early })).rejects.toThrow(
        "EarlyReads read with other options (phrases, keywordBoost) than the build's. Make it with the build's options.",
      );
      await expect(buildIndexParallel(docs, {}, { threads: 2, early })).rejects.toThrow(
        "EarlyReads read on a worker the build was not given. Give buildIndexParallel the TextWorkers the EarlyReads was made with.",
      );
      expect(() => early.add(docs[40])).toThrow("documents were added to EarlyReads after it was closed");
    } finally {
      workers.end();
    }
    expect(() => new EarlyReads(new TextWorkers(0))).toThrow("EarlyReads needs a text worker");
  });
});

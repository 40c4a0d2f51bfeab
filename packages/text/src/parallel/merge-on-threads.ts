import { type CorpusScanner } from "../corpus-scanner.js";
import { shareable } from "../shareable.js";
import type { JobRunner } from "./by-range.js";
import type { ChunkPlan } from "./chunks.js";
import type { ScanResult } from "./messages.js";

/**
 * `mergeReads` with each thread laying out the documents it read: this one
 * its own, each runner (the worker that read `results[r]`, which kept their
 * sequence) its own, renumbered, in one sequence in shared memory, in the
 * documents' order. Nothing is copied twice, and no thread copies it all.
 */
export async function mergeOnThreads(scanner: CorpusScanner, ownPositions: readonly number[], results: readonly ScanResult[], plan: ChunkPlan, runners: readonly JobRunner[]): Promise<void> {
  const firstItems = results.map(({ part }) => scanner.appendItems(part));
  const documents = plan.order.length;
  // Where each document goes: after the ones before it in the documents' order.
  const length = new Int32Array(documents);
  const ownStart = scanner.documentStart.array;
  ownPositions.forEach((position, k) => (length[plan.order[position]] = ownStart[k + 1] - ownStart[k]));
  for (const { part, positions } of results) positions.forEach((position, k) => (length[plan.order[position]] = part.documentStart[k + 1] - part.documentStart[k]));
  const documentStart = new Int32Array(documents + 1);
  for (let doc = 0; doc < documents; doc++) documentStart[doc + 1] = documentStart[doc] + length[doc];
  const sequence = shareable(Int32Array, documentStart[documents]);

  runners.forEach((runner, r) =>
    runner.send({ kind: "place-sequence", sequence, places: results[r].positions.map((position) => documentStart[plan.order[position]]), firstItem: firstItems[r] }),
  );
  const own = scanner.sequence.array;
  ownPositions.forEach((position, k) => sequence.set(own.subarray(ownStart[k], ownStart[k + 1]), documentStart[plan.order[position]]));
  await Promise.all(runners.map((runner) => runner.next()));
  scanner.assignDocuments(documentStart, sequence, results.reduce((sum, { part }) => sum + part.phraseCount, scanner.phraseCount));
}

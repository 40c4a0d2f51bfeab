import { CorpusScanner } from "../corpus-scanner.js";
import { Int32List } from "../growable.js";
import type { TextDocument } from "../types.js";
import { claim, claimFromBack, type ChunkClaims, type ChunkPlan } from "./chunks.js";
import type { ScanJob, ScanResult } from "./messages.js";

/**
 * What the calling thread of `buildIndexParallel` does: takes chunks from the
 * front until one is taken, reading them into `scanner`; returns the
 * positions (in the taking order) of the documents read, in reading order.
 */
export function readFromFront(docs: readonly TextDocument[], plan: ChunkPlan, claims: ChunkClaims, scanner: CorpusScanner, keywordBoost: number): number[] {
  const positions: number[] = [];
  for (let chunk = 0; chunk + 1 < plan.chunkStart.length && claim(claims, chunk); chunk++) {
    for (let position = plan.chunkStart[chunk]; position < plan.chunkStart[chunk + 1]; position++) {
      const doc = docs[plan.order[position]];
      scanner.addDocument(doc.text, doc.language, doc.keywords ?? [], keywordBoost);
      positions.push(position);
    }
  }
  return positions;
}

/**
 * What a worker does: takes chunks from the back (down to `job.firstChunk`)
 * until one is taken, and reads them; `documentAt(i)` is the i-th document
 * it may read (by default from `job.docs`). With `early`, it goes on with a
 * scanner that has read documents already, at positions `at` and after.
 */
export function readFromBack(
  job: ScanJob,
  documentAt: (i: number) => ScanJob["docs"][number] = (i) => job.docs[i],
  early: { scanner: CorpusScanner; at: number } | null = null,
): ScanResult {
  const scanner = early?.scanner ?? new CorpusScanner(job.phrases);
  const positions = new Int32List();
  for (let k = 0; k < scanner.documents; k++) positions.push((early?.at ?? 0) + k);
  const base = job.chunkStart[job.firstChunk];
  for (let chunk = claimFromBack(job.claims, job.firstChunk); chunk >= 0; chunk = claimFromBack(job.claims, job.firstChunk)) {
    for (let position = job.chunkStart[chunk]; position < job.chunkStart[chunk + 1]; position++) {
      const doc = documentAt(position - base);
      scanner.addDocument(doc.text, doc.language, doc.keywords ?? [], job.keywordBoost);
      positions.push(position);
    }
  }
  return { part: scanner.toPart(), positions: positions.toArray() };
}

/**
 * Appends what the workers read to what `scanner` read (`ownPositions`), and
 * puts all the documents back in their order.
 */
export function mergeReads(scanner: CorpusScanner, ownPositions: readonly number[], results: readonly ScanResult[], plan: ChunkPlan): void {
  const readOrder = [...ownPositions];
  for (const { part, positions } of results) {
    scanner.append(part);
    for (const position of positions) readOrder.push(position);
  }
  // The k-th document is the one read rankOf[k]-th.
  const rankOf = new Int32Array(plan.order.length);
  readOrder.forEach((position, rank) => (rankOf[plan.order[position]] = rank));
  scanner.reorder(rankOf);
}

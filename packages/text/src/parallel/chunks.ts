import { normalizeLanguage } from "../languages.js";
import type { TextDocument } from "../types.js";

/**
 * The documents in the order threads take them, cut into chunks: the
 * documents of one language together, the languages with the most text
 * first. The calling thread takes chunks from the front, workers from the
 * back, until they meet: on a corpus in several languages each thread
 * stems the words of its own languages (stemming each distinct word once
 * is most of the cost of reading a corpus of a few thousand documents), and
 * whoever reads faster reads more.
 */
export interface ChunkPlan {
  /** Document indices in taking order. */
  order: Int32Array;
  /** Chunk c is order[chunkStart[c]] .. order[chunkStart[c + 1] - 1]. */
  chunkStart: Int32Array;
}

/**
 * With `early` documents read already (the first ones, by a worker: see
 * `EarlyReads`), the others are planned as above and the early ones follow
 * them, in order, as one more chunk (see `createClaims`).
 */
export function planChunks(docs: readonly TextDocument[], chunkCount: number, early = 0): ChunkPlan {
  const byLanguage = new Map<string | null, { docs: number[]; chars: number }>();
  docs.forEach((doc, i) => {
    if (i < early) return;
    const language = normalizeLanguage(doc.language);
    let group = byLanguage.get(language);
    if (group === undefined) byLanguage.set(language, (group = { docs: [], chars: 0 }));
    group.docs.push(i);
    group.chars += textLength(doc);
  });
  const groups = [...byLanguage.values()].sort((a, b) => b.chars - a.chars || a.docs[0] - b.docs[0]);
  const rest = groups.flatMap((group) => group.docs);
  const order = new Int32Array(docs.length);
  order.set(rest);
  for (let i = 0; i < early; i++) order[rest.length + i] = i;
  const total = groups.reduce((sum, group) => sum + group.chars, 0);
  const starts = [0];
  let chars = 0;
  for (let at = 0; at < rest.length; at++) {
    chars += textLength(docs[order[at]]);
    // A chunk ends where its share of the text does.
    if (at + 1 < rest.length && chars >= (total * starts.length) / chunkCount) starts.push(at + 1);
  }
  if (early > 0 && rest.length > 0) starts.push(rest.length);
  starts.push(order.length);
  return { order, chunkStart: Int32Array.from(starts) };
}

export function textLength(doc: Pick<TextDocument, "text" | "keywords">): number {
  return doc.text.length + (doc.keywords ?? []).reduce((sum, keyword) => sum + keyword.length, 0);
}

/**
 * Who reads which chunk, in shared memory: claimed[c] is 1 once a thread has
 * taken chunk c, and `back` is the next chunk a worker takes (counting down).
 */
export interface ChunkClaims {
  claimed: Int32Array;
  back: Int32Array;
}

/** Claims of `chunkCount` chunks, the last `taken` of them taken already (the documents read early). */
export function createClaims(chunkCount: number, taken = 0): ChunkClaims {
  const back = new Int32Array(new SharedArrayBuffer(4));
  back[0] = chunkCount - taken;
  const claimed = new Int32Array(new SharedArrayBuffer(4 * chunkCount));
  claimed.fill(1, chunkCount - taken);
  return { claimed, back };
}

/** Takes chunk c if no thread has: true when this thread is to read it. */
export function claim(claims: ChunkClaims, chunk: number): boolean {
  return Atomics.compareExchange(claims.claimed, chunk, 0, 1) === 0;
}

/** The next chunk for a worker, counting down from the back (-1 when none is left at or after `first`). */
export function claimFromBack(claims: ChunkClaims, first: number): number {
  const chunk = Atomics.sub(claims.back, 0, 1) - 1;
  return chunk >= first && claim(claims, chunk) ? chunk : -1;
}

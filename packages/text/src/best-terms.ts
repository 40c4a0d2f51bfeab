import { compareStrings } from "./fold.js";
import type { RankedTerm } from "./pick-terms.js";

/**
 * The `limit` best of some weighted terms, best first: larger weight first,
 * equal weights by label. A bounded heap keeps the `limit` best seen, so a
 * document's or a group's thousands of terms are never sorted in full, and
 * labels are only compared to break a tie.
 */
export function bestTerms(terms: ArrayLike<number>, weights: ArrayLike<number>, limit: number, label: (termId: number) => string): RankedTerm[] {
  const better = (a: number, b: number) => weights[a] > weights[b] || (weights[a] === weights[b] && compareStrings(label(terms[a]), label(terms[b])) < 0);
  const count = Math.min(limit, terms.length);
  // Min-heap of positions: the worst kept on top.
  const heap: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (heap.length < count) {
      heap.push(i);
      siftUp(heap, heap.length - 1, better);
    } else if (count > 0 && better(i, heap[0])) {
      heap[0] = i;
      siftDown(heap, 0, better);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)).map((i) => ({ termId: terms[i], weight: weights[i] }));
}

/**
 * `pick(ranked)` over the best `n`-ish terms, and over all of them only when
 * those run out before `pick` is done (it skips some terms, so it may need
 * more than `n`). The same result as picking from the full ranking.
 */
export function pickFromBest<T>(
  available: number,
  n: number,
  best: (limit: number) => RankedTerm[],
  pick: (ranked: readonly RankedTerm[]) => T[],
): T[] {
  const limit = 4 * n + 8;
  const picked = pick(best(limit));
  return picked.length >= n || available <= limit ? picked : pick(best(available));
}

function siftUp(heap: number[], at: number, better: (a: number, b: number) => boolean): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!better(heap[parent], heap[at])) return;
    [heap[parent], heap[at]] = [heap[at], heap[parent]];
    at = parent;
  }
}

function siftDown(heap: number[], at: number, better: (a: number, b: number) => boolean): void {
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let worst = at;
    if (left < heap.length && better(heap[worst], heap[left])) worst = left;
    if (right < heap.length && better(heap[worst], heap[right])) worst = right;
    if (worst === at) return;
    [heap[worst], heap[at]] = [heap[at], heap[worst]];
    at = worst;
  }
}

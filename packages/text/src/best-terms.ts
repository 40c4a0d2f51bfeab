import { compareStrings } from "./fold.js";
import type { RankedTerm } from "./pick-terms.js";

/**
 * The `limit` best of some weighted terms, best first: larger weight first,
 * equal weights by label, then by term id (as a stable sort of terms in id
 * order would). The limit-th largest weight is found first with a small heap
 * of numbers; only the terms at least that heavy are then sorted, so a
 * document's or a group's thousands of terms are never sorted in full and
 * labels are compared only between equal weights.
 */
export function bestTerms(terms: ArrayLike<number>, weights: ArrayLike<number>, limit: number, label: (termId: number) => string): RankedTerm[] {
  const count = Math.min(limit, terms.length);
  if (count <= 0) return [];
  const least = count === terms.length ? -Infinity : kthLargest(weights, count);
  const candidates: number[] = [];
  for (let i = 0; i < terms.length; i++) if (weights[i] >= least) candidates.push(i);
  candidates.sort((a, b) => weights[b] - weights[a] || compareStrings(label(terms[a]), label(terms[b])) || terms[a] - terms[b]);
  return candidates.slice(0, count).map((i) => ({ termId: terms[i], weight: weights[i] }));
}

/** The k-th largest of the values (1 <= k <= length): a min-heap of the k largest seen. */
function kthLargest(values: ArrayLike<number>, k: number): number {
  const heap = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let at = i;
    heap[at] = values[i];
    while (at > 0 && heap[(at - 1) >> 1] > heap[at]) {
      const parent = (at - 1) >> 1;
      [heap[parent], heap[at]] = [heap[at], heap[parent]];
      at = parent;
    }
  }
  for (let i = k; i < values.length; i++) {
    if (values[i] <= heap[0]) continue;
    heap[0] = values[i];
    for (let at = 0; ; ) {
      const left = 2 * at + 1;
      const right = left + 1;
      let least = at;
      if (left < k && heap[left] < heap[least]) least = left;
      if (right < k && heap[right] < heap[least]) least = right;
      if (least === at) break;
      [heap[least], heap[at]] = [heap[at], heap[least]];
      at = least;
    }
  }
  return heap[0];
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

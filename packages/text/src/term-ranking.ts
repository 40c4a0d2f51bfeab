import { compareStrings } from "./fold.js";

/** Weighted terms best first, one at a time: what `pickTerms` reads. */
export interface RankedTerms {
  /** Moves to the next term; false when there is none left. */
  next(): boolean;
  /** The current term (valid after `next()` returned true). */
  readonly termId: number;
  readonly weight: number;
}

/**
 * The terms of a vector (or of any terms with weights) best first: larger
 * weight first, equal weights by label, then by term id. Picking keywords
 * reads a dozen of a document's hundreds of terms, so nothing is sorted in
 * full: about the `expected` heaviest terms are found by counting the weights
 * in buckets (see `heaviestBucket`), go into a binary max-heap (by weight,
 * then id) and are popped as they are read; the lighter ones join the heap
 * only if the reader gets past all of those. Labels are only compared within a
 * run of equal weights, which is popped whole (in id order) and sorted by
 * label, stably.
 *
 * One ranking serves many vectors in turn (`reset`); its arrays are reused.
 */
export class TermRanking implements RankedTerms {
  termId = -1;
  weight = 0;
  private terms: ArrayLike<number> = [];
  private weights: ArrayLike<number> = [];
  private from = 0;
  private to = 0;
  /** Terms in buckets below this one are not in the heap yet (0: all are in). */
  private firstBucket = 0;
  // Positions in `terms`: a max-heap of the ones not read yet, then the run of equal weights being read.
  private heap: Int32Array<ArrayBuffer> = new Int32Array(256);
  private size = 0;
  private run: Int32Array<ArrayBuffer> = new Int32Array(16);
  private runLength = 0;
  private runAt = 0;
  // The weights as float32 and their bits (the bucket of each), and the number of weights in each bucket.
  private rounded = new Float32Array(256);
  private bits = new Uint32Array(this.rounded.buffer);
  private readonly bucketCounts = new Int32Array(BUCKETS);

  constructor(private readonly label: (termId: number) => string) {}

  /**
   * Starts ranking terms[from..to) with their weights (aligned, each term once,
   * none negative); the arrays are read, not copied. `expected`: about how many
   * will be read.
   */
  reset(terms: ArrayLike<number>, weights: ArrayLike<number>, expected: number, from = 0, to = terms.length): this {
    this.terms = terms;
    this.weights = weights;
    this.from = from;
    this.to = to;
    this.size = 0;
    this.runLength = 0;
    this.runAt = 0;
    this.termId = -1;
    this.weight = 0;
    if (this.heap.length < to - from) this.heap = new Int32Array(Math.max(to - from, 2 * this.heap.length));
    if (expected < to - from) {
      this.firstBucket = this.heaviestBucket(Math.max(1, expected));
      this.fillHeaviest();
    } else {
      this.firstBucket = 0;
      this.fill(0, BUCKETS);
    }
    return this;
  }

  next(): boolean {
    if (this.runAt === this.runLength && !this.nextRun()) return false;
    const at = this.run[this.runAt++];
    this.termId = this.terms[at];
    this.weight = this.weights[at];
    return true;
  }

  /** Pops every term of the next weight (in id order) and sorts them by label. */
  private nextRun(): boolean {
    if (this.size === 0 && this.firstBucket > 0) {
      // Every term of the heaviest buckets has been read: the lighter ones come next.
      const below = this.firstBucket;
      this.firstBucket = 0;
      this.fill(0, below);
    }
    if (this.size === 0) return false;
    const { weights } = this;
    const weight = weights[this.heap[0]];
    this.runLength = 0;
    this.runAt = 0;
    do {
      if (this.runLength === this.run.length) this.run = grown(this.run);
      this.run[this.runLength++] = this.pop();
    } while (this.size > 0 && weights[this.heap[0]] === weight);
    if (this.runLength > 1) this.sortRunByLabel();
    return true;
  }

  /**
   * The lowest bucket such that the buckets from it up hold at least k terms
   * (1 <= k < the range's length). A weight's bucket is the top bits of its
   * float32 form (exponent and 3 bits of mantissa: 8 buckets per power of
   * two). Counting them takes no comparison, where a heap of the k largest
   * would mispredict a branch at nearly every step. Equal weights share a
   * bucket and a heavier weight never has a lower one, so the terms of the
   * buckets from it up are all the terms at least as heavy as some weight:
   * the heaviest, ties included.
   */
  private heaviestBucket(k: number): number {
    const { weights, from, to, bucketCounts } = this;
    const count = to - from;
    if (this.rounded.length < count) {
      this.rounded = new Float32Array(Math.max(count, 2 * this.rounded.length));
      this.bits = new Uint32Array(this.rounded.buffer);
    }
    const { rounded, bits } = this;
    let top = 0;
    for (let i = 0; i < count; i++) {
      rounded[i] = weights[from + i];
      const bucket = bucketOf(rounded[i], bits[i]);
      bucketCounts[bucket]++;
      top = Math.max(top, bucket);
    }
    let bucket = top;
    for (let seen = bucketCounts[top]; seen < k; seen += bucketCounts[bucket]) bucket--;
    return bucket;
  }

  /** Puts the terms of the buckets from `firstBucket` up into the (empty) heap, and empties the bucket counts. */
  private fillHeaviest(): void {
    const { from, to, heap, rounded, bits, bucketCounts, firstBucket } = this;
    let size = 0;
    for (let at = from; at < to; at++) {
      const bucket = bucketOf(rounded[at - from], bits[at - from]);
      bucketCounts[bucket] = 0;
      if (bucket >= firstBucket) heap[size++] = at;
    }
    this.heapify(size);
  }

  /** Puts the terms of the buckets lowest .. highest - 1 into the (empty) heap. */
  private fill(lowest: number, highest: number): void {
    const { from, to, heap } = this;
    let size = 0;
    if (lowest === 0 && highest === BUCKETS) {
      for (let at = from; at < to; at++) heap[size++] = at;
    } else {
      const { rounded, bits } = this;
      for (let at = from; at < to; at++) {
        const bucket = bucketOf(rounded[at - from], bits[at - from]);
        if (bucket >= lowest && bucket < highest) heap[size++] = at;
      }
    }
    this.heapify(size);
  }

  private heapify(size: number): void {
    this.size = size;
    for (let i = (size >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  private sortRunByLabel(): void {
    const { run, runLength, terms, label } = this;
    const labels: string[] = [];
    for (let i = 0; i < runLength; i++) labels.push(label(terms[run[i]]));
    // Stable: equal labels stay in id order.
    const order = labels.map((_, i) => i).sort((a, b) => compareStrings(labels[a], labels[b]));
    const positions = Array.from(run.subarray(0, runLength));
    for (let i = 0; i < runLength; i++) run[i] = positions[order[i]];
  }

  private pop(): number {
    const { heap } = this;
    const top = heap[0];
    this.size--;
    if (this.size > 0) {
      heap[0] = heap[this.size];
      this.siftDown(0);
    }
    return top;
  }

  /** Larger weight first, equal weights by smaller term id. */
  private before(a: number, b: number): boolean {
    const wa = this.weights[a];
    const wb = this.weights[b];
    return wa > wb || (wa === wb && this.terms[a] < this.terms[b]);
  }

  private siftDown(from: number): void {
    const { heap, size } = this;
    const moving = heap[from];
    let at = from;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && this.before(heap[child + 1], heap[child])) child++;
      if (!this.before(heap[child], moving)) break;
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = moving;
  }
}

/** Buckets of the non-negative float32 numbers: their bits >>> 20 (a sign bit of 0, 11 bits). */
const BUCKETS = 1 << 11;

/** Bucket of a weight from its float32 form and that form's bits; 0 for zero (or anything not above it). */
function bucketOf(rounded: number, bits: number): number {
  return rounded > 0 ? bits >>> 20 : 0;
}

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(2 * array.length);
  copy.set(array);
  return copy;
}

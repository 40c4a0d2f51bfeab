/**
 * Every document's own top-k list, in flat typed arrays (a binary min-heap of
 * capacity k per document, the worst kept on top): what `allPairsTopK` fills
 * and what two workers' results merge into.
 */
export class NeighbourLists {
  readonly docs: Uint32Array;
  readonly scores: Float64Array;
  readonly sizes: Uint32Array;

  /** Empty lists, or lists filled elsewhere (e.g. sent back by a worker thread). */
  constructor(
    readonly k: number,
    private readonly rank: Uint32Array,
    filled?: { docs: Uint32Array; scores: Float64Array; sizes: Uint32Array },
  ) {
    const n = rank.length;
    this.docs = filled?.docs ?? new Uint32Array(n * k);
    this.scores = filled?.scores ?? new Float64Array(n * k);
    this.sizes = filled?.sizes ?? new Uint32Array(n);
  }

  /** Offers `doc` with `score` to the list of `owner`: kept if among the k best (ties: lower rank). */
  offer(owner: number, doc: number, score: number): void {
    const k = this.k;
    if (k === 0) return;
    const base = owner * k;
    const size = this.sizes[owner];
    if (size < k) {
      this.docs[base + size] = doc;
      this.scores[base + size] = score;
      this.sizes[owner] = size + 1;
      this.siftUp(base, size);
    } else if (this.worse(this.docs[base], this.scores[base], doc, score)) {
      this.docs[base] = doc;
      this.scores[base] = score;
      this.siftDown(base, k);
    }
  }

  /** Adds every entry of `other` (same documents and k), e.g. the result of another range. */
  merge(other: NeighbourLists): void {
    for (let owner = 0; owner < other.sizes.length; owner++) {
      const base = owner * other.k;
      for (let i = 0; i < other.sizes[owner]; i++) this.offer(owner, other.docs[base + i], other.scores[base + i]);
    }
  }

  /** The list of `owner`, best first. */
  sorted(owner: number): { doc: number; score: number }[] {
    const base = owner * this.k;
    const entries = Array.from({ length: this.sizes[owner] }, (_, i) => ({ doc: this.docs[base + i], score: this.scores[base + i] }));
    return entries.sort((a, b) => b.score - a.score || this.rank[a.doc] - this.rank[b.doc]);
  }

  private worse(docA: number, scoreA: number, docB: number, scoreB: number): boolean {
    return scoreA < scoreB || (scoreA === scoreB && this.rank[docA] > this.rank[docB]);
  }

  private siftUp(base: number, i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(this.docs[base + i], this.scores[base + i], this.docs[base + parent], this.scores[base + parent])) return;
      this.swap(base + i, base + parent);
      i = parent;
    }
  }

  private siftDown(base: number, size: number): void {
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < size && this.worse(this.docs[base + left], this.scores[base + left], this.docs[base + worst], this.scores[base + worst])) worst = left;
      if (right < size && this.worse(this.docs[base + right], this.scores[base + right], this.docs[base + worst], this.scores[base + worst])) worst = right;
      if (worst === i) return;
      this.swap(base + i, base + worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    const doc = this.docs[a];
    const score = this.scores[a];
    this.docs[a] = this.docs[b];
    this.scores[a] = this.scores[b];
    this.docs[b] = doc;
    this.scores[b] = score;
  }
}

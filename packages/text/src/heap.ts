/**
 * The best `capacity` documents seen so far: higher score first, and on equal
 * scores the lower rank (earlier id). A binary min-heap keeps the worst on top,
 * so a document that cannot enter costs one comparison.
 */
export class TopKHeap {
  private readonly docs: Uint32Array;
  private readonly scores: Float64Array;
  private count = 0;

  constructor(
    readonly capacity: number,
    private readonly rank: Uint32Array,
  ) {
    this.docs = new Uint32Array(Math.max(1, capacity));
    this.scores = new Float64Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.count;
  }

  get full(): boolean {
    return this.count >= this.capacity;
  }

  /** Score of the worst document kept (the k-th best once full). */
  get worstScore(): number {
    return this.count > 0 ? this.scores[0] : -Infinity;
  }

  clear(): void {
    this.count = 0;
  }

  offer(doc: number, score: number): void {
    if (this.capacity === 0) return;
    if (this.count < this.capacity) {
      this.docs[this.count] = doc;
      this.scores[this.count] = score;
      this.siftUp(this.count++);
    } else if (this.worse(this.docs[0], this.scores[0], doc, score)) {
      this.docs[0] = doc;
      this.scores[0] = score;
      this.siftDown(0);
    }
  }

  /** Empties the heap into arrays, best first. */
  drain(): { docs: Uint32Array; scores: Float64Array } {
    const n = this.count;
    const docs = new Uint32Array(n);
    const scores = new Float64Array(n);
    for (let i = n - 1; i >= 0; i--) {
      docs[i] = this.docs[0];
      scores[i] = this.scores[0];
      this.count--;
      if (this.count > 0) {
        this.docs[0] = this.docs[this.count];
        this.scores[0] = this.scores[this.count];
        this.siftDown(0);
      }
    }
    return { docs, scores };
  }

  /** True when (docA, scoreA) ranks below (docB, scoreB). */
  private worse(docA: number, scoreA: number, docB: number, scoreB: number): boolean {
    return scoreA < scoreB || (scoreA === scoreB && this.rank[docA] > this.rank[docB]);
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(this.docs[i], this.scores[i], this.docs[parent], this.scores[parent])) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < this.count && this.worse(this.docs[left], this.scores[left], this.docs[worst], this.scores[worst])) worst = left;
      if (right < this.count && this.worse(this.docs[right], this.scores[right], this.docs[worst], this.scores[worst])) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(i: number, j: number): void {
    const doc = this.docs[i];
    const score = this.scores[i];
    this.docs[i] = this.docs[j];
    this.scores[i] = this.scores[j];
    this.docs[j] = doc;
    this.scores[j] = score;
  }
}

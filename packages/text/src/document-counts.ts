/**
 * The term counts of one document, in a small open-addressing table that
 * stays in the processor cache (a dense array over a vocabulary of millions of
 * terms would miss the cache at nearly every occurrence). Each term carries
 * its idf, so that weighting the document reads nothing else.
 */
export class DocumentCounts {
  private keys = new Int32Array(1024).fill(-1);
  private amounts = new Float64Array(1024);
  private idfs = new Float64Array(1024);
  private terms = new Int32Array(512);
  private usedSlots = new Int32Array(512);
  private count = 0;

  /** Number of distinct terms. */
  get size(): number {
    return this.count;
  }

  /** Empties the table, with room for `distinct` terms. */
  reset(distinct: number): void {
    for (let i = 0; i < this.count; i++) this.keys[this.usedSlots[i]] = -1;
    this.count = 0;
    if (distinct * 2 > this.keys.length) {
      const slots = 2 ** Math.ceil(Math.log2(distinct * 2));
      this.keys = new Int32Array(slots).fill(-1);
      this.amounts = new Float64Array(slots);
      this.idfs = new Float64Array(slots);
      this.terms = new Int32Array(slots / 2);
      this.usedSlots = new Int32Array(slots / 2);
    }
  }

  /** Adds `amount` to the term's count; its idf is kept when given. */
  add(term: number, amount: number, idf = 0): void {
    const { keys } = this;
    const mask = keys.length - 1;
    let slot = hash(term) & mask;
    while (keys[slot] !== term) {
      if (keys[slot] === -1) {
        keys[slot] = term;
        this.amounts[slot] = 0;
        this.idfs[slot] = idf;
        this.usedSlots[this.count] = slot;
        this.terms[this.count++] = term;
        break;
      }
      slot = (slot + 1) & mask;
    }
    this.amounts[slot] += amount;
  }

  /** The distinct terms, ascending (valid until the next reset). */
  sortedTerms(): Int32Array {
    return this.terms.subarray(0, this.count).sort();
  }

  amount(term: number): number {
    return this.amounts[this.slotOf(term)];
  }

  idf(term: number): number {
    return this.idfs[this.slotOf(term)];
  }

  private slotOf(term: number): number {
    const { keys } = this;
    const mask = keys.length - 1;
    let slot = hash(term) & mask;
    while (keys[slot] !== term) slot = (slot + 1) & mask;
    return slot;
  }
}

function hash(term: number): number {
  const h = Math.imul(term, 0x9e3779b1);
  return h ^ (h >>> 15);
}

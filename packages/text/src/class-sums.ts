import type { TermCounts } from "./weighted-rows.js";

export interface CountRows {
  /** Row r (a document) holds terms index[start[r]..start[r+1]-1] with their counts. */
  start: Uint32Array;
  index: Uint32Array;
  counts: TermCounts;
}

/** Terms are summed by blocks of 2^BLOCK_BITS ids: a block's sums stay in the processor cache. */
const BLOCK_BITS = 15;
const BLOCK_MASK = (1 << BLOCK_BITS) - 1;

/**
 * Sums of term counts over the members of a class. Dense sums over a
 * vocabulary of millions of terms would miss the cache at nearly every entry,
 * so the members' entries are first copied into one buffer grouped by block of
 * term ids (a stable counting sort), then summed block by block into small
 * dense arrays. Being stable, the grouping keeps the members' order: each
 * term's counts are summed in the order of a pass over the members' rows, to
 * the last bit.
 *
 *   sums.start(members);
 *   while (sums.nextBlock()) for (let i = 0; i < sums.size; i++) use(sums.term(i), sums.count(i), sums.users(i));
 */
export class ClassSums {
  /** Number of distinct terms in the current block. */
  size = 0;
  private readonly blockStart: Uint32Array;
  private readonly blockFill: Uint32Array;
  private block = -1;
  private entryTerms = new Uint32Array(0);
  private entryCounts = new Float32Array(0);
  private readonly sums = new Float64Array(1 << BLOCK_BITS);
  private readonly userCounts = new Uint32Array(1 << BLOCK_BITS);
  // Offsets in the block of its distinct terms, in order of first use.
  private readonly touched = new Int32Array(1 << BLOCK_BITS);

  constructor(
    private readonly rows: CountRows,
    termCount: number,
  ) {
    const blocks = (Math.max(0, termCount - 1) >>> BLOCK_BITS) + 1;
    this.blockStart = new Uint32Array(blocks + 1);
    this.blockFill = new Uint32Array(blocks);
  }

  /** Starts summing the members' counts: copies their entries into the buffers, grouped by block. */
  start(members: readonly number[]): void {
    this.clearBlock();
    this.block = -1;
    const { blockStart, blockFill } = this;
    const { start, index, counts } = this.rows;
    blockStart.fill(0);
    for (const doc of members) for (let p = start[doc]; p < start[doc + 1]; p++) blockStart[(index[p] >>> BLOCK_BITS) + 1]++;
    for (let block = 0; block < blockFill.length; block++) {
      blockStart[block + 1] += blockStart[block];
      blockFill[block] = blockStart[block];
    }
    const entries = blockStart[blockStart.length - 1];
    if (this.entryTerms.length < entries) {
      this.entryTerms = new Uint32Array(entries);
      this.entryCounts = new Float32Array(entries);
    }
    const { entryTerms, entryCounts } = this;
    for (const doc of members) {
      for (let p = start[doc]; p < start[doc + 1]; p++) {
        const at = blockFill[index[p] >>> BLOCK_BITS]++;
        entryTerms[at] = index[p];
        entryCounts[at] = counts[p];
      }
    }
  }

  /** Sums the next block of terms the members have; false when there is none left. */
  nextBlock(): boolean {
    this.clearBlock();
    const { blockStart, entryTerms, entryCounts, sums, userCounts, touched } = this;
    let block = this.block + 1;
    while (block + 1 < blockStart.length && blockStart[block] === blockStart[block + 1]) block++;
    this.block = block;
    if (block + 1 >= blockStart.length) return false;
    this.size = sumBlock(entryTerms, entryCounts, blockStart[block], blockStart[block + 1], sums, userCounts, touched);
    return true;
  }

  /** The i-th distinct term of the current block (0 <= i < size). */
  term(i: number): number {
    return (this.block << BLOCK_BITS) + this.touched[i];
  }

  /** The members' summed count of the i-th term. */
  count(i: number): number {
    return this.sums[this.touched[i]];
  }

  /** How many members have the i-th term. */
  users(i: number): number {
    return this.userCounts[this.touched[i]];
  }

  private clearBlock(): void {
    const { touched, sums, userCounts } = this;
    for (let i = 0; i < this.size; i++) {
      sums[touched[i]] = 0;
      userCounts[touched[i]] = 0;
    }
    this.size = 0;
  }
}

/**
 * Sums entries [from, to) (the terms of one block) into `sums` and
 * `userCounts` by offset in the block, noting each offset's first use in
 * `touched`; returns how many distinct terms the block has. Apart from
 * `nextBlock`, whose field writes after the loop V8 compiled without having
 * seen them (the loop is compiled while it runs), and then undid, block after
 * block.
 */
function sumBlock(entryTerms: Uint32Array, entryCounts: Float32Array, from: number, to: number, sums: Float64Array, userCounts: Uint32Array, touched: Int32Array): number {
  let size = 0;
  for (let at = from; at < to; at++) {
    const offset = entryTerms[at] & BLOCK_MASK;
    // Branch-free: whether a term is new is a coin toss for the branch predictor.
    touched[size] = offset;
    size += +(userCounts[offset] === 0);
    sums[offset] += entryCounts[at];
    userCounts[offset]++;
  }
  return size;
}

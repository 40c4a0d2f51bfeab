import { countsToFills } from "./range-fills.js";
import { shareable } from "./shareable.js";
import type { CsrMatrix } from "./topk.js";
import type { TermCounts } from "./weighted-rows.js";

/**
 * The columns of the rows as rows (the postings: per term, its documents
 * ascending), by a counting sort that runs by ranges of rows: count each
 * range's entries per column (`columnCounts`), place the columns and each
 * range's part of them (`allocateColumns`), then each range writes its
 * entries (`fillColumns`), on any thread.
 */

/** The inverted index of the rows: per term, its documents ascending with their weights, and its largest weight. */
export interface Postings {
  postings: CsrMatrix;
  maxWeight: Float32Array;
}

/** The columns being filled: starts, row ids and, aligned, values copied from the rows' entries. */
export interface Columns<T extends TermCounts> {
  start: Uint32Array;
  index: Uint32Array;
  values: T;
}

/** The columns of the rows as rows (weights copied), with each column's largest weight. */
export function transpose(rows: CsrMatrix, columnCount: number): Postings {
  const rowCount = rows.start.length - 1;
  const { columns, fills } = allocateColumns([columnCounts(rows, columnCount, 0, rowCount)], rows.value);
  fillColumns(rows, rows.value, 0, rowCount, columns, fills[0]);
  const { start, index, values: value } = columns;
  const maxWeight = shareable(Float32Array, columnCount);
  for (let column = 0; column < columnCount; column++) {
    let max = 0;
    for (let at = start[column]; at < start[column + 1]; at++) max = Math.max(max, value[at]);
    maxWeight[column] = max;
  }
  return { postings: { start, index, value }, maxWeight };
}

/** Entries per column in rows from .. to - 1. */
export function columnCounts(rows: CsrMatrix, columnCount: number, from: number, to: number): Uint32Array {
  const counts = new Uint32Array(columnCount);
  const { index } = rows;
  for (let p = rows.start[from]; p < rows.start[to]; p++) counts[index[p]]++;
  return counts;
}

/**
 * Room for the columns of consecutive ranges of rows, counted per range, with
 * values of the type of `like` (shared memory where possible); and per range
 * where it writes its entries: after the ranges before it, column by column.
 * Each range's counts become its fills (they are overwritten: the vocabulary
 * has millions of columns, and a second array per range would double them).
 */
export function allocateColumns<T extends TermCounts>(rangeCounts: readonly Uint32Array[], like: T): { columns: Columns<T>; fills: Uint32Array[] } {
  const columnCount = rangeCounts[0].length;
  const start = shareable(Uint32Array, columnCount + 1);
  const fills = [...rangeCounts];
  countsToFills(fills, start);
  const entries = start[columnCount];
  const values = shareable(like.constructor as typeof Uint8Array, entries) as unknown as T;
  return { columns: { start, index: shareable(Uint32Array, entries), values }, fills };
}

/** Writes the entries of rows from .. to - 1 into their columns, at fill[column]++, with `values` of the entries. */
export function fillColumns(rows: CsrMatrix, values: TermCounts, from: number, to: number, columns: Columns<TermCounts>, fill: Uint32Array): void {
  const { start, index } = rows;
  const { index: rowOf, values: out } = columns;
  for (let row = from; row < to; row++) {
    for (let p = start[row]; p < start[row + 1]; p++) {
      const at = fill[index[p]]++;
      rowOf[at] = row;
      out[at] = values[p];
    }
  }
}

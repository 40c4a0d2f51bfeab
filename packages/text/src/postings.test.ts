import { describe, expect, it } from "vitest";
import { allocateColumns, columnCounts, fillColumns, transpose } from "./postings.js";
import type { CsrMatrix } from "./topk.js";

// Rows 0..3 over 4 columns: row 0 {0, 2}, row 1 {1, 2}, row 2 {}, row 3 {0, 1, 3}.
const rows: CsrMatrix = {
  start: Uint32Array.from([0, 2, 4, 4, 7]),
  index: Uint32Array.from([0, 2, 1, 2, 0, 1, 3]),
  value: Float32Array.from([0.5, 0.25, 0.75, 0.125, 1, 0.375, 0.625]),
};

describe("postings", () => {
  it("transposes rows into columns of rows ascending, with each column's largest weight", () => {
    const { postings, maxWeight } = transpose(rows, 4);
    expect(Array.from(postings.start)).toEqual([0, 2, 4, 6, 7]);
    expect(Array.from(postings.index)).toEqual([0, 3, 1, 3, 0, 1, 3]);
    expect(Array.from(postings.value)).toEqual([0.5, 1, 0.75, 0.375, 0.25, 0.125, 0.625]);
    expect(Array.from(maxWeight)).toEqual([1, 0.75, 0.25, 0.625]);
  });

  it("builds the same columns from ranges of rows, each range's counts becoming its fills", () => {
    const counts = [columnCounts(rows, 4, 0, 2), columnCounts(rows, 4, 2, 4)];
    expect(counts.map((range) => Array.from(range))).toEqual([
      [1, 1, 2, 0],
      [1, 1, 0, 1],
    ]);
    const { columns, fills } = allocateColumns(counts, rows.value);
    fills.forEach((fill, r) => expect(fill).toBe(counts[r]));
    // Range 0 writes each column first, range 1 after it.
    expect(fills.map((fill) => Array.from(fill))).toEqual([
      [0, 2, 4, 6],
      [1, 3, 6, 6],
    ]);
    fillColumns(rows, rows.value, 2, 4, columns, fills[1]);
    fillColumns(rows, rows.value, 0, 2, columns, fills[0]);
    const whole = transpose(rows, 4).postings;
    expect([columns.start, columns.index, columns.values].map((array) => Array.from(array))).toEqual([whole.start, whole.index, whole.value].map((array) => Array.from(array)));
  });
});

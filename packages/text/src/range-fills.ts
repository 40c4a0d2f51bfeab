/**
 * Turns counts per range and per slot (a range of documents counting its
 * entries per word, per column…) into where each range writes them: slot by
 * slot, each range after the ranges before it. `start` (slots + 1 long,
 * zeroed) gets each slot's first position and, last, the total. The counts
 * are overwritten by the fills: with millions of slots, a second array per
 * range would double them.
 */
export function countsToFills(rangeCounts: readonly (Int32Array | Uint32Array)[], start: Int32Array | Uint32Array): void {
  const slots = start.length - 1;
  for (let slot = 0; slot < slots; slot++) {
    let at = start[slot];
    for (let range = 0; range < rangeCounts.length; range++) {
      const count = rangeCounts[range][slot];
      rangeCounts[range][slot] = at;
      at += count;
    }
    start[slot + 1] = at;
  }
}

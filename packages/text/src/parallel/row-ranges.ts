/**
 * The first documents of `parts` consecutive ranges of about the same number
 * of sequence entries (the work of weighing their rows): [0, ...], ascending,
 * each in 0 .. documents.
 */
export function rangeStarts(documentStart: Int32Array, documents: number, parts: number): number[] {
  const starts = [0];
  const entries = documentStart[documents];
  for (let part = 1; part < parts; part++) {
    const goal = (entries * part) / parts;
    // The first document starting at or after the goal.
    let lo = starts[starts.length - 1];
    let hi = documents;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (documentStart[mid] < goal) lo = mid + 1;
      else hi = mid;
    }
    starts.push(lo);
  }
  return starts;
}

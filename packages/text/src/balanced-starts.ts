/**
 * The first items of `parts` consecutive ranges of about equal weight, given
 * cumulative weights (`cumulative[i]`: the weight of the items before item i,
 * for i from 0 to the item count): [0, ...], ascending, each in 0 .. count.
 * Each start is the first item at or after its share of the total.
 */
export function balancedStarts(cumulative: Int32Array | Uint32Array, parts: number): number[] {
  const count = cumulative.length - 1;
  const starts = [0];
  for (let part = 1; part < parts; part++) {
    const goal = (cumulative[count] * part) / parts;
    let lo = starts[starts.length - 1];
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] < goal) lo = mid + 1;
      else hi = mid;
    }
    starts.push(lo);
  }
  return starts;
}

/**
 * Splits a number of proposals among countries: one each, the rest in
 * proportion to the countries' weights (largest remainders, ties in list order).
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const counts = weights.map(() => 1);
  const rest = total - weights.length;
  if (rest < 0) {
    throw new Error(
      `@skills-network/sample-data: ${total} proposals cannot cover ${weights.length} countries. Ask for at least as many proposals as countries.`,
    );
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => (rest * w) / sum);
  let given = 0;
  shares.forEach((share, i) => {
    counts[i] += Math.floor(share);
    given += Math.floor(share);
  });
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let k = 0; k < rest - given; k++) counts[byRemainder[k].index]++;
  return counts;
}

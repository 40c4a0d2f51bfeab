/**
 * Ids that look like the one a person typed: same id in other case first,
 * then ids containing it, then the closest by edit distance. For "did you mean".
 */
export function suggestIds(wanted: string, ids: readonly string[], count = 3): string[] {
  const folded = wanted.toLowerCase();
  const scored = ids.map((id) => {
    const candidate = id.toLowerCase();
    const rank = candidate === folded ? 0 : candidate.includes(folded) || folded.includes(candidate) ? 1 : 2;
    return { id, rank, distance: editDistance(folded, candidate) };
  });
  const limit = Math.max(2, Math.ceil(wanted.length / 2));
  return scored
    .filter((entry) => entry.rank < 2 || entry.distance <= limit)
    .sort((a, b) => a.rank - b.rank || a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, count)
    .map((entry) => entry.id);
}

/** Levenshtein distance, two rows of memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

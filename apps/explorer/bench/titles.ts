/** Picking what to type in the search box so that the wanted title is among the suggestions. */

/** The shortest run of a title's first words that no other title contains (the whole title if none). */
export function uniquePrefix(titles: readonly string[], title: string): string {
  const lower = titles.map((candidate) => candidate.toLowerCase());
  const words = title.split(/\s+/);
  for (let n = 2; n < words.length; n++) {
    const prefix = words.slice(0, n).join(" ");
    if (prefix.length < 8) continue;
    const needle = prefix.toLowerCase();
    let holders = 0;
    for (const candidate of lower) if (candidate.includes(needle) && ++holders > 1) break;
    if (holders === 1) return prefix;
  }
  return title;
}

/** `count` titles spread over the list (every n-th), each with what to type to find it. */
export function searchTargets(titles: readonly string[], count: number): { title: string; typed: string }[] {
  const step = Math.max(1, Math.floor(titles.length / count));
  return Array.from({ length: Math.min(count, titles.length) }, (_, i) => {
    const title = titles[i * step]!;
    return { title, typed: uniquePrefix(titles, title) };
  });
}

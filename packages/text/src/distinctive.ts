/**
 * Class-based TF-IDF (BERTopic's c-TF-IDF): the terms that set a group of
 * documents apart from the others.
 *
 *   score(t, c) = tf(t, c) / words(c) * ln(1 + A / f(t)) * members(t, c) / size(c)
 *
 * tf(t, c) counts t over the members of c, words(c) all counted terms of c, A is
 * the average words(c) over the classes and f(t) the count of t over all classes.
 * The classes are the groups plus, when some documents are in no group, the rest
 * of the corpus as one more class: it plays "the others" even for a single group.
 * The last factor, the share of members using the term, favours what the group
 * has in common over what one verbose member repeats; and in a group of two or
 * more a term must occur in at least two members.
 */
import { compareStrings } from "./fold.js";
import type { RankedTerm } from "./pick-terms.js";

export interface CountRows {
  /** Row r (a document) holds terms index[start[r]..start[r+1]-1] with their counts. */
  start: Uint32Array;
  index: Uint32Array;
  counts: Float32Array;
}

interface ClassTerms {
  size: number;
  words: number;
  terms: Uint32Array;
  counts: Float64Array;
  members: Uint32Array;
}

/** For each group of document indices, its terms ranked by c-TF-IDF, best first (ties by label). */
export function rankDistinctiveTerms(
  rows: CountRows,
  termCount: number,
  groups: readonly (readonly number[])[],
  label: (termId: number) => string,
): RankedTerm[][] {
  const docCount = rows.start.length - 1;
  const inGroup = new Uint8Array(docCount);
  for (const group of groups) for (const doc of group) inGroup[doc] = 1;
  const rest = Array.from({ length: docCount }, (_, doc) => doc).filter((doc) => inGroup[doc] === 0);
  const classes = (rest.length > 0 ? [...groups, rest] : groups).map((members) => sumClass(rows, members));

  const total = new Float64Array(termCount);
  for (const cls of classes) cls.terms.forEach((term, i) => (total[term] += cls.counts[i]));
  const averageWords = classes.reduce((sum, cls) => sum + cls.words, 0) / Math.max(1, classes.length);

  return groups.map((_, g) => {
    const cls = classes[g];
    const minMembers = Math.min(2, cls.size);
    const ranked: RankedTerm[] = [];
    cls.terms.forEach((term, i) => {
      if (cls.members[i] < minMembers) return;
      const tf = cls.counts[i] / cls.words;
      const idf = Math.log(1 + averageWords / total[term]);
      ranked.push({ termId: term, weight: tf * idf * (cls.members[i] / cls.size) });
    });
    return ranked.sort((a, b) => b.weight - a.weight || compareStrings(label(a.termId), label(b.termId)));
  });
}

/** Counts of each term over the members of a class, and how many members have it. */
function sumClass(rows: CountRows, members: readonly number[]): ClassTerms {
  const counts = new Map<number, { count: number; members: number }>();
  let words = 0;
  for (const doc of new Set(members)) {
    for (let p = rows.start[doc]; p < rows.start[doc + 1]; p++) {
      const term = rows.index[p];
      const entry = counts.get(term);
      if (entry === undefined) counts.set(term, { count: rows.counts[p], members: 1 });
      else {
        entry.count += rows.counts[p];
        entry.members++;
      }
      words += rows.counts[p];
    }
  }
  const terms = [...counts.keys()].sort((a, b) => a - b);
  return {
    size: new Set(members).size,
    words,
    terms: Uint32Array.from(terms),
    counts: Float64Array.from(terms, (term) => counts.get(term)!.count),
    members: Uint32Array.from(terms, (term) => counts.get(term)!.members),
  };
}

/**
 * Class-based TF-IDF (BERTopic's c-TF-IDF): the terms that set a group of
 * documents apart from the others.
 *
 *   score(t, c) = tf(t, c) / words(c) * ln(1 + A / f(t)) * members(t, c) / size(c)
 *
 * tf(t, c) counts t over the members of c, words(c) all counted terms of c, A is
 * the average words(c) over the classes and f(t) the count of t over all documents.
 *
 * In a corpus of several languages, f(t) counts each document as if its language
 * were as common as all languages together: a document in language L weighs
 * W / W(L), W counting all terms and W(L) those of L's documents. Without this, a
 * language's everyday words ("trabajo", "travail") are rare in the corpus as a
 * whole and would name every group written in that language; with it they are
 * as common as "work" is, and a group is named by what sets it apart within
 * its language. In a corpus of one language every weight is 1.
 * The classes are the groups plus, when some documents are in no group, the rest
 * of the corpus as one more class: it plays "the others" even for a single group.
 * The last factor, the share of members using the term, favours what the group
 * has in common over what one verbose member repeats; and in a group of two or
 * more a term must occur in at least two members.
 */
import { ClassSums, type CountRows } from "./class-sums.js";
import { Float64List, Int32List } from "./growable.js";

/** A group's candidate terms (used by at least two members, or by its only one) and their c-TF-IDF scores. */
export interface ScoredTerms {
  terms: Int32Array;
  scores: Float64Array;
}

/**
 * For each group of document indices, its terms scored by c-TF-IDF.
 * `documentLanguage` gives each document's language as a small integer (any
 * numbering); without it the documents count as one language.
 */
export function scoreDistinctiveTerms(
  rows: CountRows,
  termCount: number,
  groups: readonly (readonly number[])[],
  documentLanguage?: ArrayLike<number>,
): ScoredTerms[] {
  const docCount = rows.start.length - 1;
  const inGroup = new Uint8Array(docCount);
  for (const group of groups) for (const doc of group) inGroup[doc] = 1;
  const rest: number[] = [];
  for (let doc = 0; doc < docCount; doc++) if (inGroup[doc] === 0) rest.push(doc);
  const classes = (rest.length > 0 ? [...groups, rest] : groups).map((members) => [...new Set(members)]);

  const total = languageWeightedCounts(rows, termCount, documentLanguage);
  // words(c) counts every term of c.
  const words = classes.map((members) => countWords(rows, members));
  const averageWords = words.reduce((sum, w) => sum + w, 0) / Math.max(1, classes.length);

  // One pass over each group's members; its candidates are gathered in lists reused from
  // group to group, so that only the scored terms (exact-size arrays) outlive it.
  const found = { terms: new Int32List(), sums: new Float64List(), users: new Int32List() };
  const sums = new ClassSums(rows, termCount);
  return groups.map((_, g) => {
    const members = classes[g];
    gatherCandidates(sums, members, Math.min(2, members.length), found);
    const size = members.length;
    const scores = new Float64Array(found.terms.length);
    for (let i = 0; i < scores.length; i++) {
      const tf = found.sums.get(i) / words[g];
      const idf = Math.log(1 + averageWords / total[found.terms.get(i)]);
      scores[i] = tf * idf * (found.users.get(i) / size);
    }
    return { terms: found.terms.toArray(), scores };
  });
}

interface Candidates {
  terms: Int32List;
  sums: Float64List;
  users: Int32List;
}

/**
 * The terms at least `minMembers` of the members have, with their summed
 * counts, into `found` (emptied first). A function of its own: V8 compiles
 * its loop on the fly during the first large group; in the caller, that
 * compile also took the scoring after it, which had not run yet, and was
 * thrown away and redone for group after group.
 */
function gatherCandidates(sums: ClassSums, members: readonly number[], minMembers: number, found: Candidates): void {
  found.terms.clear();
  found.sums.clear();
  found.users.clear();
  sums.start(members);
  while (sums.nextBlock()) {
    for (let i = 0; i < sums.size; i++) {
      if (sums.users(i) >= minMembers) {
        found.terms.push(sums.term(i));
        found.sums.push(sums.count(i));
        found.users.push(sums.users(i));
      }
    }
  }
}

/** f(t): the count of each term over all documents, each document weighted by W / W(its language). */
function languageWeightedCounts(rows: CountRows, termCount: number, documentLanguage: ArrayLike<number> | undefined): Float64Array {
  const docCount = rows.start.length - 1;
  const language = (doc: number) => (documentLanguage === undefined ? 0 : documentLanguage[doc]);
  const wordsOfLanguage = new Map<number, number>();
  let allWords = 0;
  for (let doc = 0; doc < docCount; doc++) {
    let words = 0;
    for (let p = rows.start[doc]; p < rows.start[doc + 1]; p++) words += rows.counts[p];
    wordsOfLanguage.set(language(doc), (wordsOfLanguage.get(language(doc)) ?? 0) + words);
    allWords += words;
  }
  const total = new Float64Array(termCount);
  for (let doc = 0; doc < docCount; doc++) {
    const languageWords = wordsOfLanguage.get(language(doc)) as number;
    const weight = wordsOfLanguage.size === 1 || languageWords === 0 ? 1 : allWords / languageWords;
    for (let p = rows.start[doc]; p < rows.start[doc + 1]; p++) total[rows.index[p]] += rows.counts[p] * weight;
  }
  return total;
}

/** All counted terms of the members, summed in the order of a pass over their rows. */
function countWords(rows: CountRows, members: readonly number[]): number {
  let words = 0;
  for (const doc of members) for (let p = rows.start[doc]; p < rows.start[doc + 1]; p++) words += rows.counts[p];
  return words;
}

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
export interface CountRows {
  /** Row r (a document) holds terms index[start[r]..start[r+1]-1] with their counts. */
  start: Uint32Array;
  index: Uint32Array;
  counts: Float32Array;
}

/** A group's candidate terms (used by at least two members, or by its only one) and their c-TF-IDF scores, in term order. */
export interface ScoredTerms {
  terms: Int32Array;
  scores: Float64Array;
}

/** For each group of document indices, its terms scored by c-TF-IDF. */
export function scoreDistinctiveTerms(rows: CountRows, termCount: number, groups: readonly (readonly number[])[]): ScoredTerms[] {
  const docCount = rows.start.length - 1;
  const inGroup = new Uint8Array(docCount);
  for (const group of groups) for (const doc of group) inGroup[doc] = 1;
  const rest: number[] = [];
  for (let doc = 0; doc < docCount; doc++) if (inGroup[doc] === 0) rest.push(doc);
  const classes = (rest.length > 0 ? [...groups, rest] : groups).map((members) => [...new Set(members)]);
  const sums = new ClassSums(rows, termCount);

  // f(t) sums the classes' counts; words(c) counts every term of c.
  const total = new Float64Array(termCount);
  const words = classes.map((members) => {
    sums.forEachTerm(members, (term, count) => (total[term] += count));
    return sums.words;
  });
  const averageWords = words.reduce((sum, w) => sum + w, 0) / Math.max(1, classes.length);

  return groups.map((_, g) => {
    const members = classes[g];
    const minMembers = Math.min(2, members.length);
    const terms: number[] = [];
    const scores: number[] = [];
    sums.forEachTerm(members, (term, count, users) => {
      if (users < minMembers) return;
      const tf = count / words[g];
      const idf = Math.log(1 + averageWords / total[term]);
      terms.push(term);
      scores.push(tf * idf * (users / members.length));
    });
    return { terms: Int32Array.from(terms), scores: Float64Array.from(scores) };
  });
}

/** Sums of term counts over a class's members, in dense arrays reset through the terms touched. */
class ClassSums {
  /** All counted terms of the last class summed. */
  words = 0;
  private readonly counts: Float64Array;
  private readonly users: Uint32Array;

  constructor(
    private readonly rows: CountRows,
    termCount: number,
  ) {
    this.counts = new Float64Array(termCount);
    this.users = new Uint32Array(termCount);
  }

  /** Calls `visit` with each term of the members, its summed count and how many members use it, terms ascending. */
  forEachTerm(members: readonly number[], visit: (term: number, count: number, users: number) => void): void {
    const { rows, counts, users } = this;
    const touched: number[] = [];
    let words = 0;
    for (const doc of members) {
      for (let p = rows.start[doc]; p < rows.start[doc + 1]; p++) {
        const term = rows.index[p];
        if (users[term] === 0) touched.push(term);
        counts[term] += rows.counts[p];
        users[term]++;
        words += rows.counts[p];
      }
    }
    this.words = words;
    for (const term of Int32Array.from(touched).sort()) {
      visit(term, counts[term], users[term]);
      counts[term] = 0;
      users[term] = 0;
    }
  }
}

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

/** A group's candidate terms (used by at least two members, or by its only one) and their c-TF-IDF scores. */
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
  const sums = new ClassSums(rows);

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
    const terms = new Int32Array(sums.distinct(members));
    const scores = new Float64Array(terms.length);
    let count = 0;
    sums.forEachTerm(members, (term, sum, users) => {
      if (users < minMembers) return;
      const tf = sum / words[g];
      const idf = Math.log(1 + averageWords / total[term]);
      terms[count] = term;
      scores[count++] = tf * idf * (users / members.length);
    });
    return { terms: terms.subarray(0, count), scores: scores.subarray(0, count) };
  });
}

/**
 * Sums of term counts over a class's members, in an open-addressing table sized
 * to the class (dense arrays over a vocabulary of millions of terms would miss
 * the cache at every entry).
 */
class ClassSums {
  /** All counted terms of the last class summed. */
  words = 0;
  private keys = new Int32Array(0);
  private counts = new Float64Array(0);
  private users = new Uint32Array(0);
  private touched = new Int32Array(0);

  constructor(private readonly rows: CountRows) {}

  /** At most how many distinct terms the members have. */
  distinct(members: readonly number[]): number {
    let entries = 0;
    for (const doc of members) entries += this.rows.start[doc + 1] - this.rows.start[doc];
    return entries;
  }

  /** Calls `visit` with each term of the members, its summed count and how many members use it (in order of first use). */
  forEachTerm(members: readonly number[], visit: (term: number, count: number, users: number) => void): void {
    const { rows } = this;
    const entries = this.distinct(members);
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, 2 * entries)));
    if (this.keys.length < size || this.keys.length > 4 * size) {
      this.keys = new Int32Array(size);
      this.counts = new Float64Array(size);
      this.users = new Uint32Array(size);
      this.touched = new Int32Array(size / 2);
    }
    const { keys, counts, users, touched } = this;
    const mask = keys.length - 1;
    keys.fill(-1);
    let touchedCount = 0;
    let words = 0;
    for (const doc of members) {
      for (let p = rows.start[doc]; p < rows.start[doc + 1]; p++) {
        const term = rows.index[p];
        let slot = hash(term) & mask;
        while (keys[slot] !== term && keys[slot] !== -1) slot = (slot + 1) & mask;
        if (keys[slot] === -1) {
          keys[slot] = term;
          counts[slot] = 0;
          users[slot] = 0;
          touched[touchedCount++] = term;
        }
        counts[slot] += rows.counts[p];
        users[slot]++;
        words += rows.counts[p];
      }
    }
    this.words = words;
    for (let i = 0; i < touchedCount; i++) {
      const term = touched[i];
      let slot = hash(term) & mask;
      while (keys[slot] !== term) slot = (slot + 1) & mask;
      visit(term, counts[slot], users[slot]);
    }
  }
}

function hash(term: number): number {
  const h = Math.imul(term, 0x9e3779b1);
  return h ^ (h >>> 15);
}

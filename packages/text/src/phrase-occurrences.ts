/**
 * The two-word phrases of a corpus, counted without a hash table: occurrences
 * are grouped by their first word (a counting sort, in document order), and
 * each group is then counted with small dense arrays indexed by the second
 * word. A corpus has millions of phrases, most in one document only; a table
 * of them would be large and every lookup a cache miss, while here each pass
 * reads and writes a few thousand sequential streams.
 *
 * Life cycle: group the occurrences of a scanned corpus (constructor), `count`
 * their document frequencies, `assignTerms` the kept phrases their term ids,
 * then replay the occurrences in the same order with `nextTerm`.
 */
import { BOOSTED } from "./sequence.js";
import { Int32List } from "./growable.js";

export interface CountedPhrases {
  first: Int32Array;
  second: Int32Array;
  documentFrequency: Int32Array;
}

/** Where the phrases of a corpus are: its scanned sequence (see `CorpusScanner`). */
export interface PhraseSource {
  documents: number;
  wordCount: number;
  documentStart: Int32Array;
  sequence: Int32Array;
  itemWord: Int32Array;
}

export class PhraseOccurrences {
  // Occurrences of first word w at groupStart[w] .. groupStart[w + 1] - 1, in document order.
  private readonly groupStart: Int32Array;
  // Second word ids, then term ids; the documents (until counted).
  private groupedSeconds: Int32Array;
  private groupedDocs: Int32Array;
  private cursor = new Int32Array(0);

  /** Groups the phrase occurrences of the sequence by first word, keeping their order. */
  constructor(source: PhraseSource) {
    const { wordCount } = source;
    const start = new Int32Array(wordCount + 1);
    forEachPhrase(source, (first) => start[first + 1]++);
    for (let w = 0; w < wordCount; w++) start[w + 1] += start[w];
    const fill = start.slice(0, wordCount);
    const seconds = new Int32Array(start[wordCount]);
    const docs = new Int32Array(start[wordCount]);
    forEachPhrase(source, (first, second, doc) => {
      const at = fill[first]++;
      seconds[at] = second;
      docs[at] = doc;
    });
    this.groupStart = start;
    this.groupedSeconds = seconds;
    this.groupedDocs = docs;
  }

  get size(): number {
    return this.groupedSeconds.length;
  }

  /** Every distinct phrase whose document frequency passes `keep`, by first then second word id. */
  count(keep: (documentFrequency: number) => boolean): CountedPhrases {
    const wordCount = this.groupStart.length - 1;
    const frequency = new Int32Array(wordCount);
    const lastDoc = new Int32Array(wordCount).fill(-1);
    const seen = new Int32Array(wordCount);
    const first = new Int32List();
    const second = new Int32List();
    const documentFrequency = new Int32List();
    for (let w = 0; w < wordCount; w++) {
      let seenCount = 0;
      for (let at = this.groupStart[w]; at < this.groupStart[w + 1]; at++) {
        const s = this.groupedSeconds[at];
        const doc = this.groupedDocs[at];
        if (lastDoc[s] === doc) continue;
        if (frequency[s] === 0) seen[seenCount++] = s;
        lastDoc[s] = doc;
        frequency[s]++;
      }
      seen.subarray(0, seenCount).sort();
      for (let i = 0; i < seenCount; i++) {
        const s = seen[i];
        if (keep(frequency[s])) {
          first.push(w);
          second.push(s);
          documentFrequency.push(frequency[s]);
        }
        frequency[s] = 0;
        lastDoc[s] = -1;
      }
    }
    return { first: first.toArray(), second: second.toArray(), documentFrequency: documentFrequency.toArray() };
  }

  /**
   * Replaces each grouped occurrence by the term id of its phrase, `termOf(p)`
   * for the p-th phrase `count` returned, -1 for the others.
   */
  assignTerms(counted: CountedPhrases, termOf: (phrase: number) => number): void {
    const wordCount = this.groupStart.length - 1;
    const phraseOfSecond = new Int32Array(wordCount).fill(-1);
    const { groupedSeconds } = this;
    let phrase = 0;
    for (let w = 0; w < wordCount; w++) {
      const firstPhrase = phrase;
      for (; phrase < counted.first.length && counted.first[phrase] === w; phrase++) phraseOfSecond[counted.second[phrase]] = phrase;
      for (let at = this.groupStart[w]; at < this.groupStart[w + 1]; at++) {
        const kept = phraseOfSecond[groupedSeconds[at]];
        groupedSeconds[at] = kept < 0 ? -1 : termOf(kept);
      }
      for (let p = firstPhrase; p < phrase; p++) phraseOfSecond[counted.second[p]] = -1;
    }
    this.groupedDocs = new Int32Array(0);
    this.cursor = this.groupStart.slice(0, wordCount);
  }

  /** The term id (-1 when dropped) of the next occurrence whose first word is `first`, in the order of the sequence. */
  nextTerm(first: number): number {
    return this.groupedSeconds[this.cursor[first]++];
  }

  /** Frees the occurrences once they have been replayed. */
  release(): void {
    this.groupedSeconds = new Int32Array(0);
    this.groupedDocs = new Int32Array(0);
  }
}

/** Calls `visit` with the word ids and document of each phrase occurrence of the sequence, in order. */
export function forEachPhrase(source: PhraseSource, visit: (first: number, second: number, doc: number) => void): void {
  const { documents, documentStart, sequence, itemWord } = source;
  for (let doc = 0; doc < documents; doc++) {
    let previous = -1;
    for (let at = documentStart[doc]; at < documentStart[doc + 1]; at++) {
      const entry = sequence[at];
      if (entry === BOOSTED) continue;
      const word = itemWord[entry >> 2];
      if ((entry & 3) !== 0) visit(previous, word, doc);
      previous = word;
    }
  }
}

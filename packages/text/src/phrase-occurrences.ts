/**
 * The two-word phrases of a corpus, counted without a hash table: occurrences
 * are grouped by their first word (a counting sort, in document order), and
 * each group is then counted with small dense arrays indexed by the second
 * word. A corpus has millions of phrases, most in one document only; a table
 * of them would be large and every lookup a cache miss, while here each pass
 * reads and writes a few thousand sequential streams.
 *
 * The written forms of the phrases are counted on the way, the same way: a
 * table of millions of phrases' forms, filled in the order of the corpus,
 * would miss the cache at every occurrence.
 *
 * Life cycle: group the occurrences of a scanned corpus (constructor), `count`
 * their document frequencies and forms, `assignTerms` the kept phrases their
 * term ids, then replay the occurrences in the same order with `nextTerm`.
 */
import { compareStrings } from "./fold.js";
import { Float64List, Int32List } from "./growable.js";
import { BOOSTED, PHRASE_HYPHEN } from "./sequence.js";
import { phraseForm, renderPhraseForm } from "./term-dictionary.js";

export interface CountedPhrases {
  first: Int32Array;
  second: Int32Array;
  documentFrequency: Int32Array;
  /** The phrase's most frequent written form (see `phraseForm`; ties: the alphabetically first text). */
  form: Float64Array;
}

/** Where the phrases of a corpus are: its scanned sequence (see `CorpusScanner`). */
export interface PhraseSource {
  documents: number;
  wordCount: number;
  documentStart: Int32Array;
  sequence: Int32Array;
  itemWord: Int32Array;
  itemSurface: Int32Array;
  surfaces: readonly string[];
}

export class PhraseOccurrences {
  // Occurrences of first word w at groupStart[w] .. groupStart[w + 1] - 1, in document order.
  private readonly groupStart: Int32Array;
  // Second word ids, then term ids; the documents and written forms (until counted).
  private groupedSeconds: Int32Array;
  private groupedDocs: Int32Array;
  private groupedForms: Float64Array;
  private cursor = new Int32Array(0);
  private readonly surfaces: readonly string[];

  /** Groups the phrase occurrences of the sequence by first word, keeping their order. */
  constructor(source: PhraseSource) {
    const { wordCount, itemSurface, surfaces } = source;
    const start = new Int32Array(wordCount + 1);
    forEachPhrase(source, (first) => start[first + 1]++);
    for (let w = 0; w < wordCount; w++) start[w + 1] += start[w];
    const fill = start.slice(0, wordCount);
    const seconds = new Int32Array(start[wordCount]);
    const docs = new Int32Array(start[wordCount]);
    const forms = new Float64Array(start[wordCount]);
    forEachPhrase(source, (first, second, doc, firstItem, secondItem, hyphen) => {
      const at = fill[first]++;
      seconds[at] = second;
      docs[at] = doc;
      forms[at] = phraseForm(itemSurface[firstItem], itemSurface[secondItem], hyphen, surfaces.length);
    });
    this.groupStart = start;
    this.groupedSeconds = seconds;
    this.groupedDocs = docs;
    this.groupedForms = forms;
    this.surfaces = surfaces;
  }

  get size(): number {
    return this.groupedSeconds.length;
  }

  /** Every distinct phrase whose document frequency passes `keep`, by first then second word id, with its written form. */
  count(keep: (documentFrequency: number) => boolean): CountedPhrases {
    const wordCount = this.groupStart.length - 1;
    const frequency = new Int32Array(wordCount);
    const lastDoc = new Int32Array(wordCount).fill(-1);
    const seen = new Int32Array(wordCount);
    const forms = new GroupForms(wordCount, (form) => renderPhraseForm(form, this.surfaces));
    const first = new Int32List();
    const second = new Int32List();
    const documentFrequency = new Int32List();
    const form = new Float64List();
    for (let w = 0; w < wordCount; w++) {
      let seenCount = 0;
      for (let at = this.groupStart[w]; at < this.groupStart[w + 1]; at++) {
        const s = this.groupedSeconds[at];
        if (frequency[s] === 0) seen[seenCount++] = s;
        forms.add(s, this.groupedForms[at]);
        const doc = this.groupedDocs[at];
        if (lastDoc[s] === doc) continue;
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
          form.push(forms.best(s));
        }
        frequency[s] = 0;
        lastDoc[s] = -1;
        forms.clear(s);
      }
    }
    this.groupedForms = new Float64Array(0);
    return { first: first.toArray(), second: second.toArray(), documentFrequency: documentFrequency.toArray(), form: form.toArray() };
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

/** Receives a phrase occurrence: its word ids, document, items and whether it was written hyphenated. */
export type PhraseVisitor = (first: number, second: number, doc: number, firstItem: number, secondItem: number, hyphen: boolean) => void;

/** Calls `visit` with each phrase occurrence of the sequence, in order. */
export function forEachPhrase(source: PhraseSource, visit: PhraseVisitor): void {
  const { documents, documentStart, sequence, itemWord } = source;
  for (let doc = 0; doc < documents; doc++) {
    let previous = -1;
    for (let at = documentStart[doc]; at < documentStart[doc + 1]; at++) {
      const entry = sequence[at];
      if (entry === BOOSTED) continue;
      const item = entry >> 2;
      const link = entry & 3;
      if (link !== 0) visit(itemWord[previous], itemWord[item], doc, previous, item, link === PHRASE_HYPHEN);
      previous = item;
    }
  }
}

/**
 * The written forms of the phrases of one group (one first word), counted by
 * second word: most phrases have one form, so a Map is only made for those
 * seen written in several ways.
 */
class GroupForms {
  private readonly firsts: Float64Array;
  private readonly counts: Int32Array;
  private readonly several = new Map<number, Map<number, number>>();

  constructor(
    wordCount: number,
    private readonly render: (form: number) => string,
  ) {
    this.firsts = new Float64Array(wordCount);
    this.counts = new Int32Array(wordCount);
  }

  add(second: number, form: number): void {
    const count = this.counts[second];
    if (count === 0) {
      this.firsts[second] = form;
      this.counts[second] = 1;
    } else if (count > 0 && this.firsts[second] === form) {
      this.counts[second] = count + 1;
    } else if (count > 0) {
      this.several.set(second, new Map([[this.firsts[second], count], [form, 1]]));
      this.counts[second] = -1;
    } else {
      const counts = this.several.get(second)!;
      counts.set(form, (counts.get(form) ?? 0) + 1);
    }
  }

  /** The most frequent form; ties go to the alphabetically first text. */
  best(second: number): number {
    const counts = this.several.get(second);
    if (counts === undefined) return this.firsts[second];
    let best = 0;
    let bestText = "";
    let bestCount = -1;
    for (const [form, count] of counts) {
      const text = this.render(form);
      if (count > bestCount || (count === bestCount && compareStrings(text, bestText) < 0)) {
        best = form;
        bestText = text;
        bestCount = count;
      }
    }
    return best;
  }

  clear(second: number): void {
    this.counts[second] = 0;
    this.several.delete(second);
  }
}

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
 * term ids, then read them in the order of the sequence (`terms`).
 */
import { allocateGroups, assignGroups, countGroups, fillGroups, firstWordCounts, type CountedPhrases, type PhraseGroups, type PhraseScan } from "./phrase-groups.js";
import { shareable } from "./shareable.js";
import { renderPhraseForm } from "./term-dictionary.js";

export type { CountedPhrases } from "./phrase-groups.js";

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

/** `PhraseSource` as `PhraseScan` (what grouping reads). */
export function phraseScan(source: PhraseSource): PhraseScan {
  const { documentStart, sequence, itemWord, itemSurface, wordCount, surfaces } = source;
  return { documentStart, sequence, itemWord, itemSurface, wordCount, surfaceCount: surfaces.length };
}

export class PhraseOccurrences {
  private readonly groupStart: Int32Array;
  // Second word ids and places in the sequence (until terms are assigned), written forms (until counted).
  private groupedSeconds: Int32Array;
  private groupedOrder: Int32Array;
  private groupedForms: Float64Array;
  // The term ids, in the order of the sequence (once assigned).
  private sequenceTerms: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private readonly surfaces: readonly string[];

  /**
   * Groups the phrase occurrences of the sequence by first word, keeping
   * their order; or takes them grouped already (see `allocateGroups`).
   */
  constructor(source: PhraseSource | { groups: PhraseGroups; surfaces: readonly string[] }) {
    let groups: PhraseGroups;
    if ("groups" in source) {
      groups = source.groups;
    } else {
      const scan = phraseScan(source);
      const allocated = allocateGroups([firstWordCounts(scan, 0, source.documents)], source.wordCount);
      fillGroups(scan, 0, source.documents, allocated.groups, allocated.fills[0], 0);
      groups = allocated.groups;
    }
    this.groupStart = groups.groupStart;
    this.groupedSeconds = groups.seconds;
    this.groupedOrder = groups.order;
    this.groupedForms = groups.forms;
    this.surfaces = source.surfaces;
  }

  /** Number of occurrences. */
  get size(): number {
    return this.groupStart[this.groupStart.length - 1];
  }

  /** The grouped occurrences (written forms until counted), to count ranges of first words on other threads. */
  get groups(): PhraseGroups {
    return { groupStart: this.groupStart, seconds: this.groupedSeconds, forms: this.groupedForms, order: this.groupedOrder };
  }

  /** Every distinct phrase whose document frequency passes `keep`, by first then second word id, with its written form. */
  count(keep: (documentFrequency: number) => boolean): CountedPhrases {
    const counted = countGroups(this.groups, 0, this.groupStart.length - 1, keep, (form) => renderPhraseForm(form, this.surfaces));
    this.dropForms();
    return counted;
  }

  /** Frees the written forms once counted (by `count`, or range by range with `countGroups`). */
  dropForms(): void {
    this.groupedForms = new Float64Array(0);
  }

  /**
   * Gives each occurrence the term id of its phrase, `termOfPhrase[p]` for the
   * p-th phrase `count` returned, -1 for the others, in the order of the
   * sequence (`terms`); the groups are freed.
   */
  assignTerms(counted: CountedPhrases, termOfPhrase: Int32Array): void {
    const terms = shareable(Int32Array, this.size);
    assignGroups(this.groups, counted, termOfPhrase, 0, this.groupStart.length - 1, terms);
    this.assigned(terms);
  }

  /** Takes the term ids of the occurrences, assigned already (range by range with `assignGroups`); the groups are freed. */
  assigned(terms: Int32Array): void {
    this.sequenceTerms = terms;
    this.groupedSeconds = new Int32Array(0);
    this.groupedOrder = new Int32Array(0);
  }

  /** After `assignTerms`: each occurrence's term id (-1 when dropped), in the order of the sequence. */
  get terms(): Int32Array {
    return this.sequenceTerms;
  }

  /** Frees the term ids once the rows are weighed. */
  release(): void {
    this.sequenceTerms = new Int32Array(0);
  }
}

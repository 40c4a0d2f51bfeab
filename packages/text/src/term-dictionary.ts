import { DisplayForms } from "./display-forms.js";
import { compareStrings } from "./fold.js";
import type { TermWords } from "./pick-terms.js";

/**
 * The kept terms of an index: key (what matches) and label (what is shown) of
 * each term id. A large corpus keeps millions of phrases; their strings are
 * only made when asked for, from the ids of their two words.
 */
export interface TermDictionary extends TermWords {
  readonly size: number;
  /** The word's key, or for a phrase the keys of its words joined by a space. */
  key(termId: number): string;
  /** The term's most frequent written form (ties: alphabetical). */
  label(termId: number): string;
  /** The id of a term key; keys are in alphabetical order of ids, so this is a binary search. */
  find(key: string): number | undefined;
  /**
   * Runs `work` keeping the labels made meanwhile: a batch (the keywords of
   * every document, a link table) asks for the same labels again and again.
   * They are let go when it returns. Optional: without it labels are made on
   * each call, as they are outside a batch.
   */
  remembering?<T>(work: () => T): T;
}

export interface CorpusTermsData {
  wordKeys: readonly string[];
  surfaces: readonly string[];
  /** Per term id: the word id (of the phrase's first word), and the second word id or -1 for a one-word term. */
  firstWord: Int32Array;
  secondWord: Int32Array;
  /** Written forms of words by word id (surface ids). */
  wordForms: DisplayForms;
  /** The written form of each phrase, by term id (see `phraseForm`; words: unused). */
  phraseForm: Float64Array;
}

/** A phrase's written form as a number: its two surface ids and whether they were hyphenated. */
export function phraseForm(firstSurface: number, secondSurface: number, hyphen: boolean, surfaceCount: number): number {
  return (firstSurface * surfaceCount + secondSurface) * 2 + (hyphen ? 1 : 0);
}

/** The text of a phrase's written form: "digital skills", "work-based". */
export function renderPhraseForm(form: number, surfaces: readonly string[]): string {
  const pair = Math.floor(form / 2);
  return `${surfaces[Math.floor(pair / surfaces.length)]}${form % 2 === 1 ? "-" : " "}${surfaces[pair % surfaces.length]}`;
}

export class CorpusTerms implements TermDictionary {
  // Labels made in the current batch (see `remembering`); sized up front so that the array keeps
  // fast (not dictionary) elements. Only during a batch: kept for good, the labels the keywords of
  // 100k documents look at (a million, most never shown) held 44 MB.
  private labels: (string | undefined)[] | null = null;
  private batches = 0;
  // Only made should a word key hold a space (see `wordCount`).
  private spacedWords: SpacedWords | null | undefined;

  constructor(private readonly data: CorpusTermsData) {}

  get size(): number {
    return this.data.firstWord.length;
  }

  key(termId: number): string {
    const { wordKeys, firstWord, secondWord } = this.data;
    const second = secondWord[termId];
    return second < 0 ? wordKeys[firstWord[termId]] : `${wordKeys[firstWord[termId]]} ${wordKeys[second]}`;
  }

  label(termId: number): string {
    if (this.labels === null) return this.makeLabel(termId);
    let label = this.labels[termId];
    if (label === undefined) {
      label = this.makeLabel(termId);
      this.labels[termId] = label;
    }
    return label;
  }

  remembering<T>(work: () => T): T {
    if (this.batches++ === 0) this.labels = new Array<string | undefined>(this.size);
    try {
      return work();
    } finally {
      if (--this.batches === 0) this.labels = null;
    }
  }

  /**
   * Word keys hold no space, so a term's words are its word ids: one, or a
   * phrase's two. Should a key ever hold one, the words come from splitting keys.
   */
  wordCount(termId: number): number {
    const spaced = this.spaced();
    if (spaced !== null) return spaced.of(termId).length;
    return this.data.secondWord[termId] < 0 ? 1 : 2;
  }

  word(termId: number, i: number): number {
    const spaced = this.spaced();
    if (spaced !== null) return spaced.of(termId)[i];
    return i === 0 ? this.data.firstWord[termId] : this.data.secondWord[termId];
  }

  find(key: string): number | undefined {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const order = compareStrings(this.key(mid), key);
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }

  private spaced(): SpacedWords | null {
    if (this.spacedWords === undefined) {
      this.spacedWords = this.data.wordKeys.some((key) => key.includes(" ")) ? new SpacedWords((termId) => this.key(termId)) : null;
    }
    return this.spacedWords;
  }

  private makeLabel(termId: number): string {
    const { surfaces, firstWord, secondWord, wordForms, phraseForm } = this.data;
    if (secondWord[termId] < 0) return wordForms.label(firstWord[termId], (form) => surfaces[form]);
    return renderPhraseForm(phraseForm[termId], surfaces);
  }
}

/** The words of term keys split at spaces, as ids of the distinct words (the general case of `wordCount`). */
class SpacedWords {
  private readonly ids = new Map<string, number>();
  private readonly words = new Map<number, number[]>();

  constructor(private readonly key: (termId: number) => string) {}

  of(termId: number): number[] {
    let words = this.words.get(termId);
    if (words === undefined) {
      words = this.key(termId)
        .split(" ")
        .map((word) => {
          let id = this.ids.get(word);
          if (id === undefined) {
            id = this.ids.size;
            this.ids.set(word, id);
          }
          return id;
        });
      this.words.set(termId, words);
    }
    return words;
  }
}

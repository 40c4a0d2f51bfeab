import { DisplayForms } from "./display-forms.js";
import { compareStrings } from "./fold.js";

/**
 * The kept terms of an index: key (what matches) and label (what is shown) of
 * each term id. A large corpus keeps millions of phrases; their strings are
 * only made when asked for, from the ids of their two words.
 */
export interface TermDictionary {
  readonly size: number;
  /** The word's key, or for a phrase the keys of its words joined by a space. */
  key(termId: number): string;
  /** The term's most frequent written form (ties: alphabetical). */
  label(termId: number): string;
  /** The id of a term key; keys are in alphabetical order of ids, so this is a binary search. */
  find(key: string): number | undefined;
}

export interface CorpusTermsData {
  wordKeys: readonly string[];
  surfaces: readonly string[];
  /** Per term id: the word id (of the phrase's first word), and the second word id or -1 for a one-word term. */
  firstWord: Int32Array;
  secondWord: Int32Array;
  /** Written forms of words by word id (surface ids), of phrases by term id (see `phraseForm`). */
  wordForms: DisplayForms;
  phraseForms: DisplayForms;
}

/** A phrase's written form as a number: its two surface ids and whether they were hyphenated. */
export function phraseForm(firstSurface: number, secondSurface: number, hyphen: boolean, surfaceCount: number): number {
  return (firstSurface * surfaceCount + secondSurface) * 2 + (hyphen ? 1 : 0);
}

export class CorpusTerms implements TermDictionary {
  // Made on first use; sized up front so that the array keeps fast (not dictionary) elements.
  private labels: (string | undefined)[] | null = null;

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
    this.labels ??= new Array<string | undefined>(this.size);
    let label = this.labels[termId];
    if (label === undefined) {
      label = this.makeLabel(termId);
      this.labels[termId] = label;
    }
    return label;
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

  private makeLabel(termId: number): string {
    const { surfaces, firstWord, secondWord, wordForms, phraseForms } = this.data;
    if (secondWord[termId] < 0) return wordForms.label(firstWord[termId], (form) => surfaces[form]);
    const surfaceCount = surfaces.length;
    return phraseForms.label(termId, (form) => {
      const pair = Math.floor(form / 2);
      return `${surfaces[Math.floor(pair / surfaceCount)]}${form % 2 === 1 ? "-" : " "}${surfaces[pair % surfaceCount]}`;
    });
  }
}

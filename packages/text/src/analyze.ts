import { ownString } from "./own-string.js";
import { CONCEPT_LANGUAGES, conceptTable, type ConceptLanguage, type ConceptTable } from "./concepts.js";
import { foldForMatching } from "./fold.js";
import { isSupportedLanguage, normalizeLanguage } from "./languages.js";
import { STEMMERS, STEM_EXCEPTIONS, type NamedStemmer } from "./stemmers.js";
import { stopwordsOf } from "./stopwords.js";
import { forEachToken } from "./tokenize.js";
import type { AnalyzedTerm, AnalyzeOptions, AnalyzerInfo } from "./types.js";

export const analyzeDefaults: AnalyzeOptions = {
  phrases: true,
};

/** Receives each term occurrence: its matching key and the form to display. */
export type TermVisitor = (term: string, display: string) => void;

const DIGITS_ONLY = /^\p{N}+$/u;
/** Words memoised per language at most; past it, the memo starts again (a process may read many corpora). */
const MEMO_LIMIT = 1_000_000;
const UNSPACED_CHARACTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/**
 * Turns words of one language into term keys. A word is stemmed as written
 * (lower case, accents kept: Snowball needs them, "educación" -> "educ" but
 * "educacion" -> "educacion"), then the stem is folded, so "éducation" and
 * "education" meet. Results are memoised: the same words repeat a lot.
 */
class LanguageAnalyzer {
  readonly info: AnalyzerInfo;
  private readonly stopwords: ReadonlySet<string>;
  private readonly stemmer: NamedStemmer | null;
  private readonly exceptions: Readonly<Record<string, string>>;
  private readonly memo = new Map<string, string | null>();

  constructor(private readonly language: string | null) {
    const supported = isSupportedLanguage(language);
    this.stemmer = supported && language !== null ? STEMMERS[language] : null;
    this.stopwords = supported && language !== null ? stopwordsOf(language) : new Set();
    this.exceptions = (language !== null && STEM_EXCEPTIONS[language]) || {};
    this.info = { language, supported, stemmer: this.stemmer?.name ?? null };
  }

  /** Term key of a lower-case word, or null for a stopword, a number or a lone letter. */
  termOf(word: string): string | null {
    let term = this.memo.get(word);
    if (term === undefined) {
      const computed = this.computeTerm(word);
      term = computed === null ? null : ownString(computed);
      // The memo lives as long as the process: it is bounded, and keeps copies of the
      // words, not views into the texts they were cut from (which it would keep alive).
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(ownString(word), term);
    }
    return term;
  }

  /** The words memoised, with their terms. */
  remembered(): { words: string[]; terms: (string | null)[] } {
    return { words: [...this.memo.keys()], terms: [...this.memo.values()] };
  }

  /** Memoises words whose terms another thread computed with this same code. */
  remember(words: readonly string[], terms: readonly (string | null)[]): void {
    for (let i = 0; i < words.length && this.memo.size < MEMO_LIMIT; i++) if (!this.memo.has(words[i])) this.memo.set(words[i], terms[i]);
  }

  /** The word's key, then the concept it stands for when it is one of the listed words (see concepts.ts). */
  private computeTerm(word: string): string | null {
    const key = this.stemKey(word);
    if (key === null || this.language === null || !isConceptLanguage(this.language)) return key;
    return conceptKeys().get(this.language)?.get(key) ?? key;
  }

  /** Folded stem of a lower-case word, or null for a stopword, a number or a lone letter. */
  stemKey(word: string): string | null {
    const folded = foldForMatching(word);
    if (this.stopwords.has(folded) || DIGITS_ONLY.test(folded)) return null;
    if (Array.from(folded).length < 2 && !UNSPACED_CHARACTER.test(folded)) return null;
    if (this.stemmer === null) return folded;
    const stem = Object.hasOwn(this.exceptions, word) ? this.exceptions[word] : this.stemmer.stem(word);
    const key = foldForMatching(stem);
    return key.length > 0 ? key : folded;
  }
}

const analyzers = new Map<string | null, LanguageAnalyzer>();

let concepts: ConceptTable["keys"] | null = null;

/** The concept keys, built on first use from the listed words' stem keys. */
function conceptKeys(): ConceptTable["keys"] {
  concepts ??= conceptTable(stemKeyOf).keys;
  return concepts;
}

function isConceptLanguage(language: string): language is ConceptLanguage {
  return (CONCEPT_LANGUAGES as readonly string[]).includes(language);
}

function analyzerFor(language: string | null): LanguageAnalyzer {
  const code = normalizeLanguage(language);
  let analyzer = analyzers.get(code);
  if (analyzer === undefined) {
    analyzer = new LanguageAnalyzer(code);
    analyzers.set(code, analyzer);
  }
  return analyzer;
}

/** The folded stem of a lower-case word, before concepts are applied (null for a stopword, a number or a lone letter). */
export function stemKeyOf(word: string, language: string | null): string | null {
  return analyzerFor(language).stemKey(word);
}

/** The term key of a lower-case word in `language` (null for a stopword, a number or a lone letter), memoised. */
export function termOfWord(word: string, language: string | null): string | null {
  return analyzerFor(language).termOf(word);
}

/** The words one language's analysis has turned into terms (see `rememberedTerms`). */
export interface RememberedTerms {
  language: string | null;
  words: string[];
  terms: (string | null)[];
}

/**
 * Every word this thread has turned into a term so far, per language: to
 * hand to another thread (`rememberTerms`), which then reads those words
 * without stemming them again. Stemming each distinct word is most of the
 * cost of reading a corpus once.
 */
export function rememberedTerms(): RememberedTerms[] {
  return [...analyzers].map(([language, analyzer]) => ({ language, ...analyzer.remembered() }));
}

/** Remembers the terms another thread found (`rememberedTerms`): `termOfWord` then gives them without computing them. */
export function rememberTerms(entries: readonly RememberedTerms[]): void {
  for (const { language, words, terms } of entries) analyzerFor(language).remember(words, terms);
}

/**
 * How text in `language` is analysed. Unsupported or unknown (null) languages
 * get the neutral analysis: no stopwords, no stemming, folding only.
 */
export function analyzerInfo(language: string | null): AnalyzerInfo {
  return { ...analyzerFor(language).info };
}

/** Receives the parts of each term occurrence, so that a caller can key phrases without building strings. */
export interface TermPartsVisitor {
  word(term: string, surface: string): void;
  /** Two adjacent content words of one clause; `hyphen` when written as one hyphenated word. */
  phrase(first: string, second: string, firstSurface: string, secondSurface: string, hyphen: boolean): void;
}

/**
 * Calls `visitor.word` for every content word of `text`, in order, and when
 * `phrases` is on `visitor.phrase` for each pair of adjacent content words of one
 * clause, right after its second word. A stopword, a number or punctuation ends a
 * phrase; the same stem twice ("training trainers") is not one.
 */
export function forEachTermParts(text: string, language: string | null, phrases: boolean, visitor: TermPartsVisitor): void {
  const analyzer = analyzerFor(language);
  let previousTerm: string | null = null;
  let previousSurface = "";
  forEachToken(text, (word, surface, join) => {
    if (join === "break") previousTerm = null;
    const term = analyzer.termOf(word);
    if (term === null) {
      previousTerm = null;
      return;
    }
    visitor.word(term, surface);
    if (phrases && previousTerm !== null && previousTerm !== term) {
      visitor.phrase(previousTerm, term, previousSurface, surface, join === "hyphen");
    }
    previousTerm = term;
    previousSurface = surface;
  });
}

/** Calls `visit` with the key and display form of each term of `text` (see `forEachTermParts`). */
export function forEachTerm(text: string, language: string | null, phrases: boolean, visit: TermVisitor): void {
  forEachTermParts(text, language, phrases, {
    word: visit,
    phrase: (first, second, firstSurface, secondSurface, hyphen) =>
      visit(`${first} ${second}`, `${firstSurface}${hyphen ? "-" : " "}${secondSurface}`),
  });
}

/** The terms of `text` in order of appearance (see `forEachTerm`). */
export function analyze(text: string, language: string | null, options: Partial<AnalyzeOptions> = {}): AnalyzedTerm[] {
  const { phrases } = { ...analyzeDefaults, ...options };
  const terms: AnalyzedTerm[] = [];
  forEachTerm(text, language, phrases, (term, display) => terms.push({ term, display }));
  return terms;
}

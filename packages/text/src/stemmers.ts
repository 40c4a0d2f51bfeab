import { naturalStemmers } from "#natural-stemmers";

/**
 * natural's Spanish stemmer, with an equivalent of its suffix search that
 * costs less: it collects every suffix the word ends in and sorts them to
 * return the longest (or ""), a third of the time spent stemming Spanish.
 * natural's own object is left as it is.
 */
const FastPorterStemmerEs: { stem(token: string): string } = Object.create(naturalStemmers.es, {
  endsInArr: { value: longestSuffix },
});

/** The longest of `suffixes` that `word` ends in, "" for none. */
export function longestSuffix(word: string, suffixes: readonly string[]): string {
  let longest = "";
  for (const suffix of suffixes) if (suffix.length > longest.length && word.endsWith(suffix)) longest = suffix;
  return longest;
}

export interface NamedStemmer {
  /** Name of natural's stemmer, as reported by `analyzerInfo`. */
  name: string;
  stem(word: string): string;
}

/** natural's Porter (Snowball) stemmers, by ISO 639-1 code. */
export const STEMMERS: Readonly<Record<string, NamedStemmer>> = {
  en: { name: "PorterStemmer", stem: (word) => naturalStemmers.en.stem(word) },
  fr: { name: "PorterStemmerFr", stem: (word) => naturalStemmers.fr.stem(word) },
  es: { name: "PorterStemmerEs", stem: (word) => FastPorterStemmerEs.stem(word) },
  pt: { name: "PorterStemmerPt", stem: (word) => naturalStemmers.pt.stem(word) },
  it: { name: "PorterStemmerIt", stem: (word) => naturalStemmers.it.stem(word) },
  de: { name: "PorterStemmerDe", stem: (word) => naturalStemmers.de.stem(word) },
  nl: { name: "PorterStemmerNl", stem: (word) => naturalStemmers.nl.stem(word) },
  ru: { name: "PorterStemmerRu", stem: (word) => naturalStemmers.ru.stem(word) },
  sv: { name: "PorterStemmerSv", stem: (word) => naturalStemmers.sv.stem(word) },
  no: { name: "PorterStemmerNo", stem: (word) => naturalStemmers.no.stem(word) },
  fa: { name: "PorterStemmerFa", stem: (word) => naturalStemmers.fa.stem(word) },
  uk: { name: "PorterStemmerUk", stem: (word) => naturalStemmers.uk.stem(word) },
};

/**
 * Words whose inflected forms the stemmers leave apart although they are among
 * the most frequent words of skills proposals (found by stemming singular/plural
 * pairs): Spanish Snowball strips "-en"/"-er" from "joven"/"mujer" as if they were
 * verb endings, natural's Portuguese stemmer misses the "-ns"/"-ais" plurals, the
 * French one keeps the "s" of "emplois", and Porter knows no irregular plurals.
 * Each maps a lower-case word to the stem of its other forms.
 */
export const STEM_EXCEPTIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: { women: "woman" },
  es: { joven: "joven", mujer: "mujer", aprendices: "aprendiz" },
  pt: { jovem: "jovem", jovens: "jovem", digitais: "digital", rurais: "rural", profissionais: "profissional" },
  fr: { emplois: "emploi" },
};

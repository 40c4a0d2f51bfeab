/**
 * `natural-stemmers.ts` for Node (chosen by the "node" condition of the
 * `#natural-stemmers` import): the same files, loaded with `require`. natural
 * is CommonJS; imported as ES modules, Node scans each file (and each file it
 * requires) for its exports first, which tripled the time to load the
 * stemmers, paid again by every worker thread.
 */
import { createRequire } from "node:module";
import type { NaturalStemmer, NaturalStemmers } from "./natural-stemmer-types.js";

const require = createRequire(import.meta.url);
const load = (name: string): NaturalStemmer => require(`natural/lib/natural/stemmers/${name}.js`) as NaturalStemmer;

export const naturalStemmers: NaturalStemmers = {
  en: load("porter_stemmer"),
  de: load("porter_stemmer_de"),
  es: load("porter_stemmer_es"),
  fa: load("porter_stemmer_fa"),
  fr: load("porter_stemmer_fr"),
  it: load("porter_stemmer_it"),
  nl: load("porter_stemmer_nl"),
  no: load("porter_stemmer_no"),
  pt: load("porter_stemmer_pt"),
  ru: load("porter_stemmer_ru"),
  sv: load("porter_stemmer_sv"),
  uk: load("porter_stemmer_uk"),
};

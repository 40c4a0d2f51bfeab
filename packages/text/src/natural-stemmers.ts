/**
 * natural's Porter (Snowball) stemmers, one file each (its main entry loads
 * database clients and logs). This is the module for browsers and bundlers;
 * in Node, the "node" condition of the `#natural-stemmers` import chooses
 * `natural-stemmers.node.ts`, which loads the same files with `require`.
 */
import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import PorterStemmerDe from "natural/lib/natural/stemmers/porter_stemmer_de.js";
import PorterStemmerEs from "natural/lib/natural/stemmers/porter_stemmer_es.js";
import PorterStemmerFa from "natural/lib/natural/stemmers/porter_stemmer_fa.js";
import PorterStemmerFr from "natural/lib/natural/stemmers/porter_stemmer_fr.js";
import PorterStemmerIt from "natural/lib/natural/stemmers/porter_stemmer_it.js";
import PorterStemmerNl from "natural/lib/natural/stemmers/porter_stemmer_nl.js";
import PorterStemmerNo from "natural/lib/natural/stemmers/porter_stemmer_no.js";
import PorterStemmerPt from "natural/lib/natural/stemmers/porter_stemmer_pt.js";
import PorterStemmerRu from "natural/lib/natural/stemmers/porter_stemmer_ru.js";
import PorterStemmerSv from "natural/lib/natural/stemmers/porter_stemmer_sv.js";
import PorterStemmerUk from "natural/lib/natural/stemmers/porter_stemmer_uk.js";
import type { NaturalStemmers } from "./natural-stemmer-types.js";

export const naturalStemmers: NaturalStemmers = {
  en: PorterStemmer,
  de: PorterStemmerDe,
  es: PorterStemmerEs,
  fa: PorterStemmerFa,
  fr: PorterStemmerFr,
  it: PorterStemmerIt,
  nl: PorterStemmerNl,
  no: PorterStemmerNo,
  pt: PorterStemmerPt,
  ru: PorterStemmerRu,
  sv: PorterStemmerSv,
  uk: PorterStemmerUk,
};

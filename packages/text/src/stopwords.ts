// The ES module build: the package's main entry is CommonJS, which Node scans for its exports
// (cjs-module-lexer) in every thread that loads it, a quarter-megabyte file, hot enough to be compiled.
import { deu, eng, fas, fra, ita, nld, nob, por, porBr, rus, spa, swe, ukr } from "stopword/dist/stopword.esm.mjs";
import { foldForMatching } from "./fold.js";

/**
 * Function words that the `stopword` lists lack (its Spanish list has 59 words)
 * and that otherwise glue content words into meaningless phrases ("will provide",
 * "además formación"). Only grammar words: words common in this corpus but
 * meaningful ("project", "skills") are left to the document-frequency cap.
 */
const MISSING_FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "will", "would", "shall", "may", "might", "must", "can", "could", "should", "within", "without",
    "including", "however", "among", "amongst", "upon", "via", "etc", "across", "towards", "toward",
    "whether", "thus", "therefore", "hence", "per", "yet", "even", "still", "every", "each", "either",
    "neither", "whose", "whom", "already", "often", "many", "much", "several", "various", "us", "our",
    "ours", "we", "they", "them", "their", "its", "this", "these", "those", "also", "well",
  ],
  fr: [
    "ainsi", "afin", "notamment", "également", "plus", "moins", "très", "tout", "tous", "toute", "toutes",
    "aussi", "alors", "dont", "chez", "vers", "selon", "entre", "sans", "sous", "cela", "ceci", "celle",
    "celles", "celui", "ceux", "leur", "leurs", "nos", "notre", "votre", "vos", "peut", "peuvent", "doit",
    "doivent", "sera", "seront", "etc", "lors", "dès", "déjà", "encore", "chaque", "plusieurs", "car",
    "donc", "puis", "via", "travers", "auprès", "parmi", "tel", "telle", "tels", "telles",
  ],
  es: [
    "además", "través", "así", "según", "cómo", "como", "porque", "mediante", "entre", "cada", "hacia",
    "hasta", "desde", "durante", "sin", "sobre", "tras", "también", "tanto", "todo", "todos", "toda",
    "todas", "muy", "más", "menos", "mismo", "misma", "mismos", "mismas", "otro", "otra", "otros", "otras",
    "puede", "pueden", "será", "serán", "etc", "dicho", "dicha", "ya", "aún", "sino", "cual", "cuales",
    "donde", "cuando", "nuestro", "nuestra", "nuestros", "nuestras", "su", "sus", "les", "lo", "los",
    "las", "ello", "ellos", "ellas", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas",
    "aquel", "aquella", "dentro", "manera",
  ],
};

const LISTS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [eng],
  fr: [fra],
  es: [spa],
  pt: [por, porBr],
  it: [ita],
  de: [deu],
  nl: [nld],
  ru: [rus],
  sv: [swe],
  no: [nob],
  fa: [fas],
  uk: [ukr],
};

const cache = new Map<string, ReadonlySet<string>>();

/** Folded stopwords of a supported language (empty for any other), built once. */
export function stopwordsOf(language: string): ReadonlySet<string> {
  let set = cache.get(language);
  if (set === undefined) {
    const words = [...(LISTS[language] ?? []), MISSING_FUNCTION_WORDS[language] ?? []].flat();
    set = new Set(words.map(foldForMatching));
    cache.set(language, set);
  }
  return set;
}

/** Languages with a stopword list. */
export function hasStopwords(language: string): boolean {
  return LISTS[language] !== undefined;
}

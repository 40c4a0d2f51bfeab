/**
 * The small grammar that lets templates be written plainly ("de les jeunes",
 * "em o setor") and still read correctly ("des jeunes", "no setor").
 */
import type { SampleLanguage } from "../types.js";

type Rule = [pattern: RegExp, replacement: string | ((match: string, ...groups: string[]) => string)];

/**
 * A whole-word pattern followed by `after`. `\b` is ASCII-only, so words with
 * accents ("précède de") need Unicode look-arounds.
 */
function words(source: string, after = ""): RegExp {
  return new RegExp(`(?<![\\p{L}'])${source}(?![\\p{L}])${after}`, "gu");
}

// Vowel-initial words take elision in French. "h" and "y" are left alone (aspirated h, "de Yaoundé").
const FRENCH_VOWEL = "[aeiouâàéèêîïôûAEIOUÂÀÉÈÊÎÏÔÛ]";

const CONTRACTIONS: Record<SampleLanguage, Rule[]> = {
  en: [
    [words("a", " (?=(?![Ee]u)[aeioAEIO]|8|11\\D|18\\D)"), "an "],
    [words("A", " (?=(?![Ee]u)[aeioAEIO])"), "An "],
  ],
  fr: [
    [words("de les"), "des"],
    [words("de le"), "du"],
    [words("à les"), "aux"],
    [words("à le"), "au"],
    [words("De les"), "Des"],
    [words("À les"), "Aux"],
    [words("(de|De|que|ne|se|jusque|lorsque|puisque)", ` (?=${FRENCH_VOWEL})`), (word) => word.trimEnd().slice(0, -1) + "'"],
    [words("si", " (?=ils?(?![\\p{L}]))"), "s'"],
  ],
  es: [
    [words("de el"), "del"],
    [words("a el"), "al"],
    [words("y", " (?=[iIíÍ]|[hH][iIíÍ](?![aeoAEO]))"), "e "],
    [words("o", " (?=[oOóÓ]|[hH][oOóÓ])"), "u "],
  ],
  pt: [
    [words("em o"), "no"],
    [words("em a"), "na"],
    [words("em os"), "nos"],
    [words("em as"), "nas"],
    [words("de o"), "do"],
    [words("de a"), "da"],
    [words("de os"), "dos"],
    [words("de as"), "das"],
    [words("a o"), "ao"],
    [words("a os"), "aos"],
    [words("a as"), "às"],
    [words("a a"), "à"],
    [words("Em o"), "No"],
    [words("Em a"), "Na"],
  ],
};

/** Applies contractions and elisions, capitalises sentences and tidies spaces. */
export function polish(language: SampleLanguage, text: string): string {
  let out = text.replace(/\s+/g, " ").trim();
  for (const [pattern, replacement] of CONTRACTIONS[language]) {
    out = typeof replacement === "string" ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  }
  out = out.replace(/ ([,.])/g, "$1");
  if (language === "fr") out = out.replace(/ ?([;:?!])/g, " $1");
  return capitalizeSentences(out);
}

/** Upper-cases the first letter of the text and of every sentence. */
export function capitalizeSentences(text: string): string {
  return text.replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

export function capitalize(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

const THOUSANDS: Record<SampleLanguage, string> = { en: ",", fr: " ", es: ".", pt: "." };

/** Integer with the thousands separator a writer of `language` would use (none below 10,000 in es/pt). */
export function formatNumber(language: SampleLanguage, value: number): string {
  const digits = String(Math.round(value));
  if (digits.length < 4 || ((language === "es" || language === "pt") && digits.length < 5)) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS[language]);
}

/** Number of words, as a reader counts them (runs of non-space characters). */
export function countWords(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === "" ? 0 : words.length;
}

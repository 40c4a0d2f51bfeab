/** Languages with both a stopword list and one of natural's Porter stemmers. */
export const SUPPORTED_LANGUAGES: readonly string[] = ["en", "fr", "es", "pt", "it", "de", "nl", "ru", "sv", "no", "fa", "uk"];

/** ISO 639-2 codes and other spellings of the supported languages. */
const ALIASES: Readonly<Record<string, string>> = {
  eng: "en", fra: "fr", fre: "fr", spa: "es", por: "pt", ita: "it", deu: "de", ger: "de", nld: "nl", dut: "nl",
  rus: "ru", swe: "sv", nor: "no", nob: "no", nno: "no", nb: "no", nn: "no", fas: "fa", per: "fa", ukr: "uk",
};

/**
 * ISO 639-1 code of a language tag: "EN-gb" -> "en", "spa" -> "es", "nb" -> "no".
 * Unknown languages keep their (lower-case, primary) code; empty means null.
 */
export function normalizeLanguage(language: string | null | undefined): string | null {
  if (language === null || language === undefined) return null;
  const primary = language.trim().toLowerCase().split(/[-_]/)[0];
  if (primary.length === 0) return null;
  return ALIASES[primary] ?? primary;
}

export function isSupportedLanguage(language: string | null): boolean {
  return language !== null && SUPPORTED_LANGUAGES.includes(language);
}

const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Matching key of a word: lower case, accents removed ("Éducation" -> "education").
 * Only for matching; surface forms keep their accents for display.
 */
export function foldForMatching(word: string): string {
  return word.toLowerCase().normalize("NFD").replace(COMBINING_MARKS, "").normalize("NFC");
}

/** Ordering of ids and labels that does not depend on the locale: UTF-16 code units. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Folding: the keys used to compare what people type. "Côte-d'Ivoire",
 * "cote d ivoire" and "COTE D'IVOIRE" all fold to "cote d ivoire".
 */

// Letters that Unicode does not decompose into a base letter and an accent.
const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", ł: "l", đ: "d", ı: "i", þ: "th" };

/** Lower case, accents removed, any run of non-letters/digits as one space, trimmed. */
export function foldText(value: string): string {
  return value
    .toLowerCase()
    .replace(/[œæßøłđıþ]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** `foldText` without spaces, for headers: "Mots-clés", "mots cles" and "MOTS_CLES" match. */
export function compactKey(value: string): string {
  return foldText(value).replace(/ /g, "");
}

/** The value without parenthesised parts: "Youth (15-24)" -> "Youth ". */
export function withoutParentheses(value: string): string {
  return value.replace(/\([^)]*\)|\[[^\]]*\]/g, " ");
}

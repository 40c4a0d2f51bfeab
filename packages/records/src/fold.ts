/**
 * Folding: the keys used to compare what people type. "Côte-d'Ivoire",
 * "cote d ivoire" and "COTE D'IVOIRE" all fold to "cote d ivoire".
 */

// Letters that Unicode does not decompose into a base letter and an accent.
const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", ł: "l", đ: "d", ı: "i", þ: "th" };

/**
 * Folded values already computed. Cells repeat a lot (the same countries,
 * categories, languages and beneficiary groups in every row), and folding runs
 * four Unicode passes, so a bounded memo saves most of the work on large files.
 */
const folded = new Map<string, string>();
const FOLD_MEMO_SIZE = 10_000;

/** Lower case, accents removed, any run of non-letters/digits as one space, trimmed. */
export function foldText(value: string): string {
  let key = folded.get(value);
  if (key === undefined) {
    key = fold(value);
    if (folded.size >= FOLD_MEMO_SIZE) folded.clear();
    folded.set(value, key);
  }
  return key;
}

function fold(value: string): string {
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

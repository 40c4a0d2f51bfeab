/**
 * Ids derived from titles when a record has none: a readable slug and a short
 * hash of the whole folded title, so the same title always gives the same id
 * whatever the row order, and long titles sharing a prefix stay distinct.
 */
import { foldText } from "./fold.js";

const MAX_SLUG_WORDS = 6;
const MAX_SLUG_LENGTH = 48;

/** 32-bit FNV-1a hash of a string's UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** "Formación dual para jóvenes rurales" -> "formacion-dual-para-jovenes-rurales-1a2b3c". */
export function deriveId(title: string): string {
  const folded = foldText(title);
  const slug = folded
    .split(" ")
    .filter((word) => word !== "")
    .slice(0, MAX_SLUG_WORDS)
    .join("-")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, "");
  const hash = fnv1a(folded).slice(0, 6);
  return slug === "" ? `p-${hash}` : `${slug}-${hash}`;
}

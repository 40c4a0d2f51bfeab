/**
 * A copy of `text` that keeps no larger string alive. V8 keeps a substring of
 * 13 characters or more as a view of the string it was cut from, so a word kept
 * from a document (its written form, its key) would keep the whole document
 * text alive for as long as the index lives. Joining and cutting again makes
 * the view point into a fresh copy of the word only.
 */
export function ownString(text: string): string {
  return text.length < SLICE_MIN_LENGTH ? text : (" " + text).slice(1);
}

/** Below this length V8 copies substrings instead of making views. */
const SLICE_MIN_LENGTH = 13;

/**
 * Language detection with franc-min, restricted to the languages a call
 * accepts, so that a French paragraph is not mistaken for Catalan or Wolof.
 */
import { francAll } from "franc-min";
import { languageEntry } from "./languages.js";

/** Texts shorter than this (in characters) are too short to tell reliably. */
export const MIN_DETECTION_LENGTH = 25;

/** When the runner-up scores at least this share of the best score, detection is unsure. */
export const UNSURE_RATIO = 0.95;

/** The default detection set: the languages of the ILO Skills Challenge proposals. */
export const DETECTABLE_LANGUAGES = ["en", "fr", "es", "pt", "it", "de", "nl", "ru", "sv", "no", "fa", "uk"] as const;

/**
 * The ISO 639-1 code of the language `text` is written in, chosen among
 * `languages` (ISO 639-1). Null when the text is shorter than
 * MIN_DETECTION_LENGTH, when franc cannot tell (`und`), or when two languages
 * score almost the same.
 */
export function detectLanguage(text: string, languages: readonly string[] = DETECTABLE_LANGUAGES): string | null {
  if (typeof text !== "string" || text.trim().length < MIN_DETECTION_LENGTH) return null;
  const toIso1 = new Map<string, string>();
  for (const language of languages) {
    const entry = languageEntry(language);
    if (entry?.franc) toIso1.set(entry.franc, entry.code);
  }
  if (toIso1.size === 0) return null;
  if (toIso1.size === 1) return [...toIso1.values()][0];
  const [best, runnerUp] = francAll(text, { only: [...toIso1.keys()], minLength: MIN_DETECTION_LENGTH });
  if (!best || best[0] === "und") return null;
  if (runnerUp && runnerUp[1] >= UNSURE_RATIO * best[1]) return null;
  return toIso1.get(best[0]) ?? null;
}

import type { UiLanguage } from "../state/types.js";
import { dictionaries } from "./dictionaries.js";
import type { MessageKey, MessageParams } from "./types.js";
import { format } from "./utils.js";

export * from "./types.js";
export * from "./labels.js";
export { dictionaries } from "./dictionaries.js";
export { format, formatParts, placeholders } from "./utils.js";
export { issueText } from "./issues.js";

/** Translates a key into the given language, filling `{placeholders}`. */
export function translate(language: UiLanguage, key: MessageKey, params?: MessageParams): string {
  return format(dictionaries[language][key], params);
}

/** A translator bound to one language, as views use it. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(language: UiLanguage): Translate {
  return (key, params) => translate(language, key, params);
}

/** Number formatting in the interface language (1 234 / 1,234). */
export function formatNumber(value: number, language: UiLanguage, fractionDigits = 0): string {
  return value.toLocaleString(language, { maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits });
}

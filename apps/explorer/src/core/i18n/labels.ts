/**
 * Labels of data values in the interface language: categories, beneficiary
 * groups and organisation types from the records package's tables, regions
 * from the dictionary, countries and languages from the browser (Intl.DisplayNames).
 * A value the tables do not know (a custom category) shows as written.
 */
import { BENEFICIARY_LABELS, CATEGORY_LABELS, ORGANIZATION_TYPE_LABELS } from "@skills-network/records";
import type { UiLanguage } from "../state/types.js";
import { dictionaries } from "./dictionaries.js";
import type { MessageKey } from "./types.js";

type LabelTable = Readonly<Record<string, Readonly<Record<UiLanguage, string>>>>;

function lookUp(table: LabelTable, value: string, language: UiLanguage): string {
  if (!Object.hasOwn(table, value)) return value;
  const labels = table[value]!;
  return labels[language] ?? labels.en ?? value;
}

export function categoryLabel(value: string, language: UiLanguage): string {
  return lookUp(CATEGORY_LABELS, value, language);
}

export function beneficiaryLabel(value: string, language: UiLanguage): string {
  return lookUp(BENEFICIARY_LABELS, value, language);
}

export function organizationTypeLabel(value: string, language: UiLanguage): string {
  return lookUp(ORGANIZATION_TYPE_LABELS, value, language);
}

/** M49 region names ("Africa") are in the dictionaries; anything else shows as written. */
export function regionLabel(value: string, language: UiLanguage): string {
  const key = `region.${value}` as MessageKey;
  const messages = dictionaries[language];
  return Object.hasOwn(messages, key) ? messages[key] : value;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesOf(language: UiLanguage, type: "region" | "language"): Intl.DisplayNames | null {
  const cacheKey = `${language}:${type}`;
  if (!displayNames.has(cacheKey)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([language], { type, fallback: "none" });
    } catch {
      names = null; // Very old engines: fall back to the data's own names.
    }
    displayNames.set(cacheKey, names);
  }
  return displayNames.get(cacheKey)!;
}

/** Country name in the interface language from its ISO alpha-2 code; `fallback` (the data's name) otherwise. */
export function countryLabel(code: string, fallback: string | null, language: UiLanguage): string {
  try {
    const name = namesOf(language, "region")?.of(code.toUpperCase());
    if (name) return name;
  } catch {
    // Not a valid region code: use the data's name.
  }
  return fallback ?? code;
}

/** Language name in the interface language from its ISO 639-1 code ("fr" -> "French" / "français"). */
export function languageLabel(code: string, language: UiLanguage): string {
  try {
    const name = namesOf(language, "language")?.of(code);
    if (name) return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    // Not a valid language tag.
  }
  return code;
}

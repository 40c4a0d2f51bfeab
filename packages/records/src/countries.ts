/**
 * Countries by English, French or Spanish name (official, short and common
 * names), or by ISO 3166-1 alpha-2, alpha-3 or numeric code.
 */
import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json" with { type: "json" };
import french from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import spanish from "i18n-iso-countries/langs/es.json" with { type: "json" };
import { foldText, withoutParentheses } from "./fold.js";
import { m49Names, m49Regions } from "./m49.js";
import type { CountryInfo } from "./types.js";

const NAME_LANGUAGES = ["en", "fr", "es"] as const;

// Names people write that the ISO tables lack, and short display names for long official ones.
const EXTRA_ALIASES: Record<string, readonly string[]> = {
  CD: ["DRC", "DR Congo", "RDC", "RD Congo", "Congo-Kinshasa", "Congo Kinshasa", "Congo (Kinshasa)"],
  CG: ["Congo-Brazzaville", "Congo Brazzaville", "Congo (Brazzaville)"],
  CI: ["Cote dIvoire"],
  CZ: ["Czech Republic", "République tchèque", "República Checa"],
  GB: ["England", "Scotland", "Wales", "Northern Ireland", "Britain", "Angleterre", "Inglaterra"],
  KR: ["Korea", "Corée", "Corea del Sur"],
  KP: ["Corea del Norte"],
  LA: ["Laos"],
  MK: ["Macedonia", "North Macedonia", "Macédoine du Nord", "Macedonia del Norte"],
  MM: ["Burma", "Birmanie"],
  NL: ["Holland", "Hollande", "Holanda"],
  SZ: ["Swaziland"],
  TR: ["Turkiye"],
  US: ["United States", "Etats-Unis", "EEUU", "EE. UU.", "EE.UU."],
  VN: ["Viet Nam"],
  PS: ["Palestinian Territories", "Territoires palestiniens", "Territorios Palestinos"],
};

const DISPLAY_NAMES: Record<string, string> = {
  BO: "Bolivia",
  CI: "Côte d'Ivoire",
  CN: "China",
  FM: "Micronesia",
  GM: "Gambia",
  IR: "Iran",
  LA: "Laos",
  MD: "Moldova",
  MK: "North Macedonia",
  PS: "Palestine",
  TW: "Taiwan",
  TZ: "Tanzania",
  US: "United States",
  VA: "Holy See",
  VE: "Venezuela",
};

// Leading articles are indexed and looked up both with and without ("The Gambia", "El Salvador").
const ARTICLE = /^(the|la|le|les|l|el|los|las) /;

interface CountryLookup {
  byName: Map<string, string>;
  byCode: Map<string, string>;
}

let lookup: CountryLookup | undefined;

function addName(byName: Map<string, string>, name: string, alpha2: string): void {
  for (const text of [name, withoutParentheses(name)]) {
    const key = foldText(text);
    if (key === "") continue;
    // First writer wins: official names are added before alternative ones ("Congo" is CG, not CD).
    if (!byName.has(key)) byName.set(key, alpha2);
    const bare = key.replace(ARTICLE, "");
    if (bare !== key && !byName.has(bare)) byName.set(bare, alpha2);
  }
}

function buildLookup(): CountryLookup {
  for (const locale of [english, french, spanish]) countries.registerLocale(locale);
  const byName = new Map<string, string>();
  const byCode = new Map<string, string>();
  const namesPerLanguage = NAME_LANGUAGES.map((lang) => countries.getNames(lang, { select: "all" }));
  for (const names of namesPerLanguage) for (const [alpha2, all] of Object.entries(names)) addName(byName, all[0], alpha2);
  for (const names of namesPerLanguage) for (const [alpha2, all] of Object.entries(names)) all.forEach((name) => addName(byName, name, alpha2));
  for (const [alpha2, aliases] of Object.entries(EXTRA_ALIASES)) aliases.forEach((name) => addName(byName, name, alpha2));
  for (const [alpha3, name] of m49Names()) {
    const alpha2 = countries.alpha3ToAlpha2(alpha3);
    if (alpha2) addName(byName, name, alpha2);
  }
  for (const [alpha2, alpha3] of Object.entries(countries.getAlpha2Codes())) {
    byCode.set(alpha2, alpha2);
    byCode.set(alpha3, alpha2);
  }
  for (const [numeric, alpha2] of Object.entries(countries.getNumericCodes())) byCode.set(numeric, alpha2);
  lookup = { byName, byCode };
  return lookup;
}

function infoOf(alpha2: string): CountryInfo {
  const alpha3 = countries.alpha2ToAlpha3(alpha2) ?? "";
  const name = DISPLAY_NAMES[alpha2] ?? countries.getName(alpha2, "en") ?? alpha2;
  return { code: alpha2, name, ...m49Regions(alpha3) };
}

function codeOf(value: string, { byName, byCode }: CountryLookup): string | undefined {
  const trimmed = value.trim();
  if (/^\d{1,3}$/.test(trimmed)) return byCode.get(trimmed.padStart(3, "0"));
  // Codes are tried first for short values ("SN", "SEN"), names first otherwise ("Oman", "Peru").
  const code = /^[A-Za-z]{2,3}$/.test(trimmed) ? byCode.get(trimmed.toUpperCase()) : undefined;
  if (code) return code;
  const key = foldText(trimmed);
  return byName.get(key) ?? byName.get(key.replace(ARTICLE, "")) ?? byName.get(foldText(withoutParentheses(trimmed)));
}

/**
 * The country a name or code stands for: "Sénégal", "Senegal", "SN", "SEN" and
 * "686" all give `{ code: "SN", name: "Senegal", region: "Africa", subRegion: "Western Africa" }`.
 * Null when the value is empty or not recognised.
 */
export function normalizeCountry(value: string): CountryInfo | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  const alpha2 = codeOf(value, lookup ?? buildLookup());
  return alpha2 ? infoOf(alpha2) : null;
}

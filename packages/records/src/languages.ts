/**
 * Languages: ISO 639-1 codes from names (in English, French, Spanish and the
 * language itself), ISO 639-2/3 codes or BCP 47 tags ("pt-BR").
 */
import { foldText, withoutParentheses } from "./fold.js";

export interface LanguageEntry {
  /** ISO 639-1 code. */
  code: string;
  /** ISO 639-2/3 codes (terminology, bibliographic, individual) that mean this language. */
  codes: readonly string[];
  /** Code franc-min returns for it, when franc-min can detect it. */
  franc: string | null;
  /** Names in English, French and Spanish, then the language's own name and other spellings. */
  names: readonly string[];
}

/** Languages the reader knows by name and code. The first twelve are the default detection set. */
export const LANGUAGES: readonly LanguageEntry[] = [
  { code: "en", codes: ["eng"], franc: "eng", names: ["English", "anglais", "inglés"] },
  { code: "fr", codes: ["fra", "fre"], franc: "fra", names: ["French", "français", "francés", "francais"] },
  { code: "es", codes: ["spa"], franc: "spa", names: ["Spanish", "espagnol", "español", "castellano", "castillan"] },
  { code: "pt", codes: ["por"], franc: "por", names: ["Portuguese", "portugais", "portugués", "português"] },
  { code: "it", codes: ["ita"], franc: "ita", names: ["Italian", "italien", "italiano"] },
  { code: "de", codes: ["deu", "ger"], franc: "deu", names: ["German", "allemand", "alemán", "Deutsch"] },
  { code: "nl", codes: ["nld", "dut"], franc: "nld", names: ["Dutch", "néerlandais", "neerlandés", "Nederlands", "Flemish", "flamand", "holandés"] },
  { code: "ru", codes: ["rus"], franc: "rus", names: ["Russian", "russe", "ruso", "русский"] },
  { code: "sv", codes: ["swe"], franc: "swe", names: ["Swedish", "suédois", "sueco", "svenska"] },
  // franc-min has no Norwegian model, so "no" is accepted when given but never detected.
  { code: "no", codes: ["nor", "nob", "nno", "nb", "nn"], franc: null, names: ["Norwegian", "norvégien", "noruego", "norsk", "bokmål", "nynorsk"] },
  { code: "fa", codes: ["fas", "per", "pes", "prs"], franc: "pes", names: ["Persian", "persan", "persa", "Farsi", "Dari", "فارسی"] },
  { code: "uk", codes: ["ukr"], franc: "ukr", names: ["Ukrainian", "ukrainien", "ucraniano", "українська"] },
  { code: "ar", codes: ["ara", "arb"], franc: "arb", names: ["Arabic", "arabe", "árabe", "العربية"] },
  { code: "zh", codes: ["zho", "chi", "cmn"], franc: "cmn", names: ["Chinese", "chinois", "chino", "Mandarin", "中文"] },
  { code: "hi", codes: ["hin"], franc: "hin", names: ["Hindi", "हिन्दी"] },
  { code: "bn", codes: ["ben"], franc: "ben", names: ["Bengali", "Bangla", "bengalí"] },
  { code: "ur", codes: ["urd"], franc: "urd", names: ["Urdu", "ourdou"] },
  { code: "sw", codes: ["swa", "swh"], franc: "swh", names: ["Swahili", "Kiswahili", "suajili"] },
  { code: "am", codes: ["amh"], franc: "amh", names: ["Amharic", "amharique", "amárico"] },
  { code: "ha", codes: ["hau"], franc: "hau", names: ["Hausa", "haoussa"] },
  { code: "yo", codes: ["yor"], franc: "yor", names: ["Yoruba"] },
  { code: "wo", codes: ["wol"], franc: null, names: ["Wolof"] },
  { code: "tr", codes: ["tur"], franc: "tur", names: ["Turkish", "turc", "turco", "Türkçe"] },
  { code: "pl", codes: ["pol"], franc: "pol", names: ["Polish", "polonais", "polaco", "polski"] },
  { code: "ro", codes: ["ron", "rum"], franc: "ron", names: ["Romanian", "roumain", "rumano", "română"] },
  { code: "el", codes: ["ell", "gre"], franc: null, names: ["Greek", "grec", "griego", "ελληνικά"] },
  { code: "id", codes: ["ind"], franc: "ind", names: ["Indonesian", "indonésien", "indonesio", "Bahasa Indonesia"] },
  { code: "vi", codes: ["vie"], franc: "vie", names: ["Vietnamese", "vietnamien", "vietnamita", "Tiếng Việt"] },
  { code: "ja", codes: ["jpn"], franc: "jpn", names: ["Japanese", "japonais", "japonés", "日本語"] },
  { code: "ko", codes: ["kor"], franc: "kor", names: ["Korean", "coréen", "coreano", "한국어"] },
  { code: "ht", codes: ["hat"], franc: null, names: ["Haitian Creole", "créole haïtien", "criollo haitiano", "kreyòl"] },
  { code: "qu", codes: ["que", "qug"], franc: "qug", names: ["Quechua"] },
  { code: "gn", codes: ["grn"], franc: null, names: ["Guarani", "guaraní"] },
];

let lookup: Map<string, LanguageEntry> | undefined;

function languageLookup(): Map<string, LanguageEntry> {
  if (lookup) return lookup;
  lookup = new Map();
  for (const entry of LANGUAGES) {
    for (const key of [entry.code, ...entry.codes, ...entry.names]) lookup.set(foldText(key), entry);
  }
  return lookup;
}

/** The language entry of an ISO 639-1 code, if known. */
export function languageEntry(code: string): LanguageEntry | undefined {
  return languageLookup().get(foldText(code));
}

/**
 * The ISO 639-1 code of a language name or code: "English", "français",
 * "Español", "en", "fra", "spa", "pt-BR", "en_US" -> "en", "fr", "es", "en", "fr", "es", "pt", "en".
 * Null when empty or unknown.
 */
export function normalizeLanguage(value: string): string | null {
  if (typeof value !== "string") return null;
  const entries = languageLookup();
  const key = foldText(value);
  if (key === "") return null;
  const direct = entries.get(key) ?? entries.get(foldText(withoutParentheses(value)));
  if (direct) return direct.code;
  // BCP 47 tag: the primary subtag decides ("pt-BR", "zh-Hans-CN", "en_GB").
  const tag = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})+$/i.exec(value.trim());
  return tag ? (entries.get(tag[1].toLowerCase())?.code ?? null) : null;
}

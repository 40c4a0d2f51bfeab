import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language.js";
import { LANGUAGES, normalizeLanguage } from "./languages.js";
import { foldText } from "./fold.js";

describe("normalizeLanguage", () => {
  it.each([
    ["English", "en"],
    ["anglais", "en"],
    ["français", "fr"],
    ["Français", "fr"],
    ["Español", "es"],
    ["castellano", "es"],
    ["en", "en"],
    ["fra", "fr"],
    ["fre", "fr"],
    ["spa", "es"],
    ["pt-BR", "pt"],
    ["en_US", "en"],
    ["Farsi", "fa"],
    ["nb", "no"],
    ["English (UK)", "en"],
  ])("%s -> %s", (value, code) => {
    expect(normalizeLanguage(value)).toBe(code);
  });

  it("returns null for unknown or empty values", () => {
    expect(normalizeLanguage("Klingon")).toBeNull();
    expect(normalizeLanguage("xx-YY")).toBeNull();
    expect(normalizeLanguage(" ")).toBeNull();
  });

  it("has no name or code shared by two languages", () => {
    const owner = new Map<string, string>();
    for (const entry of LANGUAGES) {
      for (const key of [entry.code, ...entry.codes, ...entry.names].map(foldText)) {
        expect(owner.get(key) ?? entry.code, key).toBe(entry.code);
        owner.set(key, entry.code);
      }
    }
  });
});

describe("detectLanguage", () => {
  const french =
    "Notre projet forme les jeunes des zones rurales aux métiers de l'agriculture durable grâce à un apprentissage en alternance avec des coopératives locales.";
  const spanish =
    "Nuestro proyecto ofrece formación profesional a mujeres jóvenes de comunidades rurales, con prácticas en empresas locales y acompañamiento para encontrar empleo.";
  const english =
    "Our project trains young people in rural areas for jobs in sustainable agriculture through apprenticeships with local cooperatives.";

  it("detects French, Spanish and English paragraphs", () => {
    expect(detectLanguage(french, ["en", "fr", "es"])).toBe("fr");
    expect(detectLanguage(spanish, ["en", "fr", "es"])).toBe("es");
    expect(detectLanguage(english, ["en", "fr", "es"])).toBe("en");
  });

  it("only returns languages it is allowed to", () => {
    expect(detectLanguage(spanish, ["en", "fr"])).not.toBe("es");
    expect(detectLanguage(french, ["de"])).toBe("de");
  });

  it("returns null for short text", () => {
    expect(detectLanguage("Youth skills", ["en", "fr", "es"])).toBeNull();
    expect(detectLanguage("", ["en", "fr", "es"])).toBeNull();
  });
});

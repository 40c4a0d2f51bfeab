import { describe, expect, it } from "vitest";
import { analyze, analyzerInfo } from "./analyze.js";
import { SUPPORTED_LANGUAGES } from "./languages.js";

const terms = (text: string, language: string | null) => analyze(text, language, { phrases: false }).map((t) => t.term);
const termOf = (word: string, language: string) => terms(word, language)[0];

describe("analyze: stemming and folding", () => {
  it("stems English inflections together", () => {
    expect(terms("apprenticeships apprenticeship Trainings trained", "en")).toEqual([
      "apprenticeship",
      "apprenticeship",
      "train",
      "train",
    ]);
  });

  it("links French inflected forms", () => {
    expect(termOf("formations", "fr")).toBe(termOf("formation", "fr"));
    expect(termOf("professionnelles", "fr")).toBe(termOf("professionnelle", "fr"));
    expect(termOf("jeunes", "fr")).toBe(termOf("jeune", "fr"));
    expect(termOf("emplois", "fr")).toBe(termOf("emploi", "fr"));
  });

  it("links Spanish inflected forms, with the exceptions Snowball misses", () => {
    expect(termOf("formaciones", "es")).toBe(termOf("formación", "es"));
    expect(termOf("emprendedoras", "es")).toBe(termOf("emprendedores", "es"));
    expect(termOf("jóvenes", "es")).toBe(termOf("joven", "es"));
    expect(termOf("mujeres", "es")).toBe(termOf("mujer", "es"));
    // What the stemmer really does: the noun and the agent noun stay apart.
    expect(termOf("emprendimiento", "es")).not.toBe(termOf("emprendedoras", "es"));
  });

  it("stems before folding accents: folding first would break Snowball's suffix rules", () => {
    // "educación" stems to "educ"; the folded "educacion" would not be stemmed at all.
    expect(termOf("educación", "es")).toBe("educ");
    expect(termOf("éducation", "fr")).toBe(termOf("education", "fr"));
    expect(termOf("Éducation", "fr")).toBe("educ");
  });

  it("keeps the surface form, accents included, for display", () => {
    expect(analyze("Jóvenes", "es")[0]).toEqual({ term: "youth", display: "jóvenes" });
    expect(analyze("Éleveurs", "fr")[0]).toEqual({ term: "eleveur", display: "éleveurs" });
  });
});

describe("analyze: stopwords", () => {
  it("removes English, French and Spanish stopwords", () => {
    expect(terms("the skills of the youth will be improved", "en")).toEqual(["skill", "youth", "improv"]);
    // "compétences", "jeunes", "formación", "jóvenes": words of a concept shared across languages (concepts.ts).
    expect(terms("les compétences des jeunes et leur avenir", "fr")).toEqual(["skill", "youth", "aven"]);
    expect(terms("además de la formación para los jóvenes", "es")).toEqual(["train", "youth"]);
  });

  it("drops numbers and lone letters", () => {
    expect(terms("train 500 youth in 2024 x", "en")).toEqual(["train", "youth"]);
  });
});

describe("analyze: phrases", () => {
  it("makes two-word phrases of adjacent content words, keyed by stems, shown as written", () => {
    const result = analyze("Digital skills for young women", "en");
    expect(result).toContainEqual({ term: "digit skill", display: "digital skills" });
    expect(result).toContainEqual({ term: "young woman", display: "young women" });
  });

  it("never makes a phrase across a stopword, a comma or a line break", () => {
    const phrases = (text: string) => analyze(text, "en").filter((t) => t.term.includes(" ")).map((t) => t.display);
    expect(phrases("skills for youth")).toEqual([]);
    expect(phrases("digital, skills")).toEqual([]);
    expect(phrases("digital\nskills")).toEqual([]);
    expect(phrases("work-based learning")).toEqual(["work-based", "based learning"]);
  });

  it("makes French and Spanish phrases", () => {
    expect(analyze("la formation professionnelle", "fr").map((t) => t.display)).toContain("formation professionnelle");
    expect(analyze("la formación profesional", "es").map((t) => t.display)).toContain("formación profesional");
  });
});

describe("analyzerInfo", () => {
  it("lists every language natural has a Porter stemmer for", () => {
    expect([...SUPPORTED_LANGUAGES].sort()).toEqual(["de", "en", "es", "fa", "fr", "it", "nl", "no", "pt", "ru", "sv", "uk"]);
    for (const language of SUPPORTED_LANGUAGES) {
      expect(analyzerInfo(language)).toMatchObject({ language, supported: true });
      expect(analyzerInfo(language).stemmer).toMatch(/^PorterStemmer/);
    }
  });

  it("normalises language tags", () => {
    expect(analyzerInfo("EN-gb")).toEqual({ language: "en", supported: true, stemmer: "PorterStemmer" });
    expect(analyzerInfo("spa").language).toBe("es");
    expect(analyzerInfo("nb").language).toBe("no");
  });

  it("says when the neutral fallback is used", () => {
    expect(analyzerInfo("sw")).toEqual({ language: "sw", supported: false, stemmer: null });
    expect(analyzerInfo(null)).toEqual({ language: null, supported: false, stemmer: null });
  });

  it("falls back to folding only: no stemming, no stopwords", () => {
    expect(terms("Mafunzo ya Ufundi kwa vijana", "sw")).toEqual(["mafunzo", "ya", "ufundi", "kwa", "vijana"]);
    expect(terms("the trainings", null)).toEqual(["the", "trainings"]);
  });

  it("stems other supported languages", () => {
    expect(termOf("Ausbildungen", "de")).toBe(termOf("Ausbildung", "de"));
    expect(termOf("образования", "ru")).toBe(termOf("образование", "ru"));
    expect(termOf("jovens", "pt")).toBe(termOf("jovem", "pt"));
  });
});

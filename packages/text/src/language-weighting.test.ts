import { describe, expect, it } from "vitest";
import { buildIndex } from "./build-index.js";
import type { TextDocument } from "./types.js";

const ENGLISH = [
  "Solar panel installers learn wiring and maintenance",
  "Young farmers learn irrigation and crop rotation",
  "Coding bootcamp for women in software testing",
  "Hotel staff train in hospitality and tourism services",
  "Construction workers certify masonry and site safety",
  "Street vendors keep accounts on mobile phones",
  "Nurses and community health workers learn first aid",
  "Mechanics repair motorcycles in informal workshops",
  "Tailors design clothes and sell them online",
  "Refugees have their carpentry skills recognised",
  "Teachers use tablets to teach reading to children",
  "Fishers learn to preserve and market their catch",
];
const SPANISH = [
  "Trabajo para personas con habilidades: paneles solares, instalación",
  "Trabajo para personas con habilidades: paneles solares, mantenimiento",
  "Trabajo para personas con habilidades: cultivo, agricultura, riego",
  "Trabajo para personas con habilidades: cultivo, agricultura, cosecha",
];

function corpus(englishLanguage: string): TextDocument[] {
  return [
    ...ENGLISH.map((text, i) => ({ id: `en${i}`, language: englishLanguage, text })),
    ...SPANISH.map((text, i) => ({ id: `es${i + 1}`, language: "es", text })),
  ];
}

function score(index: ReturnType<typeof buildIndex>, a: string, b: string): number {
  return index.similarTo(a, { k: 20, minScore: 0 }).find((match) => match.id === b)?.score ?? 0;
}

describe("idf in a corpus of several languages", () => {
  it("weighs a language's everyday words by their share of that language, not of the corpus", () => {
    const mixed = buildIndex(corpus("en"));
    // Every document marked Spanish: one language, plain document counts.
    const oneLanguage = buildIndex(corpus("es"));
    // es1 and es3 share only "trabajo personas habilidades": words of every Spanish proposal.
    expect(score(mixed, "es1", "es3")).toBeLessThan(score(oneLanguage, "es1", "es3") - 0.1);
    // What they are about still links the proposals on the same theme.
    expect(mixed.similarTo("es1", { k: 1, minScore: 0 })[0]!.id).toBe("es2");
    expect(mixed.similarTo("es3", { k: 1, minScore: 0 })[0]!.id).toBe("es4");
    expect(score(mixed, "es1", "es2")).toBeGreaterThan(2 * score(mixed, "es1", "es3"));
  });
});

import { describe, expect, it } from "vitest";
import { buildIndex } from "./build-index.js";
import { stemKeyOf, termOfWord } from "./analyze.js";
import { CONCEPT_LANGUAGES, CONCEPTS, conceptTable } from "./concepts.js";

describe("concepts shared across languages", () => {
  it("give the words of one concept one term key in every language", () => {
    expect(termOfWord("solaires", "fr")).toBe(termOfWord("solar", "en"));
    expect(termOfWord("apprentissage", "fr")).toBe(termOfWord("apprenticeship", "en"));
    expect(termOfWord("aprendizaje", "es")).toBe(termOfWord("apprenticeships", "en"));
    expect(termOfWord("formação", "pt")).toBe(termOfWord("training", "en"));
    expect(termOfWord("mujeres", "es")).toBe(termOfWord("women", "en"));
    // Words of no concept keep their own stems.
    expect(termOfWord("panneaux", "fr")).not.toBe(termOfWord("panels", "en"));
  });

  it("never give one word two concepts, and list every language's words", () => {
    const table = conceptTable(stemKeyOf);
    expect(table.conflicts).toEqual([]);
    for (const language of CONCEPT_LANGUAGES.filter((language) => language !== "en")) {
      expect(table.keys.get(language)!.size).toBeGreaterThan(CONCEPTS.length / 2);
    }
  });

  it("link a French proposal to the English one on the same subject", () => {
    const index = buildIndex([
      { id: "fr-solar", language: "fr", text: "Former des jeunes femmes à l'installation de panneaux solaires : énergie solaire et apprentissage." },
      { id: "en-solar", language: "en", text: "Young women learn to install solar panels: solar energy through apprenticeships." },
      { id: "en-hotel", language: "en", text: "Hotel staff train in hospitality and tourism services." },
      { id: "en-code", language: "en", text: "A coding bootcamp teaches web development to jobseekers." },
      { id: "es-farm", language: "es", text: "Cooperativas de agricultores aprenden riego y cosecha." },
    ]);
    const [best] = index.similarTo("fr-solar", { k: 1, minScore: 0 });
    expect(best!.id).toBe("en-solar");
    expect(best!.sharedTerms.map((term) => term.term)).toEqual(expect.arrayContaining(["solar"]));
  });
});

import { describe, expect, it } from "vitest";
import { buildTfIdfIndex } from "./index.js";
import type { TextDocument } from "./types.js";

const docs: TextDocument[] = [
  { id: "a", language: "en", text: "Youth apprenticeships in solar energy installation for rural communities" },
  { id: "b", language: "en", text: "Solar panel installers: apprenticeships for young people in rural areas" },
  { id: "c", language: "fr", text: "Apprentissage des jeunes dans l'installation de panneaux solaires en zone rurale" },
  { id: "d", language: "es", text: "Formación de mujeres emprendedoras en agricultura sostenible y cooperativas" },
  { id: "e", language: "en", text: "Women entrepreneurs in sustainable agriculture and cooperatives" },
  { id: "f", language: "en", text: "Digital skills bootcamp for women in coding and data" },
];

describe("dropPostings", () => {
  it("frees the inverted index and rebuilds exactly the same one on the next search", () => {
    const index = buildTfIdfIndex(docs);
    const before = structuredClone({ postings: index.searchArrays.postings, maxWeight: index.searchArrays.maxWeight });
    const links = index.neighbours({ k: 2, minScore: 0.05 });
    const similar = index.similarTo("a", { k: 3, minScore: 0 });
    const found = index.query("solar apprenticeships", { k: 3, minScore: 0 });
    const keywords = index.keywords("d", 4);

    index.dropPostings();
    // Keywords need only the vectors: the postings stay dropped.
    expect(index.keywords("d", 4)).toEqual(keywords);
    expect(index.distinctiveTerms([["a", "b", "c"]], 3)[0].length).toBeGreaterThan(0);
    expect(index.similarTo("a", { k: 3, minScore: 0 })).toEqual(similar);
    expect({ postings: index.searchArrays.postings, maxWeight: index.searchArrays.maxWeight }).toEqual(before);

    index.dropPostings();
    expect(index.searchArrays.postings.index.length).toBe(before.postings.index.length);
    index.dropPostings();
    expect(index.query("solar apprenticeships", { k: 3, minScore: 0 })).toEqual(found);
    index.dropPostings();
    expect(index.neighbours({ k: 2, minScore: 0.05 })).toEqual(links);
  });
});

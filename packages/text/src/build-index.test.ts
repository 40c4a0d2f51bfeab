import { describe, expect, it } from "vitest";
import { buildIndex, defaults } from "./index.js";
import type { TextDocument } from "./types.js";

const PROPOSALS: TextDocument[] = [
  {
    id: "agri-1",
    language: "en",
    text: "Youth apprenticeships in agriculture: rural young people learn modern farming with cooperatives.",
    keywords: ["apprenticeship", "agriculture"],
  },
  {
    id: "agri-2",
    language: "en",
    text: "An agriculture apprenticeship programme placing rural youth with farming cooperatives and agribusinesses.",
  },
  { id: "digital-1", language: "en", text: "Digital skills bootcamps teach coding and data analysis to unemployed women in cities." },
  { id: "digital-2", language: "en", text: "Coding bootcamps for women: digital skills, data analysis and mentoring for jobs in tech." },
  { id: "guidance-1", language: "en", text: "Career guidance app that matches students with vocational courses and job counsellors." },
  { id: "guidance-2", language: "en", text: "Online career guidance and counselling for secondary school students choosing vocational courses." },
  { id: "rpl-1", language: "en", text: "Recognition of prior learning: certification of informal construction workers' skills through assessment." },
  { id: "rpl-2", language: "en", text: "Skills assessment and certification for construction workers in the informal economy, recognising prior learning." },
  { id: "green-1", language: "en", text: "Solar panel installation training for technicians in green energy jobs." },
  { id: "tourism-1", language: "en", text: "Hospitality and tourism training for hotel staff on the coast." },
];

const index = buildIndex(PROPOSALS);
const sharedLabels = (match: { sharedTerms: { term: string }[] }) => match.sharedTerms.map((t) => t.term);

describe("buildIndex", () => {
  it("has the documented defaults", () => {
    expect(defaults).toEqual({ phrases: true, keywordBoost: 2, maxDocumentFrequency: 0.5, minDocumentFrequency: 2, explainTerms: 5 });
    expect(index.options).toEqual(defaults);
  });

  it("rejects duplicate ids and bad options with a message that says what to do", () => {
    expect(() => buildIndex([PROPOSALS[0], PROPOSALS[0]])).toThrow('@skills-network/text: duplicate document id "agri-1"');
    expect(() => buildIndex(PROPOSALS, { maxDocumentFrequency: 0 })).toThrow("@skills-network/text: option maxDocumentFrequency must be a number > 0");
    expect(() => buildIndex(PROPOSALS, { explainTerms: 1.5 })).toThrow("option explainTerms must be a whole number >= 0");
  });

  it("keeps documents in order and gives each an L2-normalised vector, term ids ascending", () => {
    expect(index.ids).toEqual(PROPOSALS.map((doc) => doc.id));
    for (const id of index.ids) {
      const vector = index.vector(id)!;
      expect(vector.terms.length).toBeGreaterThan(3);
      expect([...vector.terms]).toEqual([...vector.terms].sort((a, b) => a - b));
      expect(vector.weights.reduce((sum, w) => sum + w * w, 0)).toBeCloseTo(1, 5);
    }
    expect(index.vector("nope")).toBeUndefined();
    expect(index.has("agri-2")).toBe(true);
    expect(index.has("nope")).toBe(false);
  });

  it("shows a term in its most frequent written form", () => {
    // "apprenticeship" twice (keyword, agri-2), "apprenticeships" once.
    const vector = index.vector("agri-2")!;
    const labels = [...vector.terms].map((term) => index.termLabel(term));
    expect(labels).toContain("apprenticeship");
    expect(labels).not.toContain("apprenticeships");
    expect(() => index.termLabel(index.vocabularySize)).toThrow("@skills-network/text: unknown term id");
  });

  it("breaks display ties alphabetically", () => {
    const tie = buildIndex([
      { id: "a", language: "en", text: "trainings" },
      { id: "b", language: "en", text: "training" },
    ]);
    expect(tie.termLabel(0)).toBe("training");
  });

  it("drops terms in more than maxDocumentFrequency of the documents", () => {
    const docs = ["skills youth farming", "skills youth coding", "skills women coding", "skills women farming"].map((text, i) => ({
      id: `d${i}`,
      language: "en",
      text,
    }));
    const labels = (options = {}) => {
      const built = buildIndex(docs, options);
      return Array.from({ length: built.vocabularySize }, (_, term) => built.termLabel(term));
    };
    expect(labels()).not.toContain("skills");
    expect(labels()).toContain("coding");
    expect(labels({ maxDocumentFrequency: 1 })).toContain("skills");
  });

  it("applies minDocumentFrequency from 20 documents on", () => {
    const docs = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `d${i}`, language: "en", text: `farming cooperative${i % 2 === 0 ? "" : " mentoring"} unique${"abcdefghijklmnopqrstuvwxyz"[i]}word` }));
    const labelsOf = (n: number) => {
      const built = buildIndex(docs(n), { maxDocumentFrequency: 1 });
      return Array.from({ length: built.vocabularySize }, (_, term) => built.termLabel(term));
    };
    expect(labelsOf(19)).toContain("uniqueaword");
    expect(labelsOf(20)).not.toContain("uniqueaword");
    expect(labelsOf(20)).toContain("mentoring");
  });

  it("counts a keyword like keywordBoost occurrences", () => {
    const docs: TextDocument[] = [
      { id: "a", language: "en", text: "farming and mentoring", keywords: ["mentoring"] },
      { id: "b", language: "en", text: "farming and mentoring" },
      { id: "c", language: "en", text: "coding" },
    ];
    const weightOf = (built: ReturnType<typeof buildIndex>, id: string, label: string) =>
      built.keywords(id, 10).find((k) => k.term === label)?.weight ?? 0;
    const boosted = buildIndex(docs, { maxDocumentFrequency: 1 });
    expect(weightOf(boosted, "a", "mentoring")).toBeGreaterThan(weightOf(boosted, "a", "farming"));
    expect(weightOf(boosted, "b", "mentoring")).toBeCloseTo(weightOf(boosted, "b", "farming"), 6);
    const ignored = buildIndex(docs, { maxDocumentFrequency: 1, keywordBoost: 0 });
    expect(weightOf(ignored, "a", "mentoring")).toBeCloseTo(weightOf(ignored, "a", "farming"), 6);
  });

  it("gives the same index for the same documents, whatever their order", () => {
    const again = buildIndex([...PROPOSALS].reverse());
    expect(again.vocabularySize).toBe(index.vocabularySize);
    expect(again.neighbours({ k: 3, minScore: 0 })).toEqual(index.neighbours({ k: 3, minScore: 0 }));
  });
});

describe("similarTo", () => {
  it("finds the proposal on the same theme, with the terms they share", () => {
    const [best, ...rest] = index.similarTo("agri-1", { k: 5, minScore: 0 });
    expect(best.id).toBe("agri-2");
    expect(sharedLabels(best)).toHaveLength(defaults.explainTerms);
    expect(sharedLabels(best)).toEqual(expect.arrayContaining(["agriculture", "apprenticeship"]));
    const themeWords = ["agriculture", "apprenticeship", "rural", "youth", "farming", "cooperatives"];
    expect(sharedLabels(best).every((label) => themeWords.includes(label))).toBe(true);
    expect(rest.every((match) => match.score < best.score)).toBe(true);
    expect(index.similarTo("digital-1", { k: 1, minScore: 0 })[0].id).toBe("digital-2");
    expect(index.similarTo("rpl-2", { k: 1, minScore: 0 })[0].id).toBe("rpl-1");
  });

  it("orders by score, respects k, minScore and filter, and never returns the document itself", () => {
    const matches = index.similarTo("digital-1", { k: 10, minScore: 0 });
    expect(matches.map((m) => m.id)).not.toContain("digital-1");
    const scores = matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(index.similarTo("digital-1", { k: 2, minScore: 0 })).toHaveLength(Math.min(2, matches.length));
    expect(index.similarTo("digital-1", { k: 10, minScore: 0.2 }).every((m) => m.score >= 0.2)).toBe(true);
    const filtered = index.similarTo("agri-1", { k: 5, minScore: 0, filter: (id) => id !== "agri-2" });
    expect(filtered.map((m) => m.id)).not.toContain("agri-2");
  });

  it("explains the score: shared-term contributions sum to it", () => {
    const wide = buildIndex(PROPOSALS, { explainTerms: 1000 });
    for (const match of wide.similarTo("rpl-1", { k: 3, minScore: 0 })) {
      const sum = match.sharedTerms.reduce((total, t) => total + t.weight, 0);
      expect(sum).toBeCloseTo(match.score, 9);
      const weights = match.sharedTerms.map((t) => t.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
    }
    expect(index.similarTo("rpl-1", { k: 1, minScore: 0 })[0].sharedTerms.length).toBeLessThanOrEqual(defaults.explainTerms);
  });

  it("throws for an unknown id", () => {
    expect(() => index.similarTo("nope", { k: 3, minScore: 0 })).toThrow(
      '@skills-network/text: unknown document id "nope". Call index.has(id) first.',
    );
  });
});

describe("query", () => {
  it("ranks the right proposal first for a free-text query", () => {
    const matches = index.query("youth apprenticeships in agriculture", { k: 3, minScore: 0, language: "en" });
    expect(matches[0].id).toBe("agri-1");
    expect(matches[1].id).toBe("agri-2");
    expect(sharedLabels(matches[0])).toContain("youth apprenticeships");
    expect(index.query("coding bootcamp for women", { k: 1, minScore: 0, language: "en" })[0].id).toMatch(/^digital-/);
  });

  it("without a language, analyses the text in each language of the corpus", () => {
    const multi = buildIndex([
      { id: "fr", language: "fr", text: "Formation professionnelle des jeunes agriculteurs." },
      { id: "en", language: "en", text: "Apprenticeship in agriculture for young farmers." },
      { id: "es", language: "es", text: "Formación profesional para mujeres." },
    ]);
    // Vocational training in French finds it in French and in Spanish (one concept, see concepts.ts), not in English.
    expect(multi.query("formations professionnelles", { k: 3, minScore: 0 }).map((match) => match.id).sort()).toEqual(["es", "fr"]);
    expect(multi.query("apprenticeships", { k: 1, minScore: 0 })[0].id).toBe("en");
    expect(multi.query("las mujeres", { k: 1, minScore: 0 })[0].id).toBe("es");
    // Neutral analysis does not stem: the plural is not the indexed stem.
    expect(multi.query("apprenticeships", { k: 1, minScore: 0, language: null })).toEqual([]);
  });

  it("ignores unknown words and returns nothing for a text with none it knows", () => {
    expect(index.query("zzz qqq", { k: 3, minScore: 0, language: "en" })).toEqual([]);
    expect(index.query("", { k: 3, minScore: 0 })).toEqual([]);
  });
});

describe("keywords", () => {
  it("returns the highest-weighted terms, best first, a phrase replacing its own words", () => {
    const keywords = index.keywords("digital-2", 6);
    expect(keywords).toHaveLength(6);
    const weights = keywords.map((k) => k.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const labels = keywords.map((k) => k.term);
    for (const phrase of labels.filter((label) => label.includes(" "))) {
      for (const word of phrase.split(" ")) expect(labels).not.toContain(word);
    }
    expect(() => index.keywords("nope", 3)).toThrow('unknown document id "nope"');
  });

  it("gives every document's keywords at once, as keywords() gives them one by one", () => {
    for (const n of [0, 1, 4, 8, 1000]) {
      const all = index.allKeywords(n);
      expect(all).toEqual(index.ids.map((id) => index.keywords(id, n)));
      if (n > 0) expect(all.every((keywords) => keywords.length > 0)).toBe(true);
    }
    expect(() => index.allKeywords(-1)).toThrow("option n must be a whole number >= 0");
  });
});

describe("distinctiveTerms", () => {
  it("names each group by what its members share", () => {
    const [agri, digital] = index.distinctiveTerms(
      [
        ["agri-1", "agri-2"],
        ["digital-1", "digital-2"],
      ],
      4,
    );
    const agriLabels = agri.map((k) => k.term);
    const digitalLabels = digital.map((k) => k.term);
    expect(agriLabels).toEqual(expect.arrayContaining(["agriculture", "apprenticeship"]));
    expect(digitalLabels.some((label) => /coding|digital|bootcamps|data analysis/.test(label))).toBe(true);
    // "modern" is in one agri proposal only: not distinctive of the group.
    expect(agriLabels).not.toContain("modern");
    expect(agriLabels.some((label) => digitalLabels.includes(label))).toBe(false);
    expect(agri.map((k) => k.weight)).toEqual(agri.map((k) => k.weight).sort((a, b) => b - a));
  });

  it("throws for an unknown id", () => {
    expect(() => index.distinctiveTerms([["agri-1", "nope"]], 3)).toThrow('unknown document id "nope"');
  });
});

describe("other languages", () => {
  it("links French and Spanish proposals through inflected forms and phrases", () => {
    const multi = buildIndex([
      { id: "fr-1", language: "fr", text: "Formations professionnelles pour les jeunes agriculteurs." },
      { id: "fr-2", language: "fr", text: "La formation professionnelle d'un jeune agriculteur." },
      { id: "es-1", language: "es", text: "Formación profesional para jóvenes emprendedoras." },
      { id: "es-2", language: "es", text: "Las formaciones profesionales de una joven emprendedora." },
      { id: "en-1", language: "en", text: "Coding bootcamps for women." },
    ]);
    const fr = multi.similarTo("fr-1", { k: 1, minScore: 0 })[0];
    expect(fr.id).toBe("fr-2");
    // Singular and plural meet ("jeunes agriculteurs", "jeune agriculteur"); "formation professionnelle" is in
    // the Spanish proposals too (the same concepts), in most of this corpus, so it no longer sets these two apart.
    expect(sharedLabels(fr)).toEqual(expect.arrayContaining(["jeune agriculteur"]));
    const es = multi.similarTo("es-2", { k: 1, minScore: 0 })[0];
    expect(es.id).toBe("es-1");
    expect(sharedLabels(es)).toEqual(expect.arrayContaining(["joven emprendedora"]));
  });
});

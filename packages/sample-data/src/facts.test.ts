import { describe, expect, it } from "vitest";
import { sampleFacts } from "./facts.js";
import { generateSkillsChallenge } from "./skills-challenge.js";
import type { RawRecord } from "./types.js";

function record(overrides: Partial<RawRecord>): RawRecord {
  return {
    id: "X", title: "T", organization: "Org", organization_type: "NGO", country: "Kenya", languages: "en",
    categories: "Work-based learning", beneficiaries: "Youth", description: "", objectives: "", impact: "",
    results: "", keywords: "", stage: "Idea", url: "", year: "2022", ...overrides,
  };
}

describe("sampleFacts", () => {
  it("counts the records it is given, any label language under its category id", () => {
    const facts = sampleFacts([
      record({ id: "1" }),
      record({ id: "2", languages: "fr | en", country: "Sénégal", categories: "Apprentissage en milieu de travail | Skills ecosystem" }),
      record({ id: "3", organization: "Other", languages: "es", categories: "Ecosistema de competencias", beneficiaries: "Women | Youth", stage: "Pilot" }),
    ]);
    expect(facts).toEqual({
      proposals: 3,
      countries: 2,
      organizations: 3,
      organizationsWithSeveralProposals: 0,
      languages: { en: 1, es: 1, fr: 1 },
      categories: { "skills-ecosystem": 2, "work-based-learning": 2 },
      beneficiaries: { women: 1, youth: 3 },
      stages: { Idea: 2, Pilot: 1 },
    });
  });

  it("counts an organisation with several proposals once", () => {
    const facts = sampleFacts([record({ id: "1" }), record({ id: "2" }), record({ id: "3", country: "Ghana" })]);
    expect(facts.organizations).toBe(2);
    expect(facts.organizationsWithSeveralProposals).toBe(1);
  });

  it("describes the bundled sample by default", () => {
    const facts = sampleFacts();
    expect(facts).toEqual(sampleFacts(generateSkillsChallenge()));
    expect(facts.proposals).toBe(473);
    expect(facts.countries).toBe(96);
    expect(Object.values(facts.languages).reduce((a, b) => a + b, 0)).toBe(473);
    expect(Object.keys(facts.categories)).toHaveLength(9);
  });
});

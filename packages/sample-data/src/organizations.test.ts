import { describe, expect, it } from "vitest";
import { ORGANIZATION_TYPE_IDS } from "./labels.js";
import { brandName, organizationName, ORGANIZATION_TYPE_WEIGHTS } from "./organizations.js";
import { createRng } from "./rng.js";
import { SAMPLE_LANGUAGES } from "./types.js";

describe("organizationName", () => {
  it("names organisations in the country's language, after one of its cities", () => {
    const rng = createRng(2);
    const french = organizationName(rng, "tvet-institution", "fr", ["Thiès"], new Set());
    expect(french).toMatch(/^(Centre|Lycée|Institut).* de Thiès$/);
    const spanish = organizationName(rng, "research-institution", "es", ["Cali"], new Set());
    expect(spanish).toMatch(/de Cali$/);
  });

  it("elides French 'de' before a vowel but not before a consonant or y", () => {
    const rng = createRng(3);
    const names = Array.from({ length: 30 }, () => organizationName(rng, "government", "fr", ["Abidjan", "Yamoussoukro"], new Set()));
    expect(names.some((name) => name.endsWith("d'Abidjan"))).toBe(true);
    expect(names.some((name) => name.endsWith("de Yamoussoukro"))).toBe(true);
    expect(names.some((name) => name.includes("de Abidjan"))).toBe(false);
  });

  it("never returns a name already taken", () => {
    const rng = createRng(4);
    const taken = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const name = organizationName(rng, "workers-organization", "pt", ["Maputo"], taken);
      expect(taken.has(name)).toBe(false);
      taken.add(name);
    }
  });

  it("has name patterns for every type in every language, and a weight for every type", () => {
    const rng = createRng(5);
    for (const type of ORGANIZATION_TYPE_IDS) {
      expect(ORGANIZATION_TYPE_WEIGHTS[type]).toBeGreaterThan(0);
      for (const language of SAMPLE_LANGUAGES) expect(organizationName(rng, type, language, ["Lomé"], new Set()).length).toBeGreaterThan(3);
    }
    expect(brandName(rng)).toMatch(/^[A-Z][a-z]+[A-Z][a-z]+$/);
  });
});

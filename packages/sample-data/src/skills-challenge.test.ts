import { normalizeCountry, readProposals } from "@skills-network/records";
import { describe, expect, it } from "vitest";
import { corpusToCsv } from "./csv.js";
import { CATEGORY_IDS, categoryIdOf } from "./labels.js";
import { DESCRIPTION_WORDS } from "./proposal-text.js";
import { defaults, generateSkillsChallenge } from "./skills-challenge.js";
import { countWords } from "./wording/grammar.js";
import { MULTI_VALUE_SEPARATOR, RAW_COLUMNS } from "./types.js";

const sample = generateSkillsChallenge();
const split = (cell: string) => cell.split(MULTI_VALUE_SEPARATOR);
const share = (predicate: (language: string) => boolean) =>
  sample.filter((r) => predicate(split(r.languages)[0])).length / sample.length;

describe("generateSkillsChallenge", () => {
  it("is deterministic: same seed, byte-identical records; another seed, other records", () => {
    expect(JSON.stringify(generateSkillsChallenge({ seed: defaults.seed }))).toBe(JSON.stringify(sample));
    const other = generateSkillsChallenge({ seed: 7 });
    expect(other).toHaveLength(473);
    expect(other.map((r) => r.title)).not.toEqual(sample.map((r) => r.title));
  });

  it("has 473 proposals with unique ids and titles, every column a string", () => {
    expect(defaults).toEqual({ seed: 2023, proposals: 473, countries: 96 });
    expect(sample).toHaveLength(473);
    expect(new Set(sample.map((r) => r.id)).size).toBe(473);
    expect(new Set(sample.map((r) => r.title)).size).toBe(473);
    for (const record of sample) expect(Object.keys(record)).toEqual([...RAW_COLUMNS]);
  });

  it("comes from 96 country values that resolve to 96 distinct countries", () => {
    const values = new Set(sample.map((r) => r.country));
    expect(values.size).toBe(96);
    const codes = new Set([...values].map((value) => normalizeCountry(value)?.code));
    expect(codes.has(undefined)).toBe(false);
    expect(codes.size).toBe(96);
  });

  it("uses all 9 categories, 1 to 3 per proposal, some written in French or Spanish", () => {
    const labels = sample.flatMap((r) => split(r.categories));
    const ids = new Set(labels.map(categoryIdOf));
    expect(ids.has(undefined)).toBe(false);
    expect(ids.size).toBe(CATEGORY_IDS.length);
    for (const record of sample) expect(split(record.categories).length).toBeGreaterThanOrEqual(1);
    for (const record of sample) expect(split(record.categories).length).toBeLessThanOrEqual(3);
    expect(labels).toContain("Apprentissage en milieu de travail");
    expect(labels).toContain("Aprendizaje en el lugar de trabajo");
  });

  it("is written ~60% in English, ~20% French, ~17% Spanish and some Portuguese", () => {
    expect(share((l) => l === "en")).toBeGreaterThan(0.55);
    expect(share((l) => l === "en")).toBeLessThan(0.65);
    expect(share((l) => l === "fr")).toBeGreaterThan(0.17);
    expect(share((l) => l === "fr")).toBeLessThan(0.25);
    expect(share((l) => l === "es")).toBeGreaterThan(0.14);
    expect(share((l) => l === "es")).toBeLessThan(0.21);
    expect(share((l) => l === "pt")).toBeGreaterThan(0.02);
    expect(share((l) => l === "pt")).toBeLessThan(0.06);
  });

  it("has about 380 organisations, some with 2 to 4 proposals, none with more", () => {
    const counts = new Map<string, number>();
    for (const r of sample) counts.set(`${r.organization}|${r.country}`, (counts.get(`${r.organization}|${r.country}`) ?? 0) + 1);
    expect(counts.size).toBeGreaterThan(340);
    expect(counts.size).toBeLessThan(420);
    const several = [...counts.values()].filter((n) => n > 1);
    expect(several.length).toBeGreaterThan(30);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(4);
  });

  it("writes descriptions of 60 to 160 words, 3 to 6 keywords, 1 to 3 beneficiary groups", () => {
    const lengths = sample.map((r) => countWords(r.description));
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(DESCRIPTION_WORDS.min);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(DESCRIPTION_WORDS.max);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeGreaterThan(50);
    for (const r of sample) {
      expect(split(r.keywords).length).toBeGreaterThanOrEqual(3);
      expect(split(r.keywords).length).toBeLessThanOrEqual(6);
      expect(split(r.beneficiaries).length).toBeLessThanOrEqual(3);
      expect(r.objectives.length).toBeGreaterThan(20);
    }
  });

  it("fills stage, year and url with the call's values", () => {
    expect(new Set(sample.map((r) => r.stage))).toEqual(new Set(["Idea", "Pilot", "Scaling"]));
    expect(new Set(sample.map((r) => r.year))).toEqual(new Set(["2021", "2022", "2023"]));
    const urls = sample.map((r) => r.url).filter((url) => url !== "");
    expect(urls.length).toBeGreaterThan(350);
    for (const url of urls) expect(url).toMatch(/^https:\/\/example\.org\/[a-z0-9-]+\/sc-\d{4}$/);
  });

  it("writes French and Spanish texts with French and Spanish words", () => {
    const text = (language: string) =>
      sample.filter((r) => split(r.languages)[0] === language).map((r) => r.description).join(" ");
    expect(text("fr")).toMatch(/ des | les | formation /);
    expect(text("es")).toMatch(/ los | las | formación /);
    expect(text("fr")).not.toMatch(/ de les | à les | de le /);
    expect(text("pt")).not.toMatch(/ em o | de os /);
  });

  it("reads back through the records reader without an error or a warning", () => {
    const { proposals, report } = readProposals(corpusToCsv(sample), { fileName: "sample.csv" });
    expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(report.warnings).toBe(0);
    expect(proposals).toHaveLength(473);
    expect(new Set(proposals.map((p) => p.country)).size).toBe(96);
  });

  it("makes smaller samples on request and names what is wrong otherwise", () => {
    const small = generateSkillsChallenge({ proposals: 30, countries: 10, seed: 1 });
    expect(small).toHaveLength(30);
    expect(new Set(small.map((r) => r.country)).size).toBe(10);
    expect(() => generateSkillsChallenge({ proposals: 5, countries: 10 })).toThrow(/at least as many proposals as countries/);
    expect(() => generateSkillsChallenge({ countries: 200 })).toThrow(/from 1 to 96/);
    expect(() => generateSkillsChallenge({ proposals: 0 })).toThrow(/proposals must be a positive integer/);
  });
});

import { describe, expect, it } from "vitest";
import { THEMES } from "../themes/index.js";
import { SAMPLE_LANGUAGES } from "../types.js";
import { CATEGORY_WORDING } from "./categories.js";
import { SENTENCES } from "./sentences.js";
import { fill, slotNames } from "./template.js";

describe("fill", () => {
  it("replaces slots, capitalising a slot written with a capital", () => {
    expect(fill("{Problem}, in {city}.", { problem: "few jobs", city: "Kisumu" })).toBe("Few jobs, in Kisumu.");
  });

  it("names the missing slot and the template", () => {
    expect(() => fill("Train {n} people", {})).toThrow('template slot "n" has no value in "Train {n} people"');
  });
});

// Every slot the generator fills (skills-challenge.ts and proposal-text.ts).
const KNOWN_SLOTS = new Set([
  "n", "n2", "n3", "n4", "n5", "few", "benef", "benefDef", "city", "inCountry", "months", "pct", "partners", "raise",
  "years", "skill", "skill2", "skill3", "tool", "tool2", "job", "job2", "problem", "problem2", "output", "sector",
  "inSector", "secondarySector", "secondarySkill", "title", "brand",
]);

describe("templates", () => {
  it("use only slots the generator fills, in every language", () => {
    const templates: string[] = [];
    for (const language of SAMPLE_LANGUAGES) {
      for (const value of Object.values(SENTENCES[language])) {
        if (Array.isArray(value)) templates.push(...value);
        else templates.push(...value.themed, ...value.generic);
      }
      for (const wording of Object.values(CATEGORY_WORDING)) templates.push(...wording[language].sentences);
      for (const theme of THEMES) templates.push(...theme.wording[language].titles);
    }
    const unknown = templates.flatMap(slotNames).filter((name) => !KNOWN_SLOTS.has(name));
    expect(unknown).toEqual([]);
  });

  it("have as many variants in every language", () => {
    const shape = (language: (typeof SAMPLE_LANGUAGES)[number]) =>
      Object.entries(SENTENCES[language]).map(([key, value]) =>
        Array.isArray(value) ? [key, value.length] : [key, value.themed.length, value.generic.length],
      );
    for (const language of SAMPLE_LANGUAGES) expect(shape(language)).toEqual(shape("en"));
  });
});

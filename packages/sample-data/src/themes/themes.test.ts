import { describe, expect, it } from "vitest";
import { BENEFICIARY_IDS, CATEGORY_IDS } from "../labels.js";
import { SAMPLE_LANGUAGES } from "../types.js";
import { THEMES } from "./index.js";
import { focusOf, REGIONAL_FOCUS } from "./regional-focus.js";

describe("THEMES", () => {
  it("has 20 to 25 themes with distinct ids", () => {
    expect(THEMES.length).toBeGreaterThanOrEqual(20);
    expect(THEMES.length).toBeLessThanOrEqual(25);
    expect(new Set(THEMES.map((t) => t.id)).size).toBe(THEMES.length);
  });

  it("words every theme in every language, with enough variety to draw from", () => {
    for (const theme of THEMES) {
      for (const language of SAMPLE_LANGUAGES) {
        const w = theme.wording[language];
        const where = `${theme.id}/${language}`;
        expect([where, w.skills.length >= 3, w.tools.length >= 2, w.jobs.length >= 2, w.problems.length >= 2]).toEqual([where, true, true, true, true]);
        expect([where, w.outputs.length >= 2, w.keywords.length >= 4, w.titles.length >= 3]).toEqual([where, true, true, true]);
        expect([where, w.sector.length > 0]).toEqual([where, true]);
      }
    }
  });

  it("writes tools as bare plurals in English (templates add no article)", () => {
    const withArticle = THEMES.flatMap((t) => t.wording.en.tools.filter((tool) => /^(a|an|the) /.test(tool)));
    expect(withArticle).toEqual([]);
  });

  it("gives every theme a distinctive vocabulary: no English keyword list is shared whole", () => {
    const lists = THEMES.map((t) => [...t.wording.en.keywords].sort().join("|"));
    expect(new Set(lists).size).toBe(THEMES.length);
  });

  it("leans on valid categories and beneficiary groups", () => {
    for (const theme of THEMES) {
      for (const category of theme.categories) expect(CATEGORY_IDS).toContain(category);
      for (const group of theme.beneficiaries) expect(BENEFICIARY_IDS).toContain(group);
    }
  });

  it("focuses language areas on themes that exist", () => {
    const ids = new Set(THEMES.map((t) => t.id));
    for (const focus of Object.values(REGIONAL_FOCUS)) for (const id of Object.keys(focus.themes)) expect(ids).toContain(id);
    expect(focusOf("en", "mining")).toBe(1);
    expect(focusOf("fr", "informal-economy")).toBeGreaterThan(focusOf("fr", "mining"));
  });
});

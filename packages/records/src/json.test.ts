import { describe, expect, it } from "vitest";
import { readProposals } from "./read.js";

const records = [
  {
    id: "J-1",
    titre: "Apprentissage numérique pour les jeunes",
    pays: "Sénégal",
    langues: ["fr"],
    categories: ["Apprentissage", "VAE"],
    beneficiaires: "jeunes | femmes",
    description: "Des jeunes apprennent les métiers du numérique dans des entreprises locales, avec un tuteur.",
    annee: 2023,
    budget: 12000,
  },
  { title: "Second proposal about skills", keywords: "data, labour market, skills", year: "2019" },
];

describe("readProposals on JSON", () => {
  it("reads an array of records, with keys matched like headers", () => {
    const result = readProposals(JSON.stringify(records), { fileName: "records.json" });
    expect(result.report).toMatchObject({ format: "json", records: 2, imported: 2, errors: 0, warnings: 1 });
    // Other records have an id, so a derived one is worth saying.
    expect(result.report.issues).toEqual([
      expect.objectContaining({ row: 2, field: "id", message: 'missing id; derived "second-proposal-about-skills-' + result.proposals[1].id.slice(-6) + '" from the title' }),
    ]);
    expect(result.report.columns).toMatchObject({ titre: "title", pays: "country", annee: "year", budget: null });
    expect(result.proposals[0]).toMatchObject({
      id: "J-1",
      country: "SN",
      languages: ["fr"],
      categories: ["work-based-learning", "rpl-certification"],
      beneficiaries: ["youth", "women"],
      year: 2023,
      source: { row: 1, extra: { budget: "12000" } },
    });
    expect(result.proposals[1]).toMatchObject({ keywords: ["data", "labour market", "skills"], year: 2019, source: { row: 2 } });
  });

  it("gives the same result for text and an already-parsed array", () => {
    expect(readProposals(records)).toEqual(readProposals(JSON.stringify(records)));
  });

  it("reads records held under a \"proposals\" key", () => {
    expect(readProposals({ proposals: records }).proposals).toHaveLength(2);
  });

  it("rejects items that are not objects, with their 1-based position", () => {
    const result = readProposals([records[0], 42, null, ["a"], records[1]]);
    expect(result.report).toMatchObject({ records: 5, imported: 2, rejected: 3, errors: 3 });
    const errors = result.report.issues.filter((issue) => issue.severity === "error");
    expect(errors.map(({ row, message }) => [row, message])).toEqual([
      [2, "record is not an object (found a number)"],
      [3, "record is not an object (found null)"],
      [4, "record is not an object (found an array)"],
    ]);
  });

  it("warns when there are no records", () => {
    const result = readProposals("[]");
    expect(result.report).toMatchObject({ records: 0, imported: 0, warnings: 1, issues: [{ row: 0, message: "the file has no records" }] });
  });
});

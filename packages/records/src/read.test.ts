import { describe, expect, it } from "vitest";
import { ImportError } from "./import-error.js";
import { defaults, readProposals } from "./read.js";

// Row numbers as a spreadsheet shows them: header = 1.
const BAD = [
  "ID,Title,Country,Category,Beneficiaries,Description,Year,URL", // 1
  "P-1,Apprenticeships for rural youth,Senegal,Apprenticeships,Youth,Training in farms,2021,https://a.org", // 2
  ",,Mali,,,Text without a title,,", // 3: no title, no id
  "P-3,Tiny,Chad,,,,,", // 4: no text, title too short
  "P-1,Same id again,Niger,,,Some text,,", // 5: duplicate id
  "P-5,Unknown things,Narnia,Cooking,Astronauts,Some text,20x1,ftp://x.org", // 6: warnings only
  "P-6,Too many cells,Benin,,,Some text,2020,,surplus", // 7: more cells than headers
  "P-7,A proposal with only a long title,Togo,,,,,", // 8: title-only, accepted with a warning
].join("\n");

describe("import report", () => {
  const result = readProposals(BAD, { fileName: "bad.csv" });
  const { report } = result;

  it("accounts for every record", () => {
    expect(report).toMatchObject({ format: "csv", records: 7, imported: 3, rejected: 4, errors: 4 });
    expect(report.records).toBe(report.imported + report.rejected);
    expect(result.proposals.map((proposal) => proposal.id)).toEqual(["P-1", "P-5", "P-7"]);
  });

  it("hands each proposal to onProposal as soon as it is final, in order, rejected rows never", () => {
    const seen: string[] = [];
    let readBefore = 0;
    const again = readProposals(BAD, {
      fileName: "bad.csv",
      onProposal: (proposal) => {
        seen.push(proposal.id);
        // The proposal as it ends up in the result (the duplicate on row 5 is not handed over).
        expect(proposal).toEqual(result.proposals[readBefore++]);
      },
    });
    expect(seen).toEqual(["P-1", "P-5", "P-7"]);
    expect(again).toEqual(result);
  });

  it("reports errors with their row, field and reason", () => {
    const errors = report.issues.filter((issue) => issue.severity === "error");
    expect(errors.map(({ row, field }) => [row, field])).toEqual([
      [3, "title"],
      [4, "description"],
      [5, "id"],
      [7, null],
    ]);
    expect(errors[0].message).toBe("missing title and id: give the proposal a title");
    expect(errors[1].message).toMatch(/^no text: give a description/);
    expect(errors[2]).toMatchObject({ message: 'duplicate id "P-1", first seen on row 2', value: "P-1" });
    expect(errors[3]).toMatchObject({ message: expect.stringMatching(/^row has 9 cells but the header has 8 columns/), value: "surplus" });
  });

  it("keeps records with warnings and says what was wrong", () => {
    const warnings = report.issues.filter((issue) => issue.severity === "warning");
    expect(warnings.map(({ row, field, value }) => [row, field, value])).toEqual([
      [6, "beneficiaries", "Astronauts"],
      [6, "categories", "Cooking"],
      [6, "country", "Narnia"],
      [6, "url", "ftp://x.org"],
      [6, "year", "20x1"],
      [8, "description", undefined],
    ]);
    expect(report.warnings).toBe(6);
    const unknown = result.proposals.find((proposal) => proposal.id === "P-5");
    expect(unknown).toMatchObject({ country: null, region: null, categories: ["Cooking"], beneficiaries: ["Astronauts"], year: null, url: null });
  });

  it("sorts issues by row, then field", () => {
    const keys = report.issues.map((issue) => [issue.row, issue.field ?? ""] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(keys).toEqual(sorted);
  });

  it("throws one ImportError listing the errors in strict mode", () => {
    let thrown: unknown;
    try {
      readProposals(BAD, { fileName: "bad.csv", strict: true });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ImportError);
    const error = thrown as ImportError;
    expect(error.message).toBe(
      '@skills-network/records: 4 errors in "bad.csv": row 3 title: missing title and id: give the proposal a title; ' +
        `row 4 description: ${report.issues.find((issue) => issue.row === 4)?.message}; ` +
        'row 5 id: duplicate id "P-1", first seen on row 2; ' +
        `row 7: ${report.issues.find((issue) => issue.row === 7)?.message}`,
    );
    expect(error.issues).toHaveLength(4);
    expect(error.report).toEqual(report);
  });

  it("says how many more errors there are beyond the first five", () => {
    const text = ["Title,Description", ...Array.from({ length: 8 }, () => ",text")].join("\n");
    expect(() => readProposals(text, { strict: true })).toThrow(/^@skills-network\/records: 8 errors in the input: row 2 title: .*; and 3 more$/);
  });

  it("turns parser errors into issues on the right row", () => {
    const text = 'Title,Description\nFirst title,Some text\nSecond title,"an unclosed quote\nThird title,more text\n';
    const result = readProposals(text);
    expect(result.report).toMatchObject({ records: 2, imported: 1, rejected: 1, errors: 1 });
    expect(result.report.issues).toEqual([
      expect.objectContaining({ row: 3, field: null, severity: "error", message: expect.stringMatching(/^malformed quotes: /) }),
    ]);
  });

  it("does not throw in strict mode when there are only warnings", () => {
    expect(() => readProposals("Title,Description,Country\nA title,Some text,Narnia\n", { strict: true })).not.toThrow();
  });
});

describe("unreadable input", () => {
  function failure(run: () => unknown): ImportError {
    try {
      run();
    } catch (error) {
      if (error instanceof ImportError) return error;
      throw error;
    }
    throw new Error("expected an ImportError");
  }

  it("reports invalid JSON with the parser's position", () => {
    const error = failure(() => readProposals('[\n  {"title": "A"},\n  {"title": "B",}\n]', { fileName: "p.json" }));
    expect(error.message).toMatch(/^@skills-network\/records: cannot read "p\.json": invalid JSON at line 3, column 17: /);
    expect(error.report).toMatchObject({ format: "json", records: 0, errors: 1, issues: [{ row: 0, field: null, severity: "error" }] });
  });

  it("reports an empty file, in any mode", () => {
    expect(() => readProposals("", { fileName: "empty.csv" })).toThrow('@skills-network/records: cannot read "empty.csv": the file is empty');
    expect(() => readProposals(" \n\n", { fileName: "empty.json" })).toThrow(/cannot read "empty\.json": the file is empty/);
  });

  it("names the headers found and the ones expected when there is no title or id column", () => {
    const error = failure(() => readProposals("Name of fruit;Colour\nApple;Red\n", { fileName: "fruit.csv" }));
    expect(error.message).toContain('cannot read "fruit.csv": no title or id column. Found "Name of fruit", "Colour"; expected a column named like "title", "titre", "título"');
  });

  it("reports a zip that is not a workbook", () => {
    const emptyZip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    const error = failure(() => readProposals(emptyZip, { fileName: "archive.zip" }));
    expect(error.message).toMatch(/^@skills-network\/records: cannot read "archive\.zip": not a readable workbook \(.+\); save it as \.xlsx or \.csv$/);
    expect(error.report.format).toBe("xlsx");
  });

  it("reports JSON that is neither records nor a Kumu blueprint", () => {
    expect(() => readProposals('{"name": "x"}')).toThrow(/expected an array of records, an object with a "proposals" array, or a Kumu blueprint with "elements"; found an object/);
  });
});

describe("options", () => {
  it("exports its defaults", () => {
    expect(defaults).toMatchObject({ strict: false, defaultLanguage: "en" });
    expect(defaults.languages).toEqual(["en", "fr", "es", "pt", "it", "de", "nl", "ru", "sv", "no", "fa", "uk"]);
  });

  it("uses defaultLanguage when the text is too short to detect", () => {
    const text = "Title,Keywords\nYouth skills hub,jobs\n";
    expect(readProposals(text).proposals[0]).toMatchObject({ languages: ["en"], languageSource: "default" });
    expect(readProposals(text, { defaultLanguage: "français" }).proposals[0]).toMatchObject({ languages: ["fr"], languageSource: "default" });
  });

  it("rejects an unknown defaultLanguage", () => {
    expect(() => readProposals("Title\nx", { defaultLanguage: "xx" })).toThrow('@skills-network/records: unknown defaultLanguage "xx"');
  });

  it("drops unknown languages with a warning and detects instead", () => {
    const text = 'Title,Language,Description\nFormation,Klingon,"Un programme qui forme les jeunes des villages aux métiers agricoles de demain."\n';
    const result = readProposals(text);
    expect(result.proposals[0]).toMatchObject({ languages: ["fr"], languageSource: "detected" });
    expect(result.report.issues).toEqual([expect.objectContaining({ row: 2, field: "languages", value: "Klingon" })]);
  });

  it("is deterministic", () => {
    expect(readProposals(BAD)).toEqual(readProposals(BAD));
  });
});

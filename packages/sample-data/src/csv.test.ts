import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { corpusToCsv } from "./csv.js";
import { RAW_COLUMNS, type RawRecord } from "./types.js";

function record(id: string, overrides: Partial<RawRecord> = {}): RawRecord {
  const empty = Object.fromEntries(RAW_COLUMNS.map((column) => [column, ""])) as RawRecord;
  return { ...empty, id, ...overrides };
}

describe("corpusToCsv", () => {
  it("writes a header in column order and one line per simple record", () => {
    const csv = corpusToCsv([record("A", { title: "Plain title" })]);
    const lines = csv.trimEnd().split("\n");
    expect(lines[0]).toBe(RAW_COLUMNS.join(","));
    expect(lines).toHaveLength(2);
    expect(csv.endsWith("\n")).toBe(true);
  });

  it("quotes commas, quotes and line breaks so every cell round-trips through papaparse", () => {
    const tricky = [
      record("A", { title: 'The "Solar" Academy, phase 2', description: "Line one.\nLine two, with a comma." }),
      record("B", { categories: "Work-based learning | Skills ecosystem", organization: "Centre d'Études" }),
      record("C", { keywords: "  leading space", impact: "=1+1", results: "tab\tinside", url: "" }),
    ];
    const parsed = Papa.parse<Record<string, string>>(corpusToCsv(tricky), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(tricky);
    expect(corpusToCsv(tricky)).toContain('"The ""Solar"" Academy, phase 2"');
  });
});

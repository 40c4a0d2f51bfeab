import { describe, expect, it } from "vitest";
import { importError } from "./issues.js";
import { tableToRecords } from "./table.js";

describe("tableToRecords", () => {
  const table = {
    headers: ["ID", "Title", "Description", "Notes"],
    rows: [
      { row: 2, cells: ["A", "Solar skills", "Installers learn wiring", "first"] },
      { row: 3, cells: ["", "", "", ""] },
      { row: 4, cells: ["B", "Green jobs", "Young people", "", "surplus"] },
      { row: 5, cells: ["", " ", "", ""] },
    ],
  };

  it("counts the records (blank rows are none, unless the parser reported them) and makes them as they are read", () => {
    const { records, columns, hasIdColumn } = tableToRecords(table, new Map([[5, [importError(5, null, "malformed-quotes", { reason: "x", parserCode: "y" })]]]));
    expect([records.length, hasIdColumn]).toEqual([3, true]);
    expect(columns).toEqual({ ID: "id", Title: "title", Description: "description", Notes: null });
    const read = [...records];
    expect(read.map((record) => record.row)).toEqual([2, 4, 5]);
    expect(read[0]).toEqual({ row: 2, fields: { id: ["A"], title: ["Solar skills"], description: ["Installers learn wiring"] }, extra: { Notes: "first" }, issues: [] });
    expect(read[1]!.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/^row has 5 cells but the header has 4 columns/)]);
    expect(read[2]!.issues).toHaveLength(1);
    // Not kept: each reading makes them anew (so that they are garbage once normalised).
    const again = [...records];
    expect(again).toEqual(read);
    expect(again[0]).not.toBe(read[0]);
  });
});

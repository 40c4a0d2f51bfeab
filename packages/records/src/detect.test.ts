import { describe, expect, it } from "vitest";
import { utils, write } from "@e965/xlsx";
import { detectFormat } from "./detect.js";

function workbookBytes(sheets: [name: string, rows: unknown[][]][]): Uint8Array {
  const workbook = utils.book_new();
  for (const [name, rows] of sheets) utils.book_append_sheet(workbook, utils.aoa_to_sheet(rows), name);
  return new Uint8Array(write(workbook, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

describe("detectFormat", () => {
  it("uses the extension first", () => {
    expect(detectFormat("[1, 2", "broken.json")).toBe("json");
    expect(detectFormat("{not json}", "data.csv")).toBe("csv");
    expect(detectFormat("Title\nx", "data.txt")).toBe("csv");
  });

  it("recognises JSON and Kumu blueprints by content", () => {
    expect(detectFormat('[{"title": "x"}]')).toBe("json");
    expect(detectFormat('  {"elements": [], "connections": []}')).toBe("kumu-json");
    expect(detectFormat({ elements: [] })).toBe("kumu-json");
    expect(detectFormat([{ title: "x" }])).toBe("json");
    expect(detectFormat({ proposals: [] })).toBe("json");
  });

  it("tells a Kumu elements CSV from a CSV of records", () => {
    expect(detectFormat("Label,Type,Description\nA,Project,x\n")).toBe("kumu-csv");
    expect(detectFormat("Label,Title,Description\nA,B,x\n")).toBe("csv");
    expect(detectFormat("Title;Description\nA;x\n")).toBe("csv");
  });

  it("recognises spreadsheets by their bytes, and Kumu spreadsheets by their sheets", () => {
    expect(detectFormat(workbookBytes([["Data", [["Title"], ["x"]]]]))).toBe("xlsx");
    expect(detectFormat(workbookBytes([["Elements", [["Label", "Type"], ["x", "Project"]]]]))).toBe("kumu-xlsx");
    expect(detectFormat(workbookBytes([["Data", [["Title"]]], ["Links", [["From", "To"]]]]))).toBe("kumu-xlsx");
    // A sheet marked "(ignore)" does not make a workbook a Kumu map.
    expect(detectFormat(workbookBytes([["Data", [["Title"]]], ["Old (ignore)", [["Label"]]]]))).toBe("xlsx");
  });

  it("decodes bytes that are not a workbook as text", () => {
    expect(detectFormat(new TextEncoder().encode('[{"title": "x"}]'))).toBe("json");
  });
});

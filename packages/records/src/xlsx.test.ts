import { describe, expect, it } from "vitest";
import { utils, write } from "@e965/xlsx";
import { readProposals } from "./read.js";

function workbookBytes(sheets: [name: string, rows: unknown[][]][]): Uint8Array {
  const workbook = utils.book_new();
  for (const [name, rows] of sheets) utils.book_append_sheet(workbook, utils.aoa_to_sheet(rows), name);
  return new Uint8Array(write(workbook, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

const ROWS: unknown[][] = [
  ["Título", "Organización", "País", "Categoría", "Beneficiarios", "Descripción", "Año", "Presupuesto"],
  ["Escuela taller para jóvenes", "Fundación Taller", "Perú", "Aprendizaje en el trabajo", "Jóvenes", "Una escuela taller que combina formación y trabajo remunerado para jóvenes de barrios populares.", 2022, 5000],
  [],
  ["Mujeres emprendedoras", "Red de Mujeres", "Bolivia", "Emprendimiento", "Mujeres|Comunidades rurales", "Capacitación en gestión de pequeños negocios para mujeres rurales de los Andes.", 2020, ""],
  ["", "", "", "", "", "Descripción sin título", 1850, ""],
];

describe("readProposals on XLSX", () => {
  it("reads back a workbook written with @e965/xlsx", () => {
    const result = readProposals(workbookBytes([["Notes (ignore)", [["just notes"]]], ["Propuestas", ROWS]]), { fileName: "propuestas.xlsx" });
    expect(result.report).toMatchObject({ format: "xlsx", records: 3, imported: 2, rejected: 1, errors: 1 });
    expect(result.report.columns).toMatchObject({ Título: "title", País: "country", Presupuesto: null });
    expect(result.proposals.map((proposal) => proposal.source.row)).toEqual([2, 4]);
    expect(result.proposals[0]).toMatchObject({
      title: "Escuela taller para jóvenes",
      organization: "Fundación Taller",
      country: "PE",
      region: "Americas",
      subRegion: "South America",
      categories: ["work-based-learning"],
      beneficiaries: ["youth"],
      languages: ["es"],
      languageSource: "detected",
      year: 2022,
      source: { row: 2, extra: { Presupuesto: "5000" } },
    });
    expect(result.proposals[1]).toMatchObject({ country: "BO", categories: ["entrepreneurship"], beneficiaries: ["women", "rural-communities"] });
    expect(result.report.issues.map(({ row, field, severity }) => [row, field, severity])).toEqual([
      [5, "title", "error"],
      [5, "year", "warning"],
    ]);
  });

  it("reads an ArrayBuffer as well as a Uint8Array", () => {
    const bytes = workbookBytes([["Sheet1", ROWS]]);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(readProposals(buffer)).toEqual(readProposals(bytes));
  });

  it("counts rows from where the sheet starts", () => {
    const workbook = utils.book_new();
    // A sheet whose used range starts on row 3, as when the first rows were deleted.
    const text = (v: string) => ({ t: "s" as const, v });
    const sheet = { "!ref": "A3:B4", A3: text("Title"), B3: text("Description"), A4: text("Late start title"), B4: text("Some text") };
    utils.book_append_sheet(workbook, sheet, "Data");
    const bytes = new Uint8Array(write(workbook, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    expect(readProposals(bytes).proposals[0].source.row).toBe(4);
  });

  it("fails clearly when every sheet is ignored", () => {
    expect(() => readProposals(workbookBytes([["Notes (ignore)", ROWS]]), { fileName: "x.xlsx" })).toThrow(
      '@skills-network/records: cannot read "x.xlsx": every sheet is marked "(ignore)": Notes (ignore)',
    );
  });
});

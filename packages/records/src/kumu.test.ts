import { describe, expect, it } from "vitest";
import { utils, write } from "@e965/xlsx";
import { readProposals } from "./read.js";

const blueprint = {
  elements: [
    {
      label: "Digital apprenticeships for rural youth",
      type: "Proposal",
      description: "Young people in rural Senegal learn digital trades while working in local firms.",
      tags: ["apprenticeship", "digital skills"],
      Year: 2022,
    },
    { label: "Skills for All Foundation", type: "Organization", "Organization type": "ONG" },
    { label: "Sénégal", type: "Country" },
    { label: "Work-based learning", type: "Category" },
    { label: "Apprentissage", type: "Category" },
    {
      label: "Formation agricole des femmes",
      type: "Projet",
      description: "Des femmes rurales se forment aux techniques agricoles durables dans des fermes écoles.",
      tags: "agriculture|femmes",
    },
    { label: "Jane Doe", type: "Person" },
    { label: "Lonely Organization", type: "Organization" },
  ],
  connections: [
    { from: "Digital apprenticeships for rural youth", to: "Skills for All Foundation", type: "submitted by" },
    { from: "Sénégal", to: "Digital apprenticeships for rural youth" },
    { from: "Digital apprenticeships for rural youth", to: "Work-based learning" },
    { from: "Formation agricole des femmes", to: "Apprentissage" },
    { from: "Formation agricole des femmes", to: "Ghost element" },
    { from: "Jane Doe", to: "Formation agricole des femmes" },
  ],
};

describe("Kumu blueprint JSON", () => {
  const result = readProposals(blueprint);

  it("turns proposal elements into proposals and counts only them as records", () => {
    expect(result.report).toMatchObject({ format: "kumu-json", records: 2, imported: 2, rejected: 0, errors: 0 });
    expect(result.proposals.map((proposal) => proposal.title)).toEqual([
      "Digital apprenticeships for rural youth",
      "Formation agricole des femmes",
    ]);
  });

  it("fills organisation, type, country and categories from connected elements", () => {
    const [first, second] = result.proposals;
    expect(first).toMatchObject({
      organization: "Skills for All Foundation",
      organizationType: "ngo",
      country: "SN",
      region: "Africa",
      categories: ["work-based-learning"],
      keywords: ["apprenticeship", "digital skills"],
      year: 2022,
      languages: ["en"],
      source: { row: 1 },
    });
    expect(second).toMatchObject({
      organization: null,
      country: null,
      categories: ["work-based-learning"],
      keywords: ["agriculture", "femmes"],
      languages: ["fr"],
      source: { row: 6 },
    });
  });

  it("accounts for every other element and for unknown connections", () => {
    expect(result.report.issues.map(({ row, message }) => [row, message])).toEqual([
      [0, 'connection 5 refers to unknown element "Ghost element"; ignored'],
      [7, 'ignored element of type Person ("Jane Doe")'],
      [8, 'organization element "Lonely Organization" is not connected to any proposal'],
    ]);
  });

  it("reads the same blueprint from JSON text", () => {
    const fromText = readProposals(JSON.stringify(blueprint), { fileName: "map.json" });
    expect(fromText).toEqual(result);
  });

  it("takes untyped elements as proposals when no element has another type", () => {
    const untyped = readProposals({
      elements: [
        { label: "Mobile skills passport", description: "A passport on the phone that records the skills of migrant workers." },
        { label: "Green jobs academy", type: "Project", description: "Short courses on solar panel installation for young people." },
      ],
    });
    expect(untyped.report).toMatchObject({ records: 2, imported: 2, warnings: 0 });
  });

  it("uses element ids when elements carry them", () => {
    const withIds = readProposals({
      elements: [
        { id: "p-1", label: "Mobile skills passport", type: "Proposal", description: "Records the skills of migrant workers." },
        { id: "o-1", label: "Passport Org", type: "Organisation" },
      ],
      connections: [{ from: "p-1", to: "o-1" }],
    });
    expect(withIds.proposals[0]).toMatchObject({ id: "p-1", organization: "Passport Org" });
  });
});

function workbookBytes(sheets: [name: string, rows: unknown[][]][]): Uint8Array {
  const workbook = utils.book_new();
  for (const [name, rows] of sheets) utils.book_append_sheet(workbook, utils.aoa_to_sheet(rows), name);
  return new Uint8Array(write(workbook, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

describe("Kumu spreadsheet", () => {
  const bytes = workbookBytes([
    ["Read me (ignore)", [["Label", "Type"], ["Not an element", "Proposal"]]],
    [
      "Elements",
      [
        ["Label", "Type", "Description", "Tags", "Pays", "Beneficiaries"],
        ["Escuela taller", "Proyecto", "Una escuela taller que combina formación y trabajo para jóvenes.", "oficios|jóvenes", "Perú", "Jóvenes"],
        ["Fundación Taller", "Organization", "", "", "", ""],
        ["Red de Mujeres", "Organization", "", "", "", ""],
        ["Emprendimiento", "Category", "", "", "", ""],
        ["Mujeres emprendedoras", "Proyecto", "Capacitación en gestión de negocios para mujeres rurales.", "", "", "Mujeres"],
        ["Lima", "Place", "", "", "", ""],
      ],
    ],
    [
      "Connections",
      [
        ["From", "To", "Type"],
        ["Escuela taller", "Fundación Taller", "submitted by"],
        ["Escuela taller", "Red de Mujeres", "partner"],
        ["Mujeres emprendedoras", "Red de Mujeres", "submitted by"],
        ["Emprendimiento", "Mujeres emprendedoras", ""],
        ["Nobody", "Escuela taller", ""],
      ],
    ],
  ]);
  const result = readProposals(bytes, { fileName: "map.xlsx" });

  it("reads proposal elements, skipping sheets marked (ignore)", () => {
    expect(result.report).toMatchObject({ format: "kumu-xlsx", records: 2, imported: 2, errors: 0 });
    expect(result.report.columns).toEqual({ Label: "title", Type: null, Description: "description", Tags: "keywords", Pays: "country", Beneficiaries: "beneficiaries" });
    expect(result.proposals[0]).toMatchObject({
      title: "Escuela taller",
      organization: "Fundación Taller",
      country: "PE",
      keywords: ["oficios", "jóvenes"],
      beneficiaries: ["youth"],
      source: { row: 2 },
    });
    expect(result.proposals[1]).toMatchObject({ organization: "Red de Mujeres", categories: ["entrepreneurship"], beneficiaries: ["women"], source: { row: 6 } });
  });

  it("reports several organisations, unknown references and ignored elements", () => {
    expect(result.report.issues.map(({ row, field, message }) => [row, field, message])).toEqual([
      [0, null, 'sheet "Connections" row 6 refers to unknown element "Nobody"; ignored'],
      [2, "organization", 'connected to several organization elements; kept "Fundación Taller", ignored "Red de Mujeres"'],
      [7, null, 'ignored element of type Place ("Lima")'],
    ]);
  });

  it("reads a Kumu elements CSV", () => {
    const csv = 'Label,Type,Description,Tags\nSolar academy,,"Short courses on solar panel installation for young people.",solar|jobs\n';
    const fromCsv = readProposals(csv, { fileName: "elements.csv" });
    expect(fromCsv.report).toMatchObject({ format: "kumu-csv", records: 1, imported: 1 });
    expect(fromCsv.proposals[0]).toMatchObject({ title: "Solar academy", keywords: ["solar", "jobs"], source: { row: 2 } });
  });
});

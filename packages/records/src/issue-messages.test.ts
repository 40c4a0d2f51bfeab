import { describe, expect, it } from "vitest";
import { CFB, utils, write } from "@e965/xlsx";
import { deriveId } from "./ids.js";
import { ImportError } from "./import-error.js";
import { ISSUE_CODES, describeKind, issueMessage } from "./issue-messages.js";
import type { IssueCode } from "./issue-messages.js";
import type { ReadInput } from "./input.js";
import { readProposals } from "./read.js";
import type { ImportIssue, ImportReport, ReadOptions } from "./types.js";

function workbookBytes(sheets: [name: string, rows: unknown[][]][]): Uint8Array {
  const workbook = utils.book_new();
  for (const [name, rows] of sheets) utils.book_append_sheet(workbook, utils.aoa_to_sheet(rows), name);
  return new Uint8Array(write(workbook, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

/** A well-formed .xlsx whose workbook lists no sheet (Excel never writes one, but a tool might). */
function workbookWithoutSheets(): Uint8Array {
  const zip = CFB.read(workbookBytes([["Data", [["Title"], ["A title"]]]]), { type: "array" });
  const index = zip.FullPaths.findIndex((path) => path.endsWith("xl/workbook.xml"));
  const xml = new TextDecoder().decode(zip.FileIndex[index].content as Uint8Array).replace(/<sheets>.*<\/sheets>/, "<sheets/>");
  CFB.utils.cfb_add(zip, "/xl/workbook.xml", new TextEncoder().encode(xml));
  return new Uint8Array(CFB.write(zip, { type: "array", fileType: "zip" }) as ArrayLike<number>);
}

/** The report of a read, also when the input is unreadable (then it holds the one fatal issue). */
function reportOf(input: ReadInput, options: Partial<ReadOptions> = {}): ImportReport {
  try {
    return readProposals(input, options).report;
  } catch (error) {
    if (error instanceof ImportError) return error.report;
    throw error;
  }
}

const EXPECTED_COLUMNS = '"title", "titre", "título", "Project name", "Nom du projet", "id"';

const BLUEPRINT = {
  elements: [
    { label: "Solar skills academy", type: "Proposal", description: "Short courses on solar panel installation for young people." },
    "not an element",
    { label: "Green Futures", type: "Organization" },
    { label: "Sun Cooperative", type: "Organization" },
    { label: "Kenya", type: "Country" },
    { label: "Uganda", type: "Country" },
    { label: "Tanzania", type: "Country" },
    { label: "Idle Org", type: "Organization" },
    { label: "Training delivery", type: "Category" },
    { label: "Youth", type: "Beneficiary" },
    { label: "Jane Doe", type: "Person" },
    { label: "Loose note" },
  ],
  connections: [
    { from: "Solar skills academy", to: "Green Futures" },
    { from: "Solar skills academy", to: "Sun Cooperative" },
    { from: "Kenya", to: "Solar skills academy" },
    { from: "Solar skills academy", to: "Uganda" },
    "not a connection",
    { from: "Solar skills academy", to: "Ghost" },
  ],
};

const KUMU_WORKBOOK = (): Uint8Array =>
  workbookBytes([
    ["Elements", [["Label", "Type", "Description"], ["Solar skills academy", "Proposal", "Short courses on solar panels."]]],
    ["Connections", [["From", "To"], ["Nobody", "Solar skills academy"]]],
  ]);

interface Case {
  code: IssueCode;
  input: () => ReadInput;
  options?: Partial<ReadOptions>;
  /** The English message, worded as before codes existed. */
  message: string | RegExp;
  params: Record<string, unknown>;
}

/** One input per code, and the issue it must produce. */
const CASES: Case[] = [
  { code: "empty-file", input: () => "", message: "the file is empty", params: {} },
  { code: "invalid-json", input: () => "[", options: { fileName: "p.json" }, message: "invalid JSON: Unexpected end of JSON input", params: { reason: "Unexpected end of JSON input" } },
  {
    code: "invalid-json-at",
    input: () => '[\n  {"title": "A"},\n  {"title": "B",}\n]',
    options: { fileName: "p.json" },
    message: /^invalid JSON at line 3, column 17: \S/,
    params: { line: 3, column: 17, reason: expect.any(String) },
  },
  {
    code: "no-record-list",
    input: () => '{"name": "x"}',
    message: 'expected an array of records, an object with a "proposals" array, or a Kumu blueprint with "elements"; found an object',
    params: { found: "object" },
  },
  {
    code: "no-title-column",
    input: () => "Name of fruit;Colour\nApple;Red\n",
    message: `no title or id column. Found "Name of fruit", "Colour"; expected a column named like ${EXPECTED_COLUMNS} (see HEADER_ALIASES)`,
    params: { columns: '"Name of fruit", "Colour"', expected: EXPECTED_COLUMNS },
  },
  {
    code: "no-columns",
    input: () => [{}, {}],
    message: `no title or id column. Found no columns; expected a column named like ${EXPECTED_COLUMNS} (see HEADER_ALIASES)`,
    params: { expected: EXPECTED_COLUMNS },
  },
  {
    code: "text-format-got-spreadsheet",
    input: () => workbookBytes([["Data", [["Title"], ["A title"]]]]),
    options: { format: "csv" },
    message: 'format "csv" needs text, but the input is a spreadsheet',
    params: { format: "csv" },
  },
  {
    code: "text-format-got-value",
    input: () => [{ title: "A title" }],
    options: { format: "kumu-csv" },
    message: 'format "kumu-csv" needs text, but the input is a parsed value',
    params: { format: "kumu-csv" },
  },
  {
    code: "not-a-zip",
    input: () => "Title\nA title\n",
    options: { format: "xlsx" },
    message: "expected a spreadsheet (.xlsx), but the input is not a zip file",
    params: {},
  },
  {
    code: "unreadable-workbook",
    input: () => new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]),
    message: /^not a readable workbook \(.+\); save it as \.xlsx or \.csv$/,
    params: { reason: expect.any(String) },
  },
  { code: "no-sheets", input: workbookWithoutSheets, message: "the workbook has no sheets", params: {} },
  {
    code: "all-sheets-ignored",
    input: () => workbookBytes([["Notes (ignore)", [["Title"], ["A title"]]], ["Old (ignore)", []]]),
    message: 'every sheet is marked "(ignore)": Notes (ignore), Old (ignore)',
    params: { sheets: "Notes (ignore), Old (ignore)" },
  },
  {
    code: "empty-first-sheet",
    input: () => workbookBytes([["Blank", []], ["Data", [["Title"], ["A title"]]]]),
    message: "the first sheet is empty",
    params: {},
  },
  {
    code: "no-kumu-elements-sheet",
    input: () => workbookBytes([["Data", [["Title"], ["A title"]]], ["Notes", [["text"]]]]),
    options: { format: "kumu-xlsx" },
    message: 'no Kumu elements sheet (a sheet with "Label" in A1) among: Data, Notes',
    params: { sheets: "Data, Notes" },
  },
  {
    code: "not-a-kumu-blueprint",
    input: () => [{ title: "A title" }],
    options: { format: "kumu-json" },
    message: 'expected a Kumu blueprint: an object with an "elements" array',
    params: {},
  },
  { code: "no-records", input: () => "Title,Description\n", message: "the file has no records", params: {} },
  {
    code: "malformed-quotes",
    input: () => 'Title,Description\nFirst title,Some text\nSecond title,"an unclosed quote\nThird title,more text\n',
    message: "malformed quotes: Quoted field unterminated; close the quote or double quotes inside values",
    params: { reason: "Quoted field unterminated", parserCode: "MissingQuotes" },
  },
  {
    code: "too-many-cells",
    input: () => "Title,Description\nA title,Some text,surplus,more\n",
    message: "row has 4 cells but the header has 2 columns; quote values that contain the delimiter",
    params: { cells: 4, columns: 2 },
  },
  {
    code: "not-an-object",
    input: () => [{ title: "A title", description: "Some text" }, 42],
    message: "record is not an object (found a number)",
    params: { found: "number" },
  },
  {
    code: "missing-title-and-id",
    input: () => "Title,Description\n,Some text\n",
    message: "missing title and id: give the proposal a title",
    params: {},
  },
  {
    code: "missing-title",
    input: () => "ID,Title,Description\nP-7,,Some text\n",
    message: 'missing title; the id "P-7" is used as title',
    params: { id: "P-7" },
  },
  {
    code: "no-text",
    input: () => "Title,Description\nShort title,\n",
    message: "no text: give a description, objectives, impact, results or keywords (or a title of 3 or more words)",
    params: { minTitleWords: 3 },
  },
  {
    code: "only-title",
    input: () => "Title\nA title that says enough\n",
    message: "no description, objectives, impact, results or keywords: only the title describes this proposal",
    params: {},
  },
  {
    code: "duplicate-id",
    input: () => "ID,Title,Description\nP-1,First,Some text\nP-1,Second,Other text\n",
    message: 'duplicate id "P-1", first seen on row 2',
    params: { id: "P-1", firstRow: 2 },
  },
  {
    code: "duplicate-title",
    input: () => "Title,Description\nSame title,Some text\nSame title,Other text\n",
    message: `same title as row 2; id derived as "${deriveId("Same title")}-2"`,
    params: { firstRow: 2, id: `${deriveId("Same title")}-2` },
  },
  {
    code: "missing-id",
    input: () => "ID,Title,Description\nP-1,First,Some text\n,Second,Other text\n",
    message: `missing id; derived "${deriveId("Second")}" from the title`,
    params: { id: deriveId("Second") },
  },
  {
    code: "several-countries",
    input: () => "Title,Description,Country\nA title,Some text,Kenya; Uganda; Peru\n",
    message: 'one country per proposal: kept "Kenya", ignored "Uganda", "Peru"',
    params: { kept: "Kenya", ignored: '"Uganda", "Peru"' },
  },
  {
    code: "unknown-country",
    input: () => "Title,Description,Country\nA title,Some text,Narnia\n",
    message: 'unknown country "Narnia"; give its English, French or Spanish name or its ISO code',
    params: { value: "Narnia" },
  },
  {
    code: "unknown-language",
    input: () => "Title,Description,Language\nA title,Some text,Klingon\n",
    message: 'unknown language "Klingon"; ignored (give a name such as "French" or an ISO code such as "fr")',
    params: { value: "Klingon" },
  },
  {
    code: "unknown-organization-type",
    input: () => "Title,Description,Organization type\nA title,Some text,Guild of wizards\n",
    message: 'unknown organization type "Guild of wizards"; kept as written',
    params: { value: "Guild of wizards" },
  },
  {
    code: "unknown-category",
    input: () => "Title,Description,Category\nA title,Some text,Underwater basket weaving\n",
    message: 'unknown category "Underwater basket weaving"; kept as written',
    params: { value: "Underwater basket weaving" },
  },
  {
    code: "unknown-beneficiary",
    input: () => "Title,Description,Beneficiaries\nA title,Some text,Dragons\n",
    message: 'unknown beneficiary group "Dragons"; kept as written',
    params: { value: "Dragons" },
  },
  {
    code: "invalid-year",
    input: () => "Title,Description,Year\nA title,Some text,20x4\n",
    message: 'year must be a whole number from 1900 to 2100; got "20x4"',
    params: { value: "20x4", min: 1900, max: 2100 },
  },
  {
    code: "invalid-url",
    input: () => "Title,Description,Website\nA title,Some text,ftp://example.org\n",
    message: 'not a web address (http or https): "ftp://example.org"',
    params: { value: "ftp://example.org" },
  },
  {
    code: "element-not-an-object",
    input: () => BLUEPRINT,
    message: "ignored element that is not an object (found a string)",
    params: { found: "string" },
  },
  {
    code: "connection-not-an-object",
    input: () => BLUEPRINT,
    message: 'connection 5 is not an object with "from" and "to"; ignored',
    params: { connection: 5 },
  },
  {
    code: "connection-to-unknown-element",
    input: () => BLUEPRINT,
    message: 'connection 6 refers to unknown element "Ghost"; ignored',
    params: { connection: 6, reference: "Ghost" },
  },
  {
    code: "sheet-connection-to-unknown-element",
    input: KUMU_WORKBOOK,
    message: 'sheet "Connections" row 2 refers to unknown element "Nobody"; ignored',
    params: { sheet: "Connections", row: 2, reference: "Nobody" },
  },
  {
    code: "several-organizations-connected",
    input: () => BLUEPRINT,
    message: 'connected to several organization elements; kept "Green Futures", ignored "Sun Cooperative"',
    params: { kept: "Green Futures", ignored: "Sun Cooperative" },
  },
  {
    code: "several-countries-connected",
    input: () => BLUEPRINT,
    message: 'connected to several country elements; kept "Kenya", ignored "Uganda"',
    params: { kept: "Kenya", ignored: "Uganda" },
  },
  { code: "untyped-element", input: () => BLUEPRINT, message: 'ignored element without a type ("Loose note")', params: { label: "Loose note" } },
  {
    code: "ignored-element-type",
    input: () => BLUEPRINT,
    message: 'ignored element of type Person ("Jane Doe")',
    params: { type: "Person", label: "Jane Doe" },
  },
  {
    code: "unconnected-organization",
    input: () => BLUEPRINT,
    message: 'organization element "Idle Org" is not connected to any proposal',
    params: { label: "Idle Org" },
  },
  {
    code: "unconnected-country",
    input: () => BLUEPRINT,
    message: 'country element "Tanzania" is not connected to any proposal',
    params: { label: "Tanzania" },
  },
  {
    code: "unconnected-category",
    input: () => BLUEPRINT,
    message: 'category element "Training delivery" is not connected to any proposal',
    params: { label: "Training delivery" },
  },
  {
    code: "unconnected-beneficiary",
    input: () => BLUEPRINT,
    message: 'beneficiary element "Youth" is not connected to any proposal',
    params: { label: "Youth" },
  },
];

/** Codes no input can produce, with the reason. Every code is reachable today, so none is listed. */
const CANNOT_BE_PRODUCED: Partial<Record<IssueCode, string>> = {};

const REPORTS = new Map(CASES.map((testCase) => [testCase, reportOf(testCase.input(), testCase.options)]));

describe("issue codes", () => {
  it.each(CASES)("$code: produced with its params and English wording", (testCase) => {
    const issues = REPORTS.get(testCase)!.issues.filter((issue) => issue.code === testCase.code);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(testCase.message);
    expect(issues[0].params).toEqual(testCase.params);
  });

  it("covers every code in ISSUE_CODES with an input above, or says why it cannot", () => {
    const produced = new Set([...REPORTS.values()].flatMap((report) => report.issues.map((issue) => issue.code)));
    const unreachable = Object.keys(CANNOT_BE_PRODUCED);
    expect(unreachable.filter((code) => produced.has(code as IssueCode))).toEqual([]);
    expect([...produced, ...unreachable].sort()).toEqual([...ISSUE_CODES].sort());
  });

  it("has unique kebab-case codes", () => {
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    for (const code of ISSUE_CODES) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("gives fatal errors their code on the ImportError's report", () => {
    const error = (() => {
      try {
        readProposals("", { fileName: "empty.csv" });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).issues).toEqual([{ row: 0, field: null, code: "empty-file", params: {}, message: "the file is empty", severity: "error" }]);
    expect((error as ImportError).message).toBe('@skills-network/records: cannot read "empty.csv": the file is empty');
  });
});

describe("issueMessage", () => {
  const messageMatches = (issue: ImportIssue) => issueMessage(issue.code, issue.params as never) === issue.message;

  it("words every issue of a bad file exactly as its message", () => {
    const text = [
      "ID,Title,Description,Country,Language,Category,Beneficiaries,Organization type,Year,Website",
      'P-1,Solar academy,Short courses,"Narnia; Kenya",Klingon,Space farming,Dragons,Guild,20x4,ftp://x.org',
      "P-1,Duplicate,Other text,,,,,,,",
      ",,Text without title,,,,,,,",
      ",Short,,,,,,,,",
      ",Same title,One,,,,,,,",
      ",Same title,Two,,,,,,,",
      "P-8,Overflow,Text,,,,,,,,extra cell",
      'P-9,Broken,"unclosed quote',
    ].join("\n");
    const { issues } = reportOf(text);
    expect(issues.map((issue) => `${issue.row} ${issue.code}`)).toEqual([
      "2 unknown-beneficiary",
      "2 unknown-category",
      "2 several-countries",
      "2 unknown-country",
      "2 unknown-language",
      "2 unknown-organization-type",
      "2 invalid-url",
      "2 invalid-year",
      "3 duplicate-id",
      "4 missing-title-and-id",
      "5 no-text",
      "6 missing-id",
      "7 duplicate-title",
      "8 too-many-cells",
      "9 malformed-quotes",
    ]);
    expect(issues.filter((issue) => !messageMatches(issue))).toEqual([]);
  });

  it("words every issue of every input above exactly as its message", () => {
    const issues = [...REPORTS.values()].flatMap((report) => report.issues);
    expect(issues.length).toBeGreaterThanOrEqual(CASES.length);
    expect(issues.filter((issue) => !messageMatches(issue))).toEqual([]);
  });

  it("names an unknown code", () => {
    expect(() => issueMessage("no-such-code" as IssueCode, {} as never)).toThrow(
      '@skills-network/records: unknown issue code "no-such-code". Use one of ISSUE_CODES.',
    );
  });

  it("describes value kinds as the messages do", () => {
    expect(["null", "array", "object", "string", "boolean"].map((kind) => describeKind(kind as never))).toEqual([
      "null",
      "an array",
      "an object",
      "a string",
      "a boolean",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { linksToCSV, proposalsToCSV } from "./csv.js";
import { smallNetwork } from "../test/network.js";

const parseRows = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe("linksToCSV", () => {
  it("lists similar edges strongest first with titles and shared terms", () => {
    const rows = parseRows(linksToCSV(smallNetwork()));
    expect(rows).toEqual([
      ["source id", "source title", "target id", "target title", "score", "shared terms"],
      ["A", "Farms, apprentices and jobs", "B", 'The "Farm School"', "0.8", "farm; apprentice"],
      ["D", "'=HYPERLINK(\"http://x\")", "E", "Coding clubs", "0.7", "coding"],
      ["B", 'The "Farm School"', "C", "Two lines\nof title", "0.6", "farm"],
      ["A", "Farms, apprentices and jobs", "C", "Two lines\nof title", "0.5", "farm"],
    ]);
  });

  it("quotes commas, quotes and newlines", () => {
    const text = linksToCSV(smallNetwork());
    expect(text).toContain('"Farms, apprentices and jobs"');
    expect(text).toContain('"The ""Farm School"""');
    expect(text).toContain('"Two lines\nof title"');
    expect(text.split("\r\n")[0]).toBe("source id,source title,target id,target title,score,shared terms");
  });

  it("keeps formulas as they are when asked, and can start with a byte order mark", () => {
    const text = linksToCSV(smallNetwork(), { escapeFormulae: false, bom: true });
    expect(text.startsWith("\uFEFFsource id")).toBe(true);
    expect(parseRows(text.slice(1))[2][1]).toBe('=HYPERLINK("http://x")');
  });
});

describe("proposalsToCSV", () => {
  it("writes one row per proposal with its fields, community and metrics", () => {
    const graph = smallNetwork();
    const rows = parseRows(proposalsToCSV(graph));
    expect(rows).toHaveLength(6);
    const header = rows[0];
    const a = Object.fromEntries(header.map((name, index) => [name, rows[1][index]]));
    expect(a).toMatchObject({
      id: "A",
      title: "Farms, apprentices and jobs",
      organization: "Agri Skills",
      country: "SN",
      languages: "fr; en",
      categories: "work-based-learning; Green jobs",
      community: "0",
      degree: String(graph.getNodeAttribute("proposal:A", "degree")),
      year: "2021",
      description: "Apprenticeships on farms.",
    });
    expect(rows.map((row) => row[0])).toEqual(["id", "A", "B", "C", "D", "E"]);
  });

  it("writes only the proposals asked for, in that order", () => {
    const rows = parseRows(proposalsToCSV(smallNetwork(), ["proposal:E", "proposal:B", "proposal:E"]));
    expect(rows.map((row) => row[0])).toEqual(["id", "E", "B"]);
  });

  it("rejects keys that are not proposals", () => {
    expect(() => proposalsToCSV(smallNetwork(), ["organization:code-club"])).toThrow(
      '@skills-network/export: "organization:code-club" is not a proposal of this graph. Pass proposal node keys such as "proposal:P-001".',
    );
  });
});

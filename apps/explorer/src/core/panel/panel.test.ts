import { describe, expect, it } from "vitest";
import { fixtureGraph } from "../../test/fixture.js";
import { fileBase } from "../export/index.js";
import { memberProposals, safeUrl } from "./members.js";

describe("member lists", () => {
  const graph = fixtureGraph();

  it("lists an organisation's proposals by title", () => {
    expect(memberProposals(graph, "organization:code-sisters")).toEqual(["proposal:L1", "proposal:D1"]);
  });

  it("lists a region's proposals through its countries", () => {
    expect(memberProposals(graph, "region:Africa")).toEqual(["proposal:A2", "proposal:A1", "proposal:A3"]);
    expect(memberProposals(graph, "region:Nowhere")).toEqual([]);
  });
});

describe("links from data", () => {
  it("only keeps web links", () => {
    expect(safeUrl("https://example.org/a")).toBe("https://example.org/a");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("not a url")).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});

describe("export file names", () => {
  it("derives a safe file name from the data set", () => {
    expect(fileBase("sample")).toBe("skills-network");
    expect(fileBase("Propositions Sénégal 2023.xlsx")).toBe("skills-network-propositions-senegal-2023");
    expect(fileBase("***.csv")).toBe("skills-network");
  });
});

import { describe, expect, it } from "vitest";
import { createNetworkModel } from "../graph/model.js";
import { fixtureGraph } from "../../test/fixture.js";
import { buildSearchEntries } from "./entries.js";
import { makeEntry, search } from "./utils.js";

const entries = [
  makeEntry("proposal:1", "proposal", "Digital skills bootcamp for women"),
  makeEntry("proposal:2", "proposal", "Skills for digital farmers"),
  makeEntry("organization:digital", "organization", "Digital Futures"),
  makeEntry("country:SN", "country", "Sénégal", "", ["Senegal", "SN"]),
  makeEntry("keyword:digital", "keyword", "digital"),
];

describe("search", () => {
  it("ranks exact, then prefix, then word-start, then inner matches", () => {
    expect(search(entries, "digital").map((hit) => hit.entry.key)).toEqual([
      "keyword:digital",
      "proposal:1",
      "organization:digital",
      "proposal:2",
    ]);
  });

  it("ignores case and accents and matches other names of a country", () => {
    expect(search(entries, "SENEGAL").map((hit) => hit.entry.key)).toEqual(["country:SN"]);
    expect(search(entries, "séné").map((hit) => hit.entry.key)).toEqual(["country:SN"]);
  });

  it("keeps room for proposals when many keywords match", () => {
    const many = [
      ...["digital", "digital skills", "digital tools", "digital jobs", "digital platform"].map((term) => makeEntry(`keyword:${term}`, "keyword", term)),
      makeEntry("proposal:9", "proposal", "Bringing digital skills to villages"),
    ];
    const kinds = search(many, "digital").map((hit) => hit.entry.kind);
    expect(kinds).toEqual(["keyword", "keyword", "keyword", "proposal"]);
    expect(search(many, "digital", { perKind: {} })).toHaveLength(6);
  });

  it("waits for two characters and respects the limit", () => {
    expect(search(entries, "d")).toEqual([]);
    expect(search(entries, "di", { limit: 2 })).toHaveLength(2);
  });

  it("indexes proposals, organisations, countries in the interface language and keywords", () => {
    const model = createNetworkModel({
      dataset: "sample",
      graph: fixtureGraph().export(),
      communities: { modularity: 0.4, communities: [], splitCount: 0, isolated: 1 },
      report: { format: "csv", records: 6, imported: 6, rejected: 0, errors: 0, warnings: 0, issues: [], columns: {} },
      timings: {},
    });
    const french = buildSearchEntries(model, "fr");
    expect(search(french, "Mexique").map((hit) => hit.entry.key)).toEqual(["country:MX"]);
    expect(search(french, "programación")[0]!.entry.key).toBe("proposal:D2");
    // "Coding" and "coding" are one keyword, found in two proposals.
    const coding = search(french, "coding").filter((hit) => hit.entry.kind === "keyword");
    expect(coding.map((hit) => [hit.entry.key, hit.entry.detail])).toEqual([["keyword:coding", "2"]]);
  });
});

import { describe, expect, it } from "vitest";
import { fixtureGraph } from "../../test/fixture.js";
import { buildFacetUniverse, knownValues } from "./universe.js";
import { facetValueLabel, groupByRegion, orderOptions, type LabelledOption } from "./options.js";
import { computeVisibility } from "./visibility.js";

const graph = fixtureGraph();
const universe = buildFacetUniverse(graph);
const labelled = (facet: keyof typeof universe, language: "en" | "fr" | "es"): LabelledOption[] =>
  universe[facet].map((option) => ({ ...option, label: facetValueLabel(facet, option, language, new Map()) }));

describe("facet values", () => {
  it("lists every value in the data with its total", () => {
    expect(universe.language.map((option) => [option.value, option.total]).sort()).toEqual([
      ["en", 4],
      ["es", 1],
      ["fr", 1],
    ]);
    const known = knownValues(universe);
    expect(known("country", "SN")).toBe(true);
    expect(known("country", "FR")).toBe(false);
  });

  it("orders categories as the call lists them, custom ones last", () => {
    expect(orderOptions("category", labelled("category", "en"), "en").map((option) => option.value)).toEqual([
      "work-based-learning",
      "training-delivery",
      "entrepreneurship",
      "custom-thing",
    ]);
  });

  it("groups countries by region, named in the interface language", () => {
    const groups = groupByRegion(orderOptions("country", labelled("country", "fr"), "fr"), "fr", "?");
    expect(groups.map((group) => group.label)).toEqual(["Afrique", "Amériques", "Asie"]);
    expect(groups[0]!.options.map((option) => option.label)).toEqual(["Kenya", "Ouganda", "Sénégal"]);
  });

  it("shows the passing proposals and what they connect to", () => {
    const visibility = computeVisibility(graph, { category: ["work-based-learning"] });
    expect([...visibility.proposals].sort()).toEqual(["proposal:A1", "proposal:A2"]);
    expect(visibility.nodes?.has("organization:green-valley-college")).toBe(true);
    expect(visibility.nodes?.has("region:Africa")).toBe(true);
    expect(visibility.nodes?.has("organization:code-sisters")).toBe(false);
    expect(computeVisibility(graph, {}).nodes).toBeNull();
  });
});

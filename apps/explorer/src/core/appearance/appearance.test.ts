import { describe, expect, it } from "vitest";
import type { CommunitySummary, SkillsNodeAttributes } from "@skills-network/core";
import { fixtureGraph } from "../../test/fixture.js";
import { computeLooks, legendEntries, nodeColor, shortLabel } from "./index.js";
import { CATEGORY_COLORS, COMMUNITY_PALETTE, KIND_COLORS, NO_COMMUNITY_COLOR, OTHER_COLOR, REGION_COLORS } from "./palette.js";

const graph = fixtureGraph();
const attributes = (key: string) => graph.getNodeAttributes(key) as SkillsNodeAttributes;

describe("colour mapping", () => {
  it("colours proposals by community, first category or region", () => {
    expect(nodeColor(attributes("proposal:A1"), "community")).toBe(COMMUNITY_PALETTE[0]);
    expect(nodeColor(attributes("proposal:D1"), "community")).toBe(COMMUNITY_PALETTE[1]);
    expect(nodeColor(attributes("proposal:L1"), "community")).toBe(NO_COMMUNITY_COLOR);
    expect(nodeColor(attributes("proposal:A2"), "category")).toBe(CATEGORY_COLORS["work-based-learning"]);
    expect(nodeColor(attributes("proposal:L1"), "category")).toBe(OTHER_COLOR);
    expect(nodeColor(attributes("proposal:D2"), "region")).toBe(REGION_COLORS.Americas);
  });

  it("keeps other nodes neutral unless the mode colours them", () => {
    expect(nodeColor(attributes("category:training-delivery"), "community")).toBe(KIND_COLORS.category);
    expect(nodeColor(attributes("category:training-delivery"), "category")).toBe(CATEGORY_COLORS["training-delivery"]);
    expect(nodeColor(attributes("country:SN"), "region")).toBe(REGION_COLORS.Africa);
    expect(nodeColor(attributes("country:SN"), "category")).toBe(KIND_COLORS.country);
    expect(nodeColor(attributes("organization:code-sisters"), "region")).toBe(KIND_COLORS.organization);
  });

  it("sizes by degree or betweenness, the most central proposal biggest", () => {
    const looks = computeLooks(graph);
    const a1 = looks.get("proposal:A1")!;
    const a3 = looks.get("proposal:A3")!;
    expect(a1.sizes.betweenness).toBeGreaterThan(a3.sizes.betweenness);
    expect(a1.sizes.degree).toBeGreaterThan(looks.get("proposal:L1")!.sizes.degree);
    for (const look of looks.values()) {
      expect(look.sizes.degree).toBeGreaterThan(0);
      expect(look.sizes.betweenness).toBeGreaterThan(0);
    }
  });

  it("shortens long labels with an ellipsis", () => {
    expect(shortLabel("short")).toBe("short");
    const long = shortLabel("x".repeat(100), 20);
    expect(long).toHaveLength(20);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("legend", () => {
  const proposals = graph.filterNodes((_key, node) => node.kind === "proposal").map(attributes);
  const communities = [
    { id: 0, size: 3, name: "agribusiness · irrigation" },
    { id: 1, size: 2, name: "coding · women" },
  ] as CommunitySummary[];

  it("lists communities with their sizes, then proposals without one", () => {
    const entries = legendEntries("community", proposals, communities);
    expect(entries.map((entry) => [entry.color, entry.count])).toEqual([
      [COMMUNITY_PALETTE[0], 3],
      [COMMUNITY_PALETTE[1], 2],
      [NO_COMMUNITY_COLOR, 1],
    ]);
  });

  it("follows the colour mode: categories by frequency, unknown values last", () => {
    const entries = legendEntries("category", proposals, communities);
    expect(entries.map((entry) => entry.label)).toEqual([
      { type: "category", value: "training-delivery" },
      { type: "category", value: "work-based-learning" },
      { type: "message", key: "legend.unknown" },
    ]);
    expect(entries.map((entry) => entry.count)).toEqual([3, 2, 1]);
    expect(legendEntries("region", proposals, communities).map((entry) => [entry.label, entry.count])).toEqual([
      [{ type: "region", value: "Africa" }, 3],
      [{ type: "region", value: "Asia" }, 2],
      [{ type: "region", value: "Americas" }, 1],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph.js";
import { detectCommunities } from "./communities.js";
import { filteredSubgraph } from "./filtered-subgraph.js";
import { links, proposals, topTerms } from "../test/fixtures.js";

describe("filteredSubgraph", () => {
  const graph = buildGraph(proposals, links, { topTerms: (id) => topTerms[id], name: "Test call" });
  detectCommunities(graph);

  it("keeps the passing proposals, what they link to, and the edges among them", () => {
    const view = filteredSubgraph(graph, { category: ["work-based-learning"], region: ["Africa"] });
    expect(view.nodes()).toEqual([
      "proposal:P03",
      "proposal:P04",
      "category:work-based-learning",
      "beneficiary:youth",
      "beneficiary:rural-communities",
      "organization:agri-skills",
      "region:Africa",
      "country:SN",
      "country:KE",
      "category:rpl-certification",
      "beneficiary:women",
    ]);
    expect(view.edges().filter((edge) => view.getEdgeAttribute(edge, "kind") === "similar")).toEqual([
      "similar|proposal:P03|proposal:P04",
    ]);
    // 2 submitted-by, 2 located-in, 2 in-region, 3 in-category, 3 serves, 1 similar.
    expect(view.size).toBe(13);
    expect(view.getAttributes()).toEqual(graph.getAttributes());
    expect(view.getNodeAttribute("proposal:P04", "community" as never)).toBe(0);
  });

  it("does not share attributes with the full graph", () => {
    const view = filteredSubgraph(graph, { language: ["pt"] });
    expect(view.order).toBe(7);
    (view.getNodeAttribute("proposal:P06", "languages" as never) as string[]).push("xx");
    expect(graph.getNodeAttribute("proposal:P06", "languages" as never)).toEqual(["pt", "en"]);
  });

  it("is empty when nothing passes", () => {
    const view = filteredSubgraph(graph, { country: ["ZZ"] });
    expect([view.order, view.size]).toEqual([0, 0]);
  });
});

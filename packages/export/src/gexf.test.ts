import { describe, expect, it } from "vitest";
import { UndirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { toGEXF } from "./gexf.js";
import { smallNetwork } from "../test/network.js";

describe("toGEXF", () => {
  it("re-imports with graphology-gexf with the same nodes, edges and kinds", () => {
    const graph = smallNetwork();
    const back = parse(UndirectedGraph, toGEXF(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.nodes()).toEqual(graph.nodes());
    expect(back.mapEdges((_edge, attributes) => attributes.kind)).toEqual(
      graph.mapEdges((_edge, attributes) => attributes.kind),
    );
    expect(back.mapNodes((_n, attributes) => attributes.kind)).toEqual(graph.mapNodes((_n, attributes) => attributes.kind));
    expect(back.getAttribute("name")).toBe("Export test");
  });

  it("writes lists as joined strings and keeps numbers and labels", () => {
    const back = parse(UndirectedGraph, toGEXF(smallNetwork()));
    expect(back.getNodeAttributes("proposal:A")).toMatchObject({
      label: "Farms, apprentices and jobs",
      languages: "fr|en",
      categories: "work-based-learning|Green jobs",
      topTerms: "farm|apprentice",
      year: 2021,
      community: 0,
    });
    expect(back.getEdgeAttributes("proposal:A", "proposal:B")).toMatchObject({
      kind: "similar",
      weight: 0.8,
      sharedTerms: "farm|apprentice",
      sharedTermWeights: "0.5|0.3",
    });
    expect(back.getNodeAttribute("proposal:C", "label")).toBe("Two lines\nof title");
  });

  it("declares no list types, so Gephi reads every column", () => {
    const gexf = toGEXF(smallNetwork());
    expect(gexf).not.toMatch(/type="list/);
    expect(gexf).toContain('<attribute id="languages" title="languages" type="string"/>');
  });

  it("writes positions, sizes and colours as viz elements when the explorer set them", () => {
    const graph = smallNetwork();
    expect(toGEXF(graph)).not.toContain("viz:");
    graph.mergeNodeAttributes("proposal:A", { x: 1.5, y: -2, size: 7, color: "#ff8800" } as never);
    const gexf = toGEXF(graph);
    expect(gexf).toContain('<viz:color hex="#ff8800"/>');
    expect(gexf).toContain('<viz:size value="7"/>');
    expect(gexf).toContain('<viz:position x="1.5" y="-2"/>');
    const back = parse(UndirectedGraph, gexf);
    expect(back.getNodeAttributes("proposal:A")).toMatchObject({ x: 1.5, y: -2, size: 7, color: "#ff8800" });
    expect(gexf).not.toContain('for="x"');
  });

  it("can write GEXF 1.2", () => {
    const gexf = toGEXF(smallNetwork(), { version: "1.2" });
    expect(gexf).toContain('version="1.2"');
    expect(parse(UndirectedGraph, gexf).order).toBe(smallNetwork().order);
  });
});

import { describe, expect, it } from "vitest";
import { fromGraphologyJSON, toGraphologyJSON } from "./graphology-json.js";
import type { SerializedSkillsGraph } from "./types.js";
import { smallNetwork } from "../test/network.js";

describe("graphology JSON", () => {
  it("round-trips every node, edge and attribute through JSON text", () => {
    const graph = smallNetwork();
    const text = JSON.stringify(toGraphologyJSON(graph));
    const back = fromGraphologyJSON(JSON.parse(text) as SerializedSkillsGraph);
    expect(back.nodes()).toEqual(graph.nodes());
    expect(back.edges()).toEqual(graph.edges());
    expect(back.getAttributes()).toEqual(graph.getAttributes());
    expect(back.getNodeAttributes("proposal:A")).toEqual(graph.getNodeAttributes("proposal:A"));
    expect(back.getEdgeAttributes("proposal:A", "proposal:B")).toEqual({
      kind: "similar", weight: 0.8, sharedTerms: ["farm", "apprentice"], sharedTermWeights: [0.5, 0.3],
    });
    expect(back.type).toBe("undirected");
    expect(back.getNodeAttribute("proposal:A", "community" as never)).toBe(0);
  });

  it("gives a copy that does not share arrays with the graph", () => {
    const graph = smallNetwork();
    const data = toGraphologyJSON(graph);
    (data.nodes[0].attributes as { languages: string[] }).languages.push("xx");
    expect(graph.getNodeAttribute("proposal:A", "languages" as never)).toEqual(["fr", "en"]);
  });

  it("rejects data that is not a Skills Network graph", () => {
    expect(() => fromGraphologyJSON({} as never)).toThrow(
      "@skills-network/export: not a Skills Network graph: it has no `nodes` array.",
    );
    expect(() => fromGraphologyJSON({ nodes: [{ key: "x", attributes: { kind: "person" } }] } as never)).toThrow(
      'node "x" has kind "person"',
    );
    expect(() =>
      fromGraphologyJSON({
        nodes: [{ key: "proposal:A", attributes: { kind: "proposal" } }],
        edges: [{ source: "proposal:A", target: "proposal:Z", attributes: { kind: "similar" } }],
      } as never),
    ).toThrow('names unknown node "proposal:Z"');
    expect(() =>
      fromGraphologyJSON({ options: { type: "directed", multi: false, allowSelfLoops: false }, nodes: [] } as never),
    ).toThrow("it is a directed graph");
  });
});

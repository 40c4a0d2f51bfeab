import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph.js";
import { linkTableOf as tableOf, links, proposals, topTerms } from "../test/fixtures.js";

describe("similar edges from a link table", () => {
  // Index order differs from id order, as it may in a real index.
  const ids = proposals.map((proposal) => proposal.id).reverse();
  const options = { topTerms: (id: string) => topTerms[id], name: "Test call" };

  it("gives the same graph as the same links as objects", () => {
    const fromTable = buildGraph(proposals, tableOf(ids, links), options);
    expect(fromTable.export()).toEqual(buildGraph(proposals, links, options).export());
    expect(fromTable.getEdgeAttributes("proposal:P01", "proposal:P02")).toEqual({
      kind: "similar",
      weight: 0.8,
      sharedTerms: ["apprenticeship", "farm"],
      sharedTermWeights: [0.4, 0.4],
    });
  });

  it("rejects a table out of order, a repeated pair, an unknown proposal and a bad score", () => {
    const table = tableOf(ids, links);
    const swapped = { ...table, source: table.target, target: table.source };
    expect(() => buildGraph(proposals, swapped)).toThrow(
      '@skills-network/graph: link table entry 0 ("P02" – "P01") is not in id order. Make link tables with the text index (neighbourTable), which sorts them.',
    );
    const repeated = tableOf(ids, [links[0], links[0]]);
    expect(() => buildGraph(proposals, repeated)).toThrow(/link table entry 1 \("P01" – "P02"\) comes after a later pair or repeats one/);
    const unknown = tableOf(["P01", "P99"], [{ source: "P01", target: "P99", score: 0.5, sharedTerms: [] }]);
    expect(() => buildGraph(proposals, unknown)).toThrow(
      '@skills-network/graph: similarity link "P01" – "P99" names unknown proposal "P99". Compute links from the same proposals you pass to buildGraph.',
    );
    const nan = tableOf(ids, [{ source: "P01", target: "P02", score: Number.NaN, sharedTerms: [] }]);
    expect(() => buildGraph(proposals, nan)).toThrow(/has score NaN/);
  });
});

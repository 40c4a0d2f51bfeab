import { describe, expect, it } from "vitest";
import { generateCorpus } from "@skills-network/sample-data";
import { buildNetwork, readInput, STAGES } from "../index.js";
import { buildNetworkAsync, nodeDefaults, PipelineWorkers, readAndBuildAsync } from "./index.js";

describe("buildNetworkAsync", () => {
  // Large enough for two threads (the parallel build needs 2,000 documents per thread).
  const json = JSON.stringify(generateCorpus({ size: 4400 }));
  const imported = readInput(json, { fileName: "corpus.json" });

  it("gives the network buildNetwork gives: same links, scores, communities and names", async () => {
    const expected = buildNetwork(imported);
    const stages: string[] = [];
    const actual = await buildNetworkAsync(imported, { threads: 2, onProgress: (stage) => stages.push(stage) });
    const similar = (network: typeof expected) =>
      network.graph
        .filterEdges((_edge, attributes) => attributes.kind === "similar")
        .map((edge) => [edge, network.graph.getEdgeAttribute(edge, "weight"), network.graph.getEdgeAttribute(edge, "sharedTerms")]);
    expect(similar(actual).length).toBeGreaterThan(5000);
    expect(similar(actual)).toEqual(similar(expected));
    expect(actual.graph.order).toBe(expected.graph.order);
    const topTerms = (network: typeof expected) => network.proposals.map((p) => network.graph.getNodeAttribute(`proposal:${p.id}`, "topTerms"));
    expect(topTerms(actual)).toEqual(topTerms(expected));
    expect(actual.index.vocabularySize).toBe(expected.index.vocabularySize);
    expect(actual.communities.communities.map((c) => [c.name, c.size])).toEqual(
      expected.communities.communities.map((c) => [c.name, c.size]),
    );
    expect(actual.communities.modularity).toBe(expected.communities.modularity);
    expect(stages).toEqual(STAGES.filter((stage) => stage !== "parse"));
  });

  it("uses workers started before parsing, and ends them", async () => {
    const workers = PipelineWorkers.ahead(json, 2);
    expect(workers.text?.size).toBe(1);
    expect(workers.communities).not.toBeNull();
    const actual = await buildNetworkAsync(imported, { threads: 2 }, workers);
    const expected = await buildNetworkAsync(imported, { threads: 1 });
    const edges = (network: typeof expected) => network.graph.mapEdges((edge, attributes) => [edge, attributes.weight]);
    expect(edges(actual)).toEqual(edges(expected));
    expect(actual.communities.communities.map((c) => [c.name, c.members.length])).toEqual(expected.communities.communities.map((c) => [c.name, c.members.length]));
    expect([workers.text, workers.communities]).toEqual([null, null]);
  });

  it("hands the proposals to the text worker as they are parsed: it reads them early, and the network is the same", async () => {
    const workers = PipelineWorkers.ahead(json, 2);
    // Parsed a second time once the worker has loaded, so that it surely takes some proposals early.
    readInput(json, { fileName: "corpus.json" });
    const handed: string[] = [];
    const parsed = readInput(json, workers.readOptions({ fileName: "corpus.json", onProposal: (proposal) => handed.push(proposal.id) }));
    expect(handed).toEqual(parsed.proposals.map((proposal) => proposal.id));
    expect(() => workers.readOptions()).toThrow("@skills-network/core: readOptions was called twice on these workers. Parse once with it, then build.");
    const early = workers.early!;
    for (let waited = 0; early.taken === 0 && waited < 20_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(early.taken).toBeGreaterThan(0);
    const actual = await buildNetworkAsync(parsed, { threads: 2 }, workers);
    expect(early.close().documents).toBeGreaterThan(0);
    expect(workers.early).toBeNull();
    const expected = await buildNetworkAsync(imported, { threads: 1 });
    const edges = (network: typeof expected) => network.graph.mapEdges((edge, attributes) => [edge, attributes.weight, attributes.sharedTerms]);
    expect(edges(actual)).toEqual(edges(expected));
    expect(actual.index.vocabularySize).toBe(expected.index.vocabularySize);
    expect(actual.communities.communities.map((c) => c.name)).toEqual(expected.communities.communities.map((c) => c.name));
  });

  it("reads and builds in one call, and defaults to one thread per core", async () => {
    const csv = "id,title,description\nA,Solar,Solar panel installers learn wiring\nB,Solar jobs,Young solar panel installers\n";
    const network = await readAndBuildAsync(csv, { read: { fileName: "two.csv" } });
    expect(network.report.imported).toBe(2);
    expect(network.graph.hasEdge("proposal:A", "proposal:B")).toBe(true);
    expect(Object.keys(network.timings)).toContain("parse");
    expect(nodeDefaults.threads).toBeGreaterThanOrEqual(1);
  });
});

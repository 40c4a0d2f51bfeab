import { describe, expect, it } from "vitest";
import { linkTableEdgeList, partitionEdgeList } from "@skills-network/graph";
import { generateCorpus } from "@skills-network/sample-data";
import { allPairsTopK, buildTfIdfIndex, prepareTiers, scoreDistinctiveTerms } from "@skills-network/text";
import { proposalToDocument } from "../documents.js";
import { readInput } from "../index.js";
import { CommunitiesWorker } from "./communities-on-worker.js";

describe("CommunitiesWorker", () => {
  const imported = readInput(JSON.stringify(generateCorpus({ size: 600 })), { fileName: "corpus.json" });
  const index = buildTfIdfIndex(imported.proposals.map(proposalToDocument));
  const settings = { resolution: 1, seed: 42, minScore: 0.1 };
  const arrays = index.searchArrays;
  const lists = allPairsTopK(arrays, prepareTiers(arrays, settings.minScore), 0, index.ids.length, 8);
  const table = index.linkTable(lists, settings.minScore);

  it("finds on a worker thread, from the link table, the partition of the links found in this one", async () => {
    const expected = partitionEdgeList(linkTableEdgeList(table), settings);
    expect(expected.members.length).toBeGreaterThan(5);
    const found = await new CommunitiesWorker().find(index, table, settings);
    expect(found?.partition).toEqual(expected);
    const finer = { ...settings, resolution: 3, seed: 7 };
    expect((await new CommunitiesWorker().find(index, table, finer))?.partition).toEqual(partitionEdgeList(linkTableEdgeList(table), finer));
  });

  it("scores the distinctive terms of the communities of two or more, as this thread would", async () => {
    const found = await new CommunitiesWorker().find(index, table, settings);
    const groups = found!.partition.members.filter((members) => members.length > 1);
    const positions = groups.map((members) => members.map((key) => index.ids.indexOf(key.slice("proposal:".length))));
    const { rows, termCount, documentLanguages } = index.classArrays;
    expect(found!.distinctive).toEqual(scoreDistinctiveTerms(rows, termCount, positions, documentLanguages));
    const ids = groups.map((members) => members.map((key) => key.slice("proposal:".length)));
    expect(index.pickDistinctiveTerms(found!.distinctive!, 8)).toEqual(index.distinctiveTerms(ids, 8));
  });
});

import { describe, expect, it } from "vitest";
import { linkTableEdgeList, partitionEdgeList } from "@skills-network/graph";
import { generateCorpus } from "@skills-network/sample-data";
import { buildTfIdfIndex, scoreDistinctiveTerms } from "@skills-network/text";
import { proposalToDocument } from "../documents.js";
import { readInput } from "../index.js";
import { communitiesOnWorker } from "./communities-on-worker.js";

describe("communitiesOnWorker", () => {
  const imported = readInput(JSON.stringify(generateCorpus({ size: 600 })), { fileName: "corpus.json" });
  const index = buildTfIdfIndex(imported.proposals.map(proposalToDocument));
  const table = index.neighbourTable({ k: 8, minScore: 0.1 });
  const settings = { resolution: 1, seed: 42 };

  it("finds on a worker thread the partition found in this one", async () => {
    const expected = partitionEdgeList(linkTableEdgeList(table), settings);
    expect(expected.members.length).toBeGreaterThan(5);
    expect(await communitiesOnWorker(table, settings, 100)).toEqual({ partition: expected });
    const finer = { resolution: 3, seed: 7 };
    expect((await communitiesOnWorker(table, finer, 100))?.partition).toEqual(partitionEdgeList(linkTableEdgeList(table), finer));
  });

  it("scores the distinctive terms of the communities of two or more, as this thread would", async () => {
    const found = await communitiesOnWorker(table, settings, 100, index.classArrays);
    const groups = found!.partition.members.filter((members) => members.length > 1);
    const positions = groups.map((members) => members.map((key) => index.ids.indexOf(key.slice("proposal:".length))));
    const { rows, termCount, documentLanguages } = index.classArrays;
    expect(found!.distinctive).toEqual(scoreDistinctiveTerms(rows, termCount, positions, documentLanguages));
    expect(index.pickDistinctiveTerms(found!.distinctive!, 8)).toEqual(index.distinctiveTerms(groups.map((members) => members.map((key) => key.slice("proposal:".length))), 8));
  });

  it("leaves small corpora to this thread", async () => {
    expect(await communitiesOnWorker(table, settings, 601)).toBeNull();
  });
});

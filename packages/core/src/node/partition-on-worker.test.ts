import { describe, expect, it } from "vitest";
import { linkTableEdgeList, partitionEdgeList } from "@skills-network/graph";
import { generateCorpus } from "@skills-network/sample-data";
import { buildIndex } from "@skills-network/text";
import { proposalToDocument } from "../documents.js";
import { readInput } from "../index.js";
import { partitionOnWorker } from "./partition-on-worker.js";

describe("partitionOnWorker", () => {
  const imported = readInput(JSON.stringify(generateCorpus({ size: 600 })), { fileName: "corpus.json" });
  const table = buildIndex(imported.proposals.map(proposalToDocument)).neighbourTable({ k: 8, minScore: 0.1 });
  const settings = { resolution: 1, seed: 42 };

  it("finds on a worker thread the partition found in this one", async () => {
    const expected = partitionEdgeList(linkTableEdgeList(table), settings);
    expect(expected.members.length).toBeGreaterThan(5);
    expect(await partitionOnWorker(table, settings, 100)).toEqual(expected);
    const finer = { resolution: 3, seed: 7 };
    expect(await partitionOnWorker(table, finer, 100)).toEqual(partitionEdgeList(linkTableEdgeList(table), finer));
  });

  it("leaves small corpora to this thread", async () => {
    expect(await partitionOnWorker(table, settings, 601)).toBeNull();
  });
});

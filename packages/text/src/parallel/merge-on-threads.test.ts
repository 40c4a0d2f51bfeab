import { describe, expect, it } from "vitest";
import { random } from "../../test/random.js";
import { CorpusScanner } from "../corpus-scanner.js";
import type { TextDocument } from "../types.js";
import { runBuildJob, type BuildJob, type RunnerState } from "./build-jobs.js";
import type { JobRunner } from "./by-range.js";
import { claim, createClaims, planChunks } from "./chunks.js";
import { mergeOnThreads } from "./merge-on-threads.js";
import { mergeReads, readFromBack, readFromFront } from "./read-chunks.js";

const WORDS = ["digital", "skills", "formation", "professionnelle", "jóvenes", "mujeres", "solar", "repair", "e-learning", "l'école"];

function corpus(size: number): TextDocument[] {
  const next = random(11);
  return Array.from({ length: size }, (_, i) => ({
    id: `d${i}`,
    language: ["en", "fr", "es"][i % 3],
    text: Array.from({ length: 3 + Math.floor(next() * 20) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(next() < 0.2 ? ", " : " "),
    keywords: next() < 0.3 ? [WORDS[Math.floor(next() * WORDS.length)]] : undefined,
  }));
}

/** A runner in this thread that read some documents itself (`read`). */
function runnerWith(read: RunnerState["read"]): JobRunner {
  const state: RunnerState = { read, rows: null };
  const answers: unknown[] = [];
  return {
    send: (job: BuildJob) => answers.push(runBuildJob(structuredClone(job), state).result),
    next: <T>() => Promise.resolve(answers.shift() as T),
  };
}

describe("mergeOnThreads", () => {
  it("lays out what each thread read as mergeReads does", async () => {
    const docs = corpus(80);
    const plan = planChunks(docs, 12);
    const chunkCount = plan.chunkStart.length - 1;
    for (const meet of [0, 5, chunkCount]) {
      const read = () => {
        const claims = createClaims(chunkCount);
        for (let chunk = meet; chunk < chunkCount; chunk++) claim(claims, chunk);
        const scanner = new CorpusScanner(true);
        const own = readFromFront(docs, plan, claims, scanner, 2);
        const workerClaims = createClaims(chunkCount);
        for (let chunk = 0; chunk < meet; chunk++) claim(workerClaims, chunk);
        const worker = readFromBack({ docs: Array.from(plan.order, (i) => docs[i]), chunkStart: plan.chunkStart, firstChunk: 0, claims: workerClaims, phrases: true, keywordBoost: 2 });
        return { scanner, own, worker };
      };
      const expected = read();
      mergeReads(expected.scanner, expected.own, [expected.worker], plan);
      const actual = read();
      const { part, positions } = actual.worker;
      const runner = runnerWith({ documentStart: part.documentStart, sequence: part.sequence });
      await mergeOnThreads(actual.scanner, actual.own, [{ part: { ...part, sequence: new Int32Array(0) }, positions }], plan, [runner]);
      for (const scanner of [expected.scanner, actual.scanner]) expect(scanner.documents).toBe(docs.length);
      const of = (scanner: CorpusScanner) => [scanner.documentStart.toArray(), scanner.sequence.toArray(), scanner.itemWord.toArray(), scanner.itemSurface.toArray(), scanner.wordFrequency.toArray(), scanner.phraseCount];
      expect(of(actual.scanner)).toEqual(of(expected.scanner));
    }
  });
});

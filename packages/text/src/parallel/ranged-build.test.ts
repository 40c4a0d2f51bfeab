import { describe, expect, it } from "vitest";
import { random } from "../../test/random.js";
import { buildTfIdfIndex, checkIds, scanCorpus } from "../build-index.js";
import { resolveIndexOptions } from "../options.js";
import type { TfIdfIndex } from "../similarity-index.js";
import type { IndexOptions, TextDocument } from "../types.js";
import { runBuildJob, type BuildJob, type RunnerState } from "./build-jobs.js";
import { indexOnThreads, type JobRunner } from "./ranged-build.js";

/** Answers jobs in this thread, through a structured clone as a worker would see them. */
class InThreadRunner implements JobRunner {
  readonly jobs: BuildJob["kind"][] = [];
  private readonly answers: unknown[] = [];
  private readonly state: RunnerState = { read: null, rows: null };
  send(job: BuildJob): void {
    this.jobs.push(job.kind);
    this.answers.push(runBuildJob(structuredClone(job), this.state).result);
  }
  next<T>(): Promise<T> {
    return Promise.resolve(this.answers.shift() as T);
  }
}

const WORDS = {
  en: "digital skills young women training trainers learning e-learning farming solar panels repair".split(" "),
  fr: "formation professionnelle jeunes femmes l'apprentissage numérique école formations".split(" "),
  es: "formación profesional jóvenes mujeres educación digital emprendimiento".split(" "),
};

function corpus(size: number, seed: number, languages: (keyof typeof WORDS)[]): TextDocument[] {
  const next = random(seed);
  return Array.from({ length: size }, (_, i) => {
    const language = languages[Math.floor(next() * languages.length)];
    const words = WORDS[language];
    // Words with a varying ending, so that terms are in some documents only.
    const word = () => words[Math.floor(next() * words.length)] + (next() < 0.5 ? "" : "abcdefghijklmnop"[Math.floor(next() * 16)]);
    const text = Array.from({ length: 4 + Math.floor(next() * 30) }, (_, j) => word() + (j % 6 === 5 ? "," : "")).join(" ");
    const keywords = next() < 0.4 ? [`${word()} ${word()}`] : undefined;
    return { id: `d${(i * 7) % size}-${i}`, language, text, keywords };
  });
}

function arraysOf(index: TfIdfIndex) {
  const { docs, postings, maxWeight, rank } = index.searchArrays;
  const data = (index as unknown as { data: { idf: Float64Array; counts: ArrayLike<number> } }).data;
  return {
    terms: Array.from({ length: index.vocabularySize }, (_, term) => `${index.termKey(term)}|${index.termLabel(term)}`),
    arrays: [docs.start, docs.index, docs.value, postings.start, postings.index, postings.value, maxWeight, rank, data.idf, data.counts].map((array) => Array.from(array)),
  };
}

describe("indexOnThreads", () => {
  it("gives the index of buildIndex with its steps split in two or three ranges", async () => {
    for (const languages of [["en", "fr", "es"], ["fr"]] as (keyof typeof WORDS)[][]) {
      const docs = corpus(90, languages.length, languages);
      for (const options of [{}, { phrases: false }, { keywordBoost: 0.5, minDocumentFrequency: 3 }] as Partial<IndexOptions>[]) {
        const expected = arraysOf(buildTfIdfIndex(docs, options));
        expect(expected.terms.length).toBeGreaterThan(50);
        for (const runners of [1, 2]) {
          const resolved = resolveIndexOptions(options);
          const sessions = Array.from({ length: runners }, () => new InThreadRunner());
          const index = await indexOnThreads(docs, resolved, checkIds(docs), scanCorpus(docs, resolved), sessions);
          expect(arraysOf(index)).toEqual(expected);
          // Every step that runs by range ran on each runner.
          const steps = sessions[0].jobs;
          if (options.phrases !== false) expect(steps).toEqual(expect.arrayContaining(["fill-groups", "count-groups", "assign-groups"]));
          expect(steps).toEqual(expect.arrayContaining(["weigh-rows", "place-rows"]));
          if (languages.length > 1) expect(steps).toContain("language-columns");
          else expect(steps).not.toContain("language-columns");
        }
      }
    }
  });
});

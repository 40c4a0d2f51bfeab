import { describe, expect, it } from "vitest";
import { forEachTerm } from "./analyze.js";
import { buildTfIdfIndex, checkIds, indexFromScan, scanCorpus } from "./build-index.js";
import { CorpusScanner } from "./corpus-scanner.js";
import { resolveIndexOptions } from "./options.js";
import { compareStrings } from "./fold.js";
import { MIN_DOCUMENT_FREQUENCY_FROM } from "./options.js";
import { normalizeLanguage } from "./languages.js";
import type { IndexOptions, TextDocument } from "./types.js";
import { smoothIdf, sublinearTf } from "./weighting.js";

/**
 * What `buildIndex` must compute, the slow way: every document analysed with
 * `forEachTerm` (strings all along), terms counted in Maps.
 */
function reference(docs: readonly TextDocument[], options: IndexOptions) {
  const forms = new Map<string, Map<string, number>>();
  const counted = docs.map((doc) => {
    const counts = new Map<string, number>();
    const count = (text: string, amount: number) =>
      forEachTerm(text, doc.language, options.phrases, (term, display) => {
        counts.set(term, (counts.get(term) ?? 0) + amount);
        const seen = forms.get(term) ?? new Map<string, number>();
        seen.set(display, (seen.get(display) ?? 0) + 1);
        forms.set(term, seen);
      });
    count(doc.text, 1);
    if (options.keywordBoost > 0) for (const keyword of doc.keywords ?? []) count(keyword, options.keywordBoost);
    return counts;
  });
  const df = new Map<string, number>();
  for (const counts of counted) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const maxDf = Math.max(2, options.maxDocumentFrequency * docs.length);
  const minDf = docs.length >= MIN_DOCUMENT_FREQUENCY_FROM ? options.minDocumentFrequency : 1;
  const kept = [...df].filter(([, n]) => n >= minDf && n <= maxDf).map(([term]) => term).sort(compareStrings);
  const label = (term: string) =>
    [...forms.get(term)!].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0][0];
  // Several languages: each document counts N / N(its language) times in the idf (see language-weighting.ts).
  const languageOf = (doc: TextDocument) => normalizeLanguage(doc.language);
  const perLanguage = new Map<string | null, number>();
  for (const doc of docs) perLanguage.set(languageOf(doc), (perLanguage.get(languageOf(doc)) ?? 0) + 1);
  const weightedDf = new Map<string, number>();
  counted.forEach((counts, i) => {
    const weight = perLanguage.size > 1 ? docs.length / perLanguage.get(languageOf(docs[i]))! : 1;
    for (const term of counts.keys()) weightedDf.set(term, (weightedDf.get(term) ?? 0) + weight);
  });
  const idf = (term: string) => smoothIdf(docs.length, Math.min(docs.length, weightedDf.get(term)!));
  const vectors = counted.map((counts) => {
    const weights = kept.filter((term) => counts.has(term)).map((term) => ({ term, weight: sublinearTf(counts.get(term)!) * idf(term) }));
    const norm = Math.hypot(...weights.map((w) => w.weight));
    return weights.map(({ term, weight }) => ({ term, weight: weight / norm }));
  });
  return { kept, labels: kept.map(label), vectors };
}

function expectSameIndex(docs: TextDocument[], options: Partial<IndexOptions> = {}): void {
  const index = buildTfIdfIndex(docs, options);
  const expected = reference(docs, index.options);
  const keys = Array.from({ length: index.vocabularySize }, (_, term) => index.termKey(term));
  expect(keys.length).toBeGreaterThan(10);
  expect(keys).toEqual(expected.kept);
  expect(Array.from({ length: index.vocabularySize }, (_, term) => index.termLabel(term))).toEqual(expected.labels);
  docs.forEach((doc, i) => {
    const vector = index.vector(doc.id)!;
    expect(Array.from(vector.terms, (term) => keys[term])).toEqual(expected.vectors[i].map((w) => w.term));
    vector.weights.forEach((weight, j) => expect(weight).toBeCloseTo(expected.vectors[i][j].weight, 6));
  });
}

const MIXED: TextDocument[] = [
  { id: "en-1", language: "en", text: "Digital skills for young women: digital skills bootcamps, work-based learning and e-learning.", keywords: ["digital skills", "e-learning"] },
  { id: "en-2", language: "EN-gb", text: "Young women learn Digital Skills\nin work-based e-learning courses; youth's training trainers.", keywords: ["bootcamps"] },
  { id: "fr-1", language: "fr", text: "La formation professionnelle des jeunes femmes : l'apprentissage numérique, aujourd'hui.", keywords: ["formation professionnelle"] },
  { id: "fr-2", language: "fra", text: "Formations professionnelles et apprentissage numérique pour les jeunes, d’une école à l’autre." },
  { id: "es-1", language: "es", text: "Formación profesional para jóvenes mujeres; además, educación digital y emprendimiento." },
  { id: "es-2", language: "es", text: "La formación profesional de las mujeres jóvenes: educación digital, 2024, x." },
  { id: "zh-1", language: "zh", text: "职业教育 与 数字技能 培训 😀 职业教育" },
  { id: "zh-2", language: null, text: "数字技能 职业教育 — Ünïcödé, ÉDUCATION numérique 𝐀𝐁 test-case" },
  { id: "sw-1", language: "sw", text: "Mafunzo ya ufundi kwa vijana, mafunzo ya ufundi." },
  { id: "empty", language: "en", text: "the and of, 123 !" },
];

describe("CorpusScanner and the weighted rows", () => {
  it("give the index the string-based analysis gives, in many languages and scripts", () => {
    expectSameIndex(MIXED);
    expectSameIndex(MIXED, { phrases: false });
    expectSameIndex(MIXED, { keywordBoost: 0.5, maxDocumentFrequency: 1 });
    expectSameIndex(MIXED, { keywordBoost: 0 });
  });

  it("give the same index when minDocumentFrequency applies (from 20 documents)", () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...MIXED[i % MIXED.length], id: `d${i}`, text: `${MIXED[i % MIXED.length].text} word${i % 7} word${i % 7}-part${i % 3}` }));
    expectSameIndex(many);
    expectSameIndex(many, { minDocumentFrequency: 3 });
  });

  it("counts a keyword's words and phrases keywordBoost times", () => {
    const index = buildTfIdfIndex(
      [
        { id: "a", language: "en", text: "digital skills for youth, digital skills", keywords: ["digital skills"] },
        { id: "b", language: "en", text: "youth learn digital skills" },
      ],
      { maxDocumentFrequency: 1 },
    );
    const counts = (index as unknown as { data: { counts: Float32Array; arrays: { docs: { start: Uint32Array; index: Uint32Array } } } }).data;
    const countOf = (doc: number, key: string) => {
      for (let p = counts.arrays.docs.start[doc]; p < counts.arrays.docs.start[doc + 1]; p++) if (index.termKey(counts.arrays.docs.index[p]) === key) return counts.counts[p];
      return 0;
    };
    expect(countOf(0, "digit skill")).toBe(2 + 2);
    expect(countOf(0, "youth")).toBe(1);
    expect(countOf(1, "digit skill")).toBe(1);
  });
});

describe("CorpusScanner.append", () => {
  it("gives the index of one scanner reading everything when parts read apart are appended in order", () => {
    const docs = [...MIXED, ...MIXED.map((doc) => ({ ...doc, id: `${doc.id}-again`, text: `${doc.text} extra-words, again` }))];
    for (const cut of [[3], [1, 12], [10, 15, 19]]) {
      const options = resolveIndexOptions({ keywordBoost: 3 });
      const bounds = [0, ...cut, docs.length];
      const [first, ...others] = bounds.slice(1).map((end, i) => scanCorpus(docs.slice(bounds[i], end), options));
      for (const other of others) first.append(other.toPart());
      const appended = indexFromScan(docs, options, checkIds(docs), first);
      const single = buildTfIdfIndex(docs, options);
      expect(Array.from({ length: appended.vocabularySize }, (_, term) => appended.termLabel(term))).toEqual(
        Array.from({ length: single.vocabularySize }, (_, term) => single.termLabel(term)),
      );
      expect(appended.searchArrays).toEqual(single.searchArrays);
      expect(appended.allKeywords(5)).toEqual(single.allKeywords(5));
    }
  });

  it("adds its documents and phrase count to the scanner's", () => {
    const scanner = new CorpusScanner(true);
    scanner.addDocument("digital skills training", "en", [], 2);
    const other = new CorpusScanner(true);
    other.addDocument("training of digital trainers", "en", ["digital skills"], 2);
    other.addDocument("", "fr", [], 2);
    scanner.append(other.toPart());
    expect(scanner.documents).toBe(3);
    expect(scanner.phraseCount).toBe(2 + 1 + 1);
    expect(Array.from(scanner.documentStart.toArray())).toEqual([0, 3, scanner.sequence.length, scanner.sequence.length]);
  });
});

describe("term counts", () => {
  const countsOf = (docs: TextDocument[], options: Partial<IndexOptions> = {}) =>
    (buildTfIdfIndex(docs, { maxDocumentFrequency: 1, ...options }) as unknown as { data: { counts: ArrayLike<number> } }).data.counts;

  it("are kept in the smallest array that holds them exactly", () => {
    expect(countsOf(MIXED)).toBeInstanceOf(Uint8Array);
    const many = [{ id: "a", language: "en", text: "skills ".repeat(300) }, { id: "b", language: "en", text: "skills" }];
    expect(countsOf(many)).toBeInstanceOf(Uint16Array);
    expect(Array.from(countsOf(many))).toEqual([300, 1]);
    expect(countsOf(MIXED, { keywordBoost: 0.5 })).toBeInstanceOf(Float32Array);
    expect(countsOf([{ id: "a", language: "en", text: "skills ".repeat(70000) }, { id: "b", language: "en", text: "skills" }])).toBeInstanceOf(Float32Array);
  });
});

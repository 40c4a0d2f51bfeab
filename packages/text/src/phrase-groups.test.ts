import { describe, expect, it } from "vitest";
import { random } from "../test/random.js";
import { allocateGroups, countGroups, fillGroups, firstWordCounts, joinCounted, wordRangeStarts, type PhraseScan } from "./phrase-groups.js";
import { PHRASE_HYPHEN, PHRASE_SPACE } from "./sequence.js";
import { phraseForm, renderPhraseForm } from "./term-dictionary.js";

const WORDS = 2000;

/**
 * Documents of random words where item i is word i % WORDS written as surface
 * i: word 0 starts phrases with hundreds of other words, words 1 to 7 with
 * dozens, the others with a few (groups sorted three ways, see `sortAscending`).
 */
function scan(documents: number, seed: number): PhraseScan & { documents: number } {
  const next = random(seed);
  const sequence: number[] = [];
  const documentStart = [0];
  for (let doc = 0; doc < documents; doc++) {
    for (let i = 0; i < 30; i++) {
      const word = next() < 0.3 ? 0 : Math.floor(next() * (next() < 0.5 ? 8 : WORDS));
      const item = word + WORDS * Math.floor(next() * 2);
      const link = i === 0 ? 0 : next() < 0.8 ? PHRASE_SPACE : PHRASE_HYPHEN;
      sequence.push(item * 4 + link);
    }
    documentStart.push(sequence.length);
  }
  const items = 2 * WORDS;
  return {
    documents,
    documentStart: Int32Array.from(documentStart),
    sequence: Int32Array.from(sequence),
    itemWord: Int32Array.from({ length: items }, (_, item) => item % WORDS),
    itemSurface: Int32Array.from({ length: items }, (_, item) => item),
    wordCount: WORDS,
    surfaceCount: items,
  };
}

const surfaces = Array.from({ length: 2 * WORDS }, (_, i) => `s${i}`);
const render = (form: number) => renderPhraseForm(form, surfaces);

/** The phrases by brute force: document frequency and forms per (first, second). */
function bruteForce(source: PhraseScan & { documents: number }, keep: (df: number) => boolean) {
  const phrases = new Map<string, { docs: Set<number>; forms: Map<number, number> }>();
  for (let doc = 0; doc < source.documents; doc++) {
    for (let at = source.documentStart[doc] + 1; at < source.documentStart[doc + 1]; at++) {
      const [previous, item, link] = [source.sequence[at - 1] >> 2, source.sequence[at] >> 2, source.sequence[at] & 3];
      const key = `${source.itemWord[previous]},${source.itemWord[item]}`;
      const phrase = phrases.get(key) ?? { docs: new Set<number>(), forms: new Map<number, number>() };
      phrases.set(key, phrase);
      phrase.docs.add(doc);
      const form = phraseForm(source.itemSurface[previous], source.itemSurface[item], link === PHRASE_HYPHEN, source.surfaceCount);
      phrase.forms.set(form, (phrase.forms.get(form) ?? 0) + 1);
    }
  }
  return [...phrases]
    .map(([key, { docs, forms }]) => {
      const [first, second] = key.split(",").map(Number);
      const best = [...forms].sort((a, b) => b[1] - a[1] || (render(a[0]) < render(b[0]) ? -1 : 1))[0][0];
      return [first, second, docs.size, best];
    })
    .filter(([, , df]) => keep(df))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

describe("phrase groups by ranges", () => {
  const source = scan(60, 3);
  const keep = (df: number) => df >= 2;

  it("counts every phrase's documents and most frequent form, in groups of few and of many second words", () => {
    const { groups, fills } = allocateGroups([firstWordCounts(source, 0, source.documents)], WORDS);
    fillGroups(source, 0, source.documents, groups, fills[0], 0);
    const counted = countGroups(groups, 0, WORDS, keep, render);
    const rows = Array.from(counted.first, (first, p) => [first, counted.second[p], counted.documentFrequency[p], counted.form[p]]);
    const expected = bruteForce(source, keep);
    expect(rows).toEqual(expected);
    const distinctSeconds = (first: number) => new Set(bruteForce(source, () => true).filter((phrase) => phrase[0] === first).map((phrase) => phrase[1])).size;
    expect(distinctSeconds(0) * 32).toBeGreaterThan(WORDS);
    expect(distinctSeconds(3)).toBeGreaterThan(16);
    expect(distinctSeconds(3) * 32).toBeLessThan(WORDS);
    expect(expected.some(([first]) => first > 8)).toBe(true);
  });

  it("groups and counts the same split in ranges of documents and of first words", () => {
    const whole = allocateGroups([firstWordCounts(source, 0, source.documents)], WORDS);
    fillGroups(source, 0, source.documents, whole.groups, whole.fills[0], 0);
    const starts = [0, 7, 7, 41, source.documents];
    const counts = starts.slice(1).map((end, r) => firstWordCounts(source, starts[r], end));
    const occurrences = counts.map((range) => range.reduce((sum, count) => sum + count, 0));
    const split = allocateGroups(counts, WORDS);
    // Each range's counts became its fills; its first occurrence follows the ranges before it.
    split.fills.forEach((fill, r) => expect(fill).toBe(counts[r]));
    expect(split.firstOccurrences).toEqual([0, occurrences[0], occurrences[0] + occurrences[1], occurrences[0] + occurrences[1] + occurrences[2]]);
    starts.slice(1).forEach((end, r) => fillGroups(source, starts[r], end, split.groups, split.fills[r], split.firstOccurrences[r]));
    expect(split.groups).toEqual(whole.groups);

    const words = wordRangeStarts(whole.groups.groupStart, 3);
    expect(words).toEqual([...words].sort((a, b) => a - b));
    const ends = [...words.slice(1), WORDS];
    const parts = words.map((from, r) => countGroups(split.groups, from, ends[r], keep, render));
    expect(joinCounted(parts)).toEqual(countGroups(whole.groups, 0, WORDS, keep, render));
  });
});

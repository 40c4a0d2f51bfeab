import { describe, expect, it } from "vitest";
import { random } from "../test/random.js";
import { allPairsTopK, buildTfIdfIndex, copyLinkRows, cosine, explain, fillLinkRows, linkRowsFor, linksOfTable, linkTableOf, pairsOf, prepareTiers, splitByPairs, uniquePairs } from "./index.js";
import type { TextDocument } from "./types.js";

const THEMES = [
  ["farming", "cooperative", "harvest", "irrigation", "livestock", "rural", "skills", "youth"],
  ["coding", "bootcamp", "software", "data", "mentoring", "startup", "skills", "women"],
  ["welding", "plumbing", "construction", "masonry", "safety", "apprentices", "youth", "jobs"],
];

function corpus(size: number, seed: number): TextDocument[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  return Array.from({ length: size }, (_, i) => {
    const theme = pick(THEMES);
    const words = Array.from({ length: 5 + Math.floor(next() * 20) }, () => (next() < 0.85 ? pick(theme) : `rare${Math.floor(next() * 40)}`));
    return { id: `p${String((i * 37) % size).padStart(3, "0")}`, language: "en", text: words.join(" ") };
  });
}

describe("neighbourTable", () => {
  const index = buildTfIdfIndex(corpus(120, 11));
  const k = 4;
  const minScore = 0.05;
  const table = index.neighbourTable({ k, minScore });
  const pairs = Array.from(table.source, (source, i) => [table.ids[source], table.ids[table.target[i]]] as const);

  it("holds each pair of the top-k lists once, source first, sorted by source then target", () => {
    const expected = new Set<string>();
    for (const id of index.ids) {
      const best = index.ids
        .filter((other) => other !== id)
        .map((other) => ({ other, score: cosine(index.vector(id)!, index.vector(other)!) }))
        .filter(({ score }) => score > 0 && score >= minScore)
        .sort((a, b) => b.score - a.score || (a.other < b.other ? -1 : 1))
        .slice(0, k);
      for (const { other } of best) expected.add(id < other ? `${id}|${other}` : `${other}|${id}`);
    }
    const found = pairs.map(([source, target]) => `${source}|${target}`);
    expect(new Set(found)).toEqual(expected);
    expect(found.length).toBe(expected.size);
    // Mutual neighbours exist here, so repeats would show.
    expect(expected.size).toBeLessThan(index.ids.length * k);
    for (let i = 0; i < pairs.length; i++) {
      expect(pairs[i][0] < pairs[i][1]).toBe(true);
      if (i > 0) expect(pairs[i - 1][0] < pairs[i][0] || (pairs[i - 1][0] === pairs[i][0] && pairs[i - 1][1] < pairs[i][1])).toBe(true);
    }
  });

  it("explains every link as explain() does: score and largest shared terms, in order", () => {
    expect(table.sharedStart.length).toBe(pairs.length + 1);
    pairs.forEach(([source, target], i) => {
      const expected = explain(index.vector(source)!, index.vector(target)!, index.options.explainTerms, (term) => index.termLabel(term));
      expect(table.score[i]).toBeCloseTo(Math.min(1, expected.score), 12);
      const shared = [];
      for (let s = table.sharedStart[i]; s < table.sharedStart[i + 1]; s++) shared.push({ term: table.terms[table.sharedTerm[s]], weight: table.sharedWeight[s] });
      expect(shared.map((term) => term.term)).toEqual(expected.sharedTerms.map((term) => term.term));
      shared.forEach((term, j) => expect(term.weight).toBeCloseTo(expected.sharedTerms[j].weight, 12));
    });
    expect(new Set(table.terms).size).toBe(table.terms.length);
  });

  it("gives the links of neighbours(): best first, ties by source then target", () => {
    const links = linksOfTable(table);
    expect(links).toEqual(index.neighbours({ k, minScore }));
    for (let i = 1; i < links.length; i++) {
      const [a, b] = [links[i - 1], links[i]];
      expect(a.score > b.score || (a.score === b.score && (a.source < b.source || (a.source === b.source && a.target < b.target)))).toBe(true);
    }
  });

  it("is the same whether the lists come from one range or from merged ranges", () => {
    const arrays = index.searchArrays;
    const tiers = prepareTiers(arrays, minScore);
    const lists = allPairsTopK(arrays, tiers, 0, 50, k);
    lists.merge(allPairsTopK(arrays, tiers, 50, index.ids.length, k));
    expect(index.linkTable(lists, minScore)).toEqual(table);
  });

  it("holds exactly its links and shared terms, in one buffer when every pair of the lists is a link", () => {
    expect([table.target.length, table.score.length, table.sharedStart.length]).toEqual([pairs.length, pairs.length, pairs.length + 1]);
    expect([table.sharedTerm.length, table.sharedWeight.length]).toEqual([table.sharedStart[pairs.length], table.sharedStart[pairs.length]]);
    expect(table.source.buffer).toBe(table.score.buffer);
    const arrays = index.searchArrays;
    const lists = allPairsTopK(arrays, prepareTiers(arrays, minScore), 0, index.ids.length, k);
    const { docs, rank } = index.vectors;
    const scored = linkTableOf({ ids: index.ids, docs, rank, vocabularySize: index.vocabularySize, explainTerms: 0, label: () => "" }, lists, minScore);
    expect(Array.from(scored.score)).toEqual(Array.from(table.score));
    expect([scored.sharedTerm.length, scored.sharedWeight.length, scored.terms.length]).toEqual([0, 0, 0]);
  });

  it("is the same when its rows are filled by ranges of sources, gaps of dropped pairs closed", () => {
    const arrays = index.searchArrays;
    const lists = allPairsTopK(arrays, prepareTiers(arrays, minScore), 0, index.ids.length, k);
    // A higher minScore than the lists': every range drops pairs, leaving gaps to close.
    const strict = 0.3;
    const expected = index.linkTable(lists, strict);
    expect(expected.source.length).toBeLessThan(uniquePairs(lists, index.vectors.rank).target.length);
    const { explainTerms } = index.options;
    for (const parts of [1, 2, 3, 7]) {
      const pairs = uniquePairs(lists, index.vectors.rank);
      const rows = linkRowsFor(pairs.target.length, explainTerms);
      const bounds = splitByPairs(pairs, parts);
      expect(bounds).toHaveLength(parts + 1);
      expect([bounds[0], bounds[parts]]).toEqual([0, index.ids.length]);
      // Filled in any order (threads end when they do), closed in rank order.
      const filled = bounds.slice(0, -1).map((from, i) => ({ i, from, to: bounds[i + 1] })).reverse().map(({ i, from, to }) => ({ i, part: fillLinkRows(index.linkVectors, pairs, strict, from, to, rows) }));
      const table = index.finishLinkTable(rows, filled.sort((a, b) => a.i - b.i).map(({ part }) => part));
      expect(table).toEqual(expected);
    }
    // Ranges filled into rows of their own (as workers do), then copied into the table.
    const pairs = uniquePairs(lists, index.vectors.rank);
    const bounds = splitByPairs(pairs, 3);
    const rows = linkRowsFor(pairs.target.length, explainTerms);
    const parts = [0, 1, 2].map((i) => {
      const own = linkRowsFor(pairsOf(pairs, bounds[i], bounds[i + 1]), explainTerms);
      const part = fillLinkRows(index.linkVectors, pairs, strict, bounds[i], bounds[i + 1], own, 0);
      expect(part.linkOffset).toBe(0);
      return copyLinkRows(rows, own, part, pairsOf(pairs, 0, bounds[i]), explainTerms);
    });
    expect(parts.map((part) => part.linkOffset)).toEqual([0, pairsOf(pairs, 0, bounds[1]), pairsOf(pairs, 0, bounds[2])]);
    expect(index.finishLinkTable(rows, parts)).toEqual(expected);
  });

  it("drops links under minScore and is empty for k = 0", () => {
    const strict = index.neighbourTable({ k, minScore: 0.5 });
    expect(strict.source.length).toBeGreaterThan(0);
    expect(strict.source.length).toBeLessThan(table.source.length);
    expect(Math.min(...strict.score)).toBeGreaterThanOrEqual(0.5);
    const none = index.neighbourTable({ k: 0, minScore });
    expect([none.source.length, none.sharedStart.length, none.terms.length]).toEqual([0, 1, 0]);
  });
});

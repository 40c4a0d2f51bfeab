/**
 * The steps of `PhraseOccurrences` over ranges (of documents, or of first
 * words) and plain arrays, so that threads can share them: grouping the
 * occurrences by first word is a counting sort (count per range, then each
 * range writes its occurrences where its counts say), and groups are counted
 * apart from one another.
 */
import { compareStrings } from "./fold.js";
import { Float64List, Int32List } from "./growable.js";
import { BOOSTED, PHRASE_HYPHEN } from "./sequence.js";
import { balancedStarts } from "./balanced-starts.js";
import { countsToFills } from "./range-fills.js";
import { shareable } from "./shareable.js";
import { phraseForm } from "./term-dictionary.js";

/** What grouping reads of a scanned corpus (see `CorpusScanner`). */
export interface PhraseScan {
  documentStart: Int32Array;
  sequence: Int32Array;
  itemWord: Int32Array;
  itemSurface: Int32Array;
  wordCount: number;
  surfaceCount: number;
}

/** The occurrences of first word w at groupStart[w] .. groupStart[w + 1] - 1, in document order. */
export interface PhraseGroups {
  groupStart: Int32Array;
  /**
   * Second word ids, with `NEW_DOCUMENT` set on an occurrence in another
   * document than the one before it in its group: counting only tells
   * documents apart, so they are not kept.
   */
  seconds: Int32Array;
  /** Written forms (see `phraseForm`). */
  forms: Float64Array;
  /** Each occurrence's position among all the occurrences in the order of the sequence. */
  order: Int32Array;
}

/** The high bit of a grouped second word id: the occurrence is the first of its document in its group. */
const NEW_DOCUMENT = 1 << 31;

export interface CountedPhrases {
  first: Int32Array;
  second: Int32Array;
  documentFrequency: Int32Array;
  /** The phrase's most frequent written form (see `phraseForm`; ties: the alphabetically first text). */
  form: Float64Array;
}

/** Occurrences per first word in documents from .. to - 1. */
export function firstWordCounts(scan: PhraseScan, from: number, to: number): Int32Array {
  const { documentStart, sequence, itemWord } = scan;
  const counts = new Int32Array(scan.wordCount);
  for (let doc = from; doc < to; doc++) {
    let previous = -1;
    for (let at = documentStart[doc]; at < documentStart[doc + 1]; at++) {
      const entry = sequence[at];
      if (entry === BOOSTED) continue;
      if ((entry & 3) !== 0) counts[itemWord[previous]]++;
      previous = entry >> 2;
    }
  }
  return counts;
}

/**
 * Room for the occurrences of consecutive ranges of documents, counted per
 * range (`firstWordCounts`), and per range where it writes its own
 * (`fillGroups`): after the ranges before it, group by group, and the
 * position of its first occurrence in the order of the sequence. The arrays
 * are on shared memory where possible, for threads to fill and read. Each
 * range's counts become its fills (they are overwritten: a second array of
 * millions of words per range would double them).
 */
export function allocateGroups(rangeCounts: readonly Int32Array[], wordCount: number): { groups: PhraseGroups; fills: Int32Array[]; firstOccurrences: number[] } {
  const firstOccurrences = [0];
  for (const counts of rangeCounts) firstOccurrences.push(firstOccurrences[firstOccurrences.length - 1] + counts.reduce((sum, count) => sum + count, 0));
  const groupStart = new Int32Array(wordCount + 1);
  const fills = [...rangeCounts];
  countsToFills(fills, groupStart);
  const total = groupStart[wordCount];
  return {
    groups: { groupStart, seconds: shareable(Int32Array, total), forms: shareable(Float64Array, total), order: shareable(Int32Array, total) },
    fills,
    firstOccurrences: firstOccurrences.slice(0, rangeCounts.length),
  };
}

/**
 * Writes the occurrences of documents from .. to - 1 into their groups, at
 * fill[first word]++; the first is at `firstOccurrence` in the order of the sequence.
 */
export function fillGroups(scan: PhraseScan, from: number, to: number, groups: PhraseGroups, fill: Int32Array, firstOccurrence: number): void {
  const { documentStart, sequence, itemWord, itemSurface, surfaceCount } = scan;
  const { seconds, forms, order } = groups;
  // Per first word, the document of its last occurrence in this range.
  const lastDoc = new Int32Array(scan.wordCount).fill(-1);
  let occurrence = firstOccurrence;
  for (let doc = from; doc < to; doc++) {
    let previous = -1;
    for (let at = documentStart[doc]; at < documentStart[doc + 1]; at++) {
      const entry = sequence[at];
      if (entry === BOOSTED) continue;
      const item = entry >> 2;
      const link = entry & 3;
      if (link !== 0) {
        const first = itemWord[previous];
        const into = fill[first]++;
        seconds[into] = lastDoc[first] === doc ? itemWord[item] : itemWord[item] | NEW_DOCUMENT;
        lastDoc[first] = doc;
        forms[into] = phraseForm(itemSurface[previous], itemSurface[item], link === PHRASE_HYPHEN, surfaceCount);
        order[into] = occurrence++;
      }
      previous = item;
    }
  }
}

/**
 * The distinct phrases of first words from .. to - 1 whose document frequency
 * passes `keep`, by first then second word id, with their written forms
 * (`render` tells forms apart on a tie).
 */
export function countGroups(groups: PhraseGroups, from: number, to: number, keep: (documentFrequency: number) => boolean, render: (form: number) => string): CountedPhrases {
  const { groupStart, seconds, forms: groupedForms } = groups;
  const wordCount = groupStart.length - 1;
  const frequency = new Int32Array(wordCount);
  const lastDoc = new Int32Array(wordCount).fill(-1);
  const seen = new Int32Array(wordCount);
  const forms = new GroupForms(wordCount, render);
  const first = new Int32List();
  const second = new Int32List();
  const documentFrequency = new Int32List();
  const form = new Float64List();
  for (let w = from; w < to; w++) {
    let seenCount = 0;
    // The group's documents, numbered from 1 in the order they come.
    let doc = 0;
    for (let at = groupStart[w]; at < groupStart[w + 1]; at++) {
      const entry = seconds[at];
      if ((entry & NEW_DOCUMENT) !== 0) doc++;
      const s = entry & ~NEW_DOCUMENT;
      if (frequency[s] === 0) seen[seenCount++] = s;
      forms.add(s, groupedForms[at]);
      if (lastDoc[s] === doc) continue;
      lastDoc[s] = doc;
      frequency[s]++;
    }
    sortAscending(seen, seenCount, frequency);
    for (let i = 0; i < seenCount; i++) {
      const s = seen[i];
      if (keep(frequency[s])) {
        first.push(w);
        second.push(s);
        documentFrequency.push(frequency[s]);
        form.push(forms.best(s));
      }
      frequency[s] = 0;
      lastDoc[s] = -1;
      forms.clear(s);
    }
  }
  return { first: first.toArray(), second: second.toArray(), documentFrequency: documentFrequency.toArray(), form: form.toArray() };
}

/**
 * Sorts the first `count` word ids of `ids` (distinct, each with a non-zero
 * `marks` entry): a few by insertion, a large share of all the words by a
 * sweep of the marks, the others natively.
 */
function sortAscending(ids: Int32Array, count: number, marks: Int32Array): void {
  if (count <= 16) {
    for (let i = 1; i < count; i++) {
      const id = ids[i];
      let j = i - 1;
      for (; j >= 0 && ids[j] > id; j--) ids[j + 1] = ids[j];
      ids[j + 1] = id;
    }
  } else if (count * 32 < marks.length) {
    ids.subarray(0, count).sort();
  } else {
    let at = 0;
    for (let id = 0; at < count; id++) if (marks[id] !== 0) ids[at++] = id;
  }
}

/**
 * Writes the term id of each occurrence of first words from .. to - 1 at its
 * place in the order of the sequence (`terms`): `termOfPhrase[p]` for the
 * p-th counted phrase, -1 for the others. Reading them back in that order is
 * reading sequential memory, where replaying them from their groups would
 * jump between groups at every phrase.
 */
export function assignGroups(groups: PhraseGroups, counted: Pick<CountedPhrases, "first" | "second">, termOfPhrase: Int32Array, from: number, to: number, terms: Int32Array): void {
  const { groupStart, seconds, order } = groups;
  const phraseOfSecond = new Int32Array(groupStart.length - 1).fill(-1);
  // The counted phrases are by first word: find those of `from`.
  let lo = 0;
  let hi = counted.first.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (counted.first[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  let phrase = lo;
  for (let w = from; w < to; w++) {
    const firstPhrase = phrase;
    for (; phrase < counted.first.length && counted.first[phrase] === w; phrase++) phraseOfSecond[counted.second[phrase]] = phrase;
    for (let at = groupStart[w]; at < groupStart[w + 1]; at++) {
      const kept = phraseOfSecond[seconds[at] & ~NEW_DOCUMENT];
      terms[order[at]] = kept < 0 ? -1 : termOfPhrase[kept];
    }
    for (let p = firstPhrase; p < phrase; p++) phraseOfSecond[counted.second[p]] = -1;
  }
}

/** Counted phrases of consecutive ranges of first words, as one (in shared memory where possible). */
export function joinCounted(parts: readonly CountedPhrases[]): CountedPhrases {
  const join = <T extends Int32Array | Float64Array>(make: (length: number) => T, of: (part: CountedPhrases) => T): T => {
    const joined = make(parts.reduce((sum, part) => sum + of(part).length, 0));
    let at = 0;
    for (const part of parts) {
      joined.set(of(part), at);
      at += of(part).length;
    }
    return joined;
  };
  return {
    first: join((length) => shareable(Int32Array, length), (part) => part.first),
    second: join((length) => shareable(Int32Array, length), (part) => part.second),
    documentFrequency: join((length) => new Int32Array(length), (part) => part.documentFrequency),
    form: join((length) => new Float64Array(length), (part) => part.form),
  };
}

/**
 * The first words (or terms) where `parts` consecutive ranges of about as many
 * occurrences (or postings) start: [0, ...], ascending.
 */
export function wordRangeStarts(groupStart: Int32Array | Uint32Array, parts: number): number[] {
  return balancedStarts(groupStart, parts);
}

/**
 * The written forms of the phrases of one group (one first word), counted by
 * second word: most phrases have one form, so a Map is only made for those
 * seen written in several ways.
 */
class GroupForms {
  private readonly firsts: Float64Array;
  private readonly counts: Int32Array;
  private readonly several = new Map<number, Map<number, number>>();

  constructor(
    wordCount: number,
    private readonly render: (form: number) => string,
  ) {
    this.firsts = new Float64Array(wordCount);
    this.counts = new Int32Array(wordCount);
  }

  add(second: number, form: number): void {
    const count = this.counts[second];
    if (count === 0) {
      this.firsts[second] = form;
      this.counts[second] = 1;
    } else if (count > 0 && this.firsts[second] === form) {
      this.counts[second] = count + 1;
    } else if (count > 0) {
      this.several.set(second, new Map([[this.firsts[second], count], [form, 1]]));
      this.counts[second] = -1;
    } else {
      const counts = this.several.get(second)!;
      counts.set(form, (counts.get(form) ?? 0) + 1);
    }
  }

  /** The most frequent form; ties go to the alphabetically first text (only made on a tie). */
  best(second: number): number {
    const counts = this.several.get(second);
    if (counts === undefined) return this.firsts[second];
    let best = 0;
    let bestText: string | null = null;
    let bestCount = -1;
    for (const [form, count] of counts) {
      if (count < bestCount) continue;
      if (count === bestCount) {
        bestText ??= this.render(best);
        const text = this.render(form);
        if (compareStrings(text, bestText) >= 0) continue;
        bestText = text;
      } else {
        bestText = null;
      }
      best = form;
      bestCount = count;
    }
    return best;
  }

  clear(second: number): void {
    this.counts[second] = 0;
    this.several.delete(second);
  }
}

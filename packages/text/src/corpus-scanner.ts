import { ownString } from "./own-string.js";
import { termOfWord } from "./analyze.js";
import { Int32List } from "./growable.js";
import { normalizeLanguage } from "./languages.js";
import { WordCursor } from "./scan.js";
import { BOOSTED, PHRASE_HYPHEN, PHRASE_SPACE } from "./sequence.js";
import { forEachWordPart, prepareText, type TokenJoin } from "./tokenize.js";
import { shareable } from "./shareable.js";
import { WordTable } from "./word-table.js";

/**
 * First pass over a corpus: reads every document once and keeps it as a
 * sequence of integers (see sequence.ts), counting the documents each word is
 * in on the way.
 *
 * A written word ("Trainings", "e-learning", "l'apprentissage") is analysed the
 * first time it is seen in a language (tokenised, stemmed, folded: the same
 * steps as `forEachTermParts`) into "items": one per part, each a term (or a
 * stopword) with the form to show. The next times, the word is found in a
 * per-language table by hashing it in place, and its items are reused: reading
 * a known word builds no string and calls no stemmer.
 */
const INHERIT = 0;
const HYPHEN = 1;
const BREAK = 2;
const JOINS: Readonly<Record<TokenJoin, number>> = { space: INHERIT, hyphen: HYPHEN, break: BREAK };

/**
 * What a scanner read, as plain arrays that can move between threads: the
 * documents another scanner appends after its own (see `append`). Ids are the
 * reading scanner's own.
 */
export interface ScannedPart {
  documents: number;
  /** Per document, where its entries start in `sequence` (one more at the end, from 0). */
  documentStart: Int32Array;
  sequence: Int32Array;
  itemWord: Int32Array;
  itemSurface: Int32Array;
  itemSeen: Int32Array;
  wordKeys: string[];
  wordFrequency: Int32Array;
  surfaces: string[];
  phraseCount: number;
}

/** Written words of one language and the items each stands for. */
interface LanguageWords {
  language: string | null;
  table: WordTable;
  firstItem: Int32List;
  itemCount: Int32List;
}

/** A sequence entry of an appended scanner, its item renumbered to follow `firstItem` others. */
export function renumberEntry(entry: number, firstItem: number): number {
  // An entry is item * 4 + link: renumbering the item adds 4 * firstItem.
  return entry === BOOSTED ? BOOSTED : entry + 4 * firstItem;
}

export class CorpusScanner {
  /** Per document, where its entries start in `sequence` (one more at the end). */
  readonly documentStart = new Int32List();
  readonly sequence = new Int32List(1 << 16);
  /** Per item: word id (-1 for a stopword), surface id, how it joins the item before, occurrences. */
  readonly itemWord = new Int32List();
  readonly itemSurface = new Int32List();
  readonly itemSeen = new Int32List();
  private readonly itemJoin = new Int32List();
  /** Per word id: its term key and the number of documents it is in. */
  readonly wordKeys: string[] = [];
  readonly wordFrequency = new Int32List();
  readonly surfaces: string[] = [];
  /** Number of two-word phrase occurrences marked in the sequence. */
  phraseCount = 0;

  private readonly wordIds = new Map<string, number>();
  private readonly surfaceIds = new Map<string, number>();
  private readonly languages = new Map<string | null, LanguageWords>();
  private readonly wordLastDocument = new Int32List();
  private readonly cursor = new WordCursor();
  private documentCount = 0;

  /** @param phrases mark two-word phrases */
  constructor(private readonly phrases: boolean) {
    this.documentStart.push(0);
  }

  get documents(): number {
    return this.documentCount;
  }

  /** Reads one document: its text, then (when boost > 0) each keyword as its own clause. */
  addDocument(text: string, language: string | null, keywords: readonly string[], keywordBoost: number): void {
    const words = this.wordsOf(language);
    this.read(text, words);
    if (keywordBoost > 0 && keywords.length > 0) {
      this.sequence.push(BOOSTED);
      for (const keyword of keywords) this.read(keyword, words);
    }
    this.documentCount++;
    this.documentStart.push(this.sequence.length);
  }

  /** What this scanner read, to append to another one (in another thread, say). */
  toPart(): ScannedPart {
    return {
      documents: this.documentCount,
      documentStart: this.documentStart.toArray(),
      sequence: this.sequence.toArray(),
      itemWord: this.itemWord.toArray(),
      itemSurface: this.itemSurface.toArray(),
      itemSeen: this.itemSeen.toArray(),
      wordKeys: this.wordKeys,
      wordFrequency: this.wordFrequency.toArray(),
      surfaces: this.surfaces,
      phraseCount: this.phraseCount,
    };
  }

  /**
   * Adds the documents another scanner read, after the ones read here: its
   * words and written forms are merged with these by key, its items and
   * sequence renumbered. The index made from the result is the one a single
   * scanner reading all the documents in order gives: ids may differ, but
   * nothing made from a scan depends on them (terms are ordered by key,
   * written forms chosen by count, then text).
   */
  append(part: ScannedPart): void {
    const firstItem = this.appendItems(part);
    const base = this.sequence.length;
    const sequence = this.sequence.reserve(part.sequence.length);
    for (let at = 0; at < part.sequence.length; at++) sequence[base + at] = renumberEntry(part.sequence[at], firstItem);
    this.sequence.length = base + part.sequence.length;
    for (let doc = 1; doc <= part.documents; doc++) this.documentStart.push(base + part.documentStart[doc]);
    this.documentCount += part.documents;
    this.phraseCount += part.phraseCount;
  }

  /**
   * The first step of `append`: adds another scanner's words, written forms
   * and items, not its documents; returns the id its first item gets here.
   * Its sequence, with items renumbered (`renumberEntry`), is then laid out
   * with these documents' (`assignDocuments`).
   */
  appendItems(part: Omit<ScannedPart, "sequence" | "documentStart" | "documents" | "phraseCount">): number {
    const wordOf = Int32Array.from(part.wordKeys, (key) => this.wordId(key));
    const frequency = this.wordFrequency.array;
    for (let word = 0; word < wordOf.length; word++) frequency[wordOf[word]] += part.wordFrequency[word];
    const surfaceOf = Int32Array.from(part.surfaces, (surface) => this.surfaceId(surface));
    const firstItem = this.itemWord.length;
    for (let item = 0; item < part.itemWord.length; item++) {
      const word = part.itemWord[item];
      this.itemWord.push(word < 0 ? -1 : wordOf[word]);
      this.itemSurface.push(word < 0 ? -1 : surfaceOf[part.itemSurface[item]]);
      this.itemSeen.push(part.itemSeen[item]);
      // Appended items belong to no word table: how they join is never read again.
      this.itemJoin.push(INHERIT);
    }
    return firstItem;
  }

  /** Replaces the documents read by `documentStart.length - 1` documents laid out in `sequence` (see `appendItems`). */
  assignDocuments(documentStart: Int32Array, sequence: Int32Array, phraseCount: number): void {
    this.sequence.assign(sequence);
    this.documentStart.assign(documentStart);
    this.documentCount = documentStart.length - 1;
    this.phraseCount = phraseCount;
  }

  /**
   * Puts the documents read in a new order: the k-th document becomes the
   * one read `order[k]`-th (`order` is a permutation of 0 .. documents - 1).
   */
  reorder(order: ArrayLike<number>): void {
    const start = this.documentStart.array;
    const sequence = this.sequence.array;
    // Shared memory where possible: threads weigh the rows of ranges of documents over it.
    const reordered = shareable(Int32Array, this.sequence.length);
    const starts = new Int32Array(this.documentCount + 1);
    let at = 0;
    for (let k = 0; k < this.documentCount; k++) {
      const doc = order[k];
      reordered.set(sequence.subarray(start[doc], start[doc + 1]), at);
      at += start[doc + 1] - start[doc];
      starts[k + 1] = at;
    }
    this.sequence.assign(reordered);
    this.documentStart.assign(starts);
  }

  private read(text: string, words: LanguageWords): void {
    const prepared = prepareText(text);
    const { table } = words;
    const { phrases } = this;
    const doc = this.documentCount;
    // A word occurrence is at least one character: room for the whole text, written in place.
    const sequence = this.sequence.reserve(prepared.length);
    let length = this.sequence.length;
    // Typed arrays read per word; fetched again when adding a word may have grown them.
    let firstItem = words.firstItem.array;
    let itemCount = words.itemCount.array;
    let itemWord = this.itemWord.array;
    let itemJoin = this.itemJoin.array;
    let itemSeen = this.itemSeen.array;
    let lastDocument = this.wordLastDocument.array;
    let frequency = this.wordFrequency.array;
    let previous = -1;
    let phraseCount = 0;
    const cursor = this.cursor;
    cursor.reset(prepared);
    while (cursor.next()) {
      const { start, end, clauseStart, hash } = cursor;
      let entry = table.find(prepared, start, end, hash);
      if (entry < 0) {
        entry = this.addWord(words, prepared.slice(start, end), hash);
        firstItem = words.firstItem.array;
        itemCount = words.itemCount.array;
        itemWord = this.itemWord.array;
        itemJoin = this.itemJoin.array;
        itemSeen = this.itemSeen.array;
        lastDocument = this.wordLastDocument.array;
        frequency = this.wordFrequency.array;
      }
      const first = firstItem[entry];
      const last = first + itemCount[entry];
      for (let item = first; item < last; item++) {
        let join = itemJoin[item];
        if (join === INHERIT && clauseStart) join = BREAK;
        if (join === BREAK) previous = -1;
        const word = itemWord[item];
        if (word < 0) {
          previous = -1;
          continue;
        }
        itemSeen[item]++;
        if (lastDocument[word] !== doc) {
          lastDocument[word] = doc;
          frequency[word]++;
        }
        let link = 0;
        // The same stem twice ("training trainers") is not a phrase.
        if (phrases && previous >= 0 && previous !== word) {
          link = join === HYPHEN ? PHRASE_HYPHEN : PHRASE_SPACE;
          phraseCount++;
        }
        sequence[length++] = item * 4 + link;
        previous = word;
      }
    }
    this.sequence.length = length;
    this.phraseCount += phraseCount;
  }

  /** Analyses a written word seen for the first time in this language. */
  private addWord(words: LanguageWords, written: string, hash: number): number {
    const entry = words.table.add(ownString(written), hash);
    words.firstItem.push(this.itemWord.length);
    let count = 0;
    forEachWordPart(written, "space", (word, surface, join) => {
      const term = termOfWord(word, words.language);
      this.itemWord.push(term === null ? -1 : this.wordId(term));
      this.itemSurface.push(term === null ? -1 : this.surfaceId(surface));
      this.itemJoin.push(JOINS[join]);
      this.itemSeen.push(0);
      count++;
    });
    words.itemCount.push(count);
    return entry;
  }

  private wordsOf(language: string | null): LanguageWords {
    const code = normalizeLanguage(language);
    let words = this.languages.get(code);
    if (words === undefined) {
      words = { language: code, table: new WordTable(), firstItem: new Int32List(), itemCount: new Int32List() };
      this.languages.set(code, words);
    }
    return words;
  }

  private wordId(term: string): number {
    let id = this.wordIds.get(term);
    if (id === undefined) {
      id = this.wordKeys.length;
      const key = ownString(term);
      this.wordKeys.push(key);
      this.wordIds.set(key, id);
      this.wordFrequency.push(0);
      this.wordLastDocument.push(-1);
    }
    return id;
  }

  private surfaceId(surface: string): number {
    let id = this.surfaceIds.get(surface);
    if (id === undefined) {
      id = this.surfaces.length;
      const form = ownString(surface);
      this.surfaces.push(form);
      this.surfaceIds.set(form, id);
    }
    return id;
  }
}

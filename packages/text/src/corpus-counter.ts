import { forEachTermParts, type TermPartsVisitor } from "./analyze.js";
import { DisplayForms } from "./display-forms.js";
import { PairTable } from "./pair-table.js";
import { Vocabulary } from "./vocabulary.js";

/** The counted terms of one document: provisional term ids and their (boosted) counts, aligned. */
export interface TermCounts {
  termIds: Uint32Array;
  counts: Float64Array;
}

/** A phrase that turned out, once other documents were counted, to belong to an earlier document. */
export interface LateCount {
  doc: number;
  termId: number;
  count: number;
}

// A phrase's form packs its two surface ids and whether they were hyphenated.
const SURFACE_IDS = 2 ** 24;

/**
 * Counts the terms of a corpus document by document, giving each distinct term
 * an id and keeping the written forms seen. Built for large corpora, where most
 * two-word phrases occur in one document only:
 * - phrases are keyed by the ids of their words and written forms are interned,
 *   so counting an occurrence builds no string;
 * - with `phraseDocuments` 2, a phrase only gets a term id once seen in a second
 *   document (its counts in the first are handed back by `takeLateCounts`): a
 *   phrase of one document would be dropped by minDocumentFrequency anyway;
 * - counts go to a dense array reset through the list of touched ids.
 */
export class CorpusCounter {
  readonly vocabulary = new Vocabulary();
  private readonly forms = new DisplayForms();
  private readonly surfaceIds = new Map<string, number>();
  private readonly surfaces: string[] = [];
  private counts = new Float64Array(1024);
  private touched: number[] = [];
  private lateCounts: LateCount[] = [];
  private doc = 0;
  private amount = 1;
  private previousWord = -1;
  private previousSurface = -1;
  private lastWord = -1;
  private lastSurface = -1;
  // Phrases by the ids of their two words; per slot: term id (-1 while in one document),
  // that document, its count there, its written form and how often it was seen.
  private readonly phraseSlots = new PairTable();
  private readonly slotTerm: number[] = [];
  private readonly slotDoc: number[] = [];
  private readonly slotCount: number[] = [];
  private readonly slotForm: number[] = [];
  private readonly slotSeen: number[] = [];

  private readonly visitor: TermPartsVisitor = {
    word: (term, surface) => {
      this.previousWord = this.lastWord;
      this.previousSurface = this.lastSurface;
      this.lastWord = this.vocabulary.add(term);
      this.lastSurface = this.surfaceId(surface);
      this.count(this.lastWord, this.amount);
      this.forms.add(this.lastWord, this.lastSurface);
    },
    // Called right after word(second): both words are at hand.
    phrase: (_first, _second, _firstSurface, _secondSurface, hyphen) => {
      this.countPhrase((this.previousSurface * SURFACE_IDS + this.lastSurface) * 2 + (hyphen ? 1 : 0));
    },
  };

  /**
   * @param phrases count two-word phrases
   * @param phraseDocuments 2 to give phrases a term id only once in two documents, 1 for all
   */
  constructor(
    private readonly phrases: boolean,
    private readonly phraseDocuments: 1 | 2 = 1,
  ) {}

  /** Adds the terms of `text` to the current document, each counting `amount`. */
  add(text: string, language: string | null, amount = 1): void {
    this.amount = amount;
    forEachTermParts(text, language, this.phrases, this.visitor);
  }

  /** The current document's counts; the next `add` starts a new document. */
  takeDocument(): TermCounts {
    const termIds = Uint32Array.from(this.touched);
    const counts = new Float64Array(termIds.length);
    for (let i = 0; i < termIds.length; i++) {
      counts[i] = this.counts[termIds[i]];
      this.counts[termIds[i]] = 0;
    }
    this.touched = [];
    this.doc++;
    return { termIds, counts };
  }

  /** Counts of phrases given an id after their first document was taken. */
  takeLateCounts(): LateCount[] {
    const late = this.lateCounts;
    this.lateCounts = [];
    return late;
  }

  /** The most frequent written form of a term (ties: alphabetical). */
  label(termId: number): string {
    const phrase = this.vocabulary.isPhrase(termId);
    return this.forms.label(termId, (form) => {
      if (!phrase) return this.surfaces[form];
      const pair = Math.floor(form / 2);
      const separator = form % 2 === 1 ? "-" : " ";
      return `${this.surfaces[Math.floor(pair / SURFACE_IDS)]}${separator}${this.surfaces[pair % SURFACE_IDS]}`;
    });
  }

  private countPhrase(form: number): void {
    let slot = this.phraseSlots.get(this.previousWord, this.lastWord);
    if (slot < 0) {
      slot = this.slotTerm.length;
      this.phraseSlots.set(this.previousWord, this.lastWord, slot);
      this.slotTerm.push(-1);
      this.slotDoc.push(this.doc);
      this.slotCount.push(0);
      this.slotForm.push(form);
      this.slotSeen.push(0);
      if (this.phraseDocuments === 1) this.promote(slot);
    }
    let termId = this.slotTerm[slot];
    if (termId < 0 && this.slotDoc[slot] === this.doc && this.slotForm[slot] === form) {
      this.slotCount[slot] += this.amount;
      this.slotSeen[slot]++;
      return;
    }
    if (termId < 0) termId = this.promote(slot);
    this.count(termId, this.amount);
    this.forms.add(termId, form);
  }

  /** Gives a pending phrase its term id and hands over what was counted so far. */
  private promote(slot: number): number {
    const termId = this.vocabulary.addPhrase(this.previousWord, this.lastWord);
    this.slotTerm[slot] = termId;
    if (this.slotSeen[slot] > 0) {
      this.forms.add(termId, this.slotForm[slot], this.slotSeen[slot]);
      if (this.slotDoc[slot] === this.doc) this.count(termId, this.slotCount[slot]);
      else this.lateCounts.push({ doc: this.slotDoc[slot], termId, count: this.slotCount[slot] });
    }
    return termId;
  }

  private surfaceId(surface: string): number {
    let id = this.surfaceIds.get(surface);
    if (id === undefined) {
      id = this.surfaces.length;
      this.surfaces.push(surface);
      this.surfaceIds.set(surface, id);
    }
    return id;
  }

  private count(termId: number, amount: number): void {
    if (termId >= this.counts.length) {
      const grown = new Float64Array(Math.max(termId + 1, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    if (this.counts[termId] === 0) this.touched.push(termId);
    this.counts[termId] += amount;
  }
}

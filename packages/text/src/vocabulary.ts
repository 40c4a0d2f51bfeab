import { PairTable } from "./pair-table.js";

/**
 * Gives each distinct term a consecutive integer id, in order of first sight.
 * Two-word phrases are keyed by the ids of their words, so that counting a
 * phrase occurrence builds no string; their text is made when asked for.
 */
export class Vocabulary {
  private readonly idByWord = new Map<string, number>();
  private readonly idByPhrase = new PairTable();
  // Per id: the word, or for a phrase its two word ids.
  private readonly words: (string | undefined)[] = [];
  private readonly firstWord: number[] = [];
  private readonly secondWord: number[] = [];

  get size(): number {
    return this.words.length;
  }

  /** The id of a one-word term, adding it when new. */
  add(word: string): number {
    let id = this.idByWord.get(word);
    if (id === undefined) {
      id = this.push(word, -1, -1);
      this.idByWord.set(word, id);
    }
    return id;
  }

  /** The id of the phrase made of two word ids, adding it when new. */
  addPhrase(firstId: number, secondId: number): number {
    let id = this.idByPhrase.get(firstId, secondId);
    if (id < 0) {
      id = this.push(undefined, firstId, secondId);
      this.idByPhrase.set(firstId, secondId, id);
    }
    return id;
  }

  /** The id of a term key ("skill" or "digit skill"), or undefined when never added. */
  get(term: string): number | undefined {
    const space = term.indexOf(" ");
    if (space < 0) return this.idByWord.get(term);
    const first = this.idByWord.get(term.slice(0, space));
    const second = this.idByWord.get(term.slice(space + 1));
    const id = first === undefined || second === undefined ? -1 : this.idByPhrase.get(first, second);
    return id < 0 ? undefined : id;
  }

  isPhrase(id: number): boolean {
    return this.words[id] === undefined;
  }

  /** Word ids of a phrase. */
  phraseWords(id: number): [number, number] {
    return [this.firstWord[id], this.secondWord[id]];
  }

  /** The term key: the word, or the phrase's two words joined by a space. */
  term(id: number): string {
    return this.words[id] ?? `${this.words[this.firstWord[id]]} ${this.words[this.secondWord[id]]}`;
  }

  private push(word: string | undefined, first: number, second: number): number {
    this.words.push(word);
    this.firstWord.push(first);
    this.secondWord.push(second);
    return this.words.length - 1;
  }
}

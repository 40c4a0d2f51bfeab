/** Gives each distinct term key a consecutive integer id, in order of first sight. */
export class Vocabulary {
  private readonly idByTerm = new Map<string, number>();
  private readonly termById: string[] = [];

  get size(): number {
    return this.termById.length;
  }

  /** The term's id, adding the term when it is new. */
  add(term: string): number {
    let id = this.idByTerm.get(term);
    if (id === undefined) {
      id = this.termById.length;
      this.idByTerm.set(term, id);
      this.termById.push(term);
    }
    return id;
  }

  /** The term's id, or undefined when it was never added. */
  get(term: string): number | undefined {
    return this.idByTerm.get(term);
  }

  term(id: number): string {
    return this.termById[id];
  }
}

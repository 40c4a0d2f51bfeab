import { compareStrings } from "./fold.js";

/**
 * Counts the written forms seen for each word, to show it the way it is most
 * often written. Forms are numbers (ids of interned surface strings) so that
 * counting builds no string. Most words have one form, so a Map is only made
 * for those seen written in several ways. (Phrases' forms are counted the same
 * way while their occurrences are grouped, see `PhraseOccurrences`.)
 */
export class DisplayForms {
  // Per term, side by side (one cache line): its first form, and the times it was seen
  // (0: no form yet; -1: several forms, counted in `several`).
  private readonly firsts: Float64Array;
  private readonly several = new Map<number, Map<number, number>>();

  constructor(termCount: number) {
    this.firsts = new Float64Array(2 * termCount);
  }

  add(termId: number, form: number, times = 1): void {
    if (times <= 0) return;
    const { firsts } = this;
    const at = 2 * termId;
    const firstCount = firsts[at + 1];
    if (firstCount === 0) {
      firsts[at] = form;
      firsts[at + 1] = times;
    } else if (firstCount > 0 && firsts[at] === form) {
      firsts[at + 1] = firstCount + times;
    } else if (firstCount > 0) {
      this.several.set(termId, new Map([[firsts[at], firstCount], [form, times]]));
      firsts[at + 1] = -1;
    } else {
      const counts = this.several.get(termId)!;
      counts.set(form, (counts.get(form) ?? 0) + times);
    }
  }

  /** Most frequent form, as text; ties go to the alphabetically first text. */
  label(termId: number, render: (form: number) => string): string {
    const counts = this.several.get(termId);
    if (counts === undefined) return render(this.firsts[2 * termId]);
    let best = "";
    let bestCount = -1;
    for (const [form, count] of counts) {
      const text = render(form);
      if (count > bestCount || (count === bestCount && compareStrings(text, best) < 0)) {
        best = text;
        bestCount = count;
      }
    }
    return best;
  }
}

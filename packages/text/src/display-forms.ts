import { compareStrings } from "./fold.js";

/**
 * Counts the surface forms seen for each term id, to show a term the way it is
 * most often written. Most terms have one form, so a Map is only made for the
 * terms that were seen written in more than one way.
 */
export class DisplayForms {
  private readonly first: string[] = [];
  private readonly firstCount: number[] = [];
  private readonly several = new Map<number, Map<string, number>>();

  add(termId: number, surface: string): void {
    const counts = this.several.get(termId);
    if (counts !== undefined) {
      counts.set(surface, (counts.get(surface) ?? 0) + 1);
    } else if (this.first[termId] === undefined) {
      this.first[termId] = surface;
      this.firstCount[termId] = 1;
    } else if (this.first[termId] === surface) {
      this.firstCount[termId]++;
    } else {
      this.several.set(termId, new Map([[this.first[termId], this.firstCount[termId]], [surface, 1]]));
    }
  }

  /** Most frequent surface form; ties go to the alphabetically first. */
  label(termId: number): string {
    const counts = this.several.get(termId);
    if (counts === undefined) return this.first[termId];
    let best = "";
    let bestCount = -1;
    for (const [surface, count] of counts) {
      if (count > bestCount || (count === bestCount && compareStrings(surface, best) < 0)) {
        best = surface;
        bestCount = count;
      }
    }
    return best;
  }
}

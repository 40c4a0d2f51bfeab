/**
 * Proposal ids across a file: a given id used twice rejects the later record;
 * a missing id is derived from the title (see ids.ts), with "-2", "-3"...
 * appended when two records share a title.
 */
import { deriveId } from "./ids.js";
import { importError, importWarning } from "./issues.js";
import type { ImportIssue } from "./types.js";

export interface ClaimedId {
  /** Null when the record must be rejected (duplicate id). */
  id: string | null;
  issues: ImportIssue[];
}

export class IdRegistry {
  private readonly rows = new Map<string, number>();

  /** Whether the source has an id column: a record without id is then worth a warning. */
  constructor(private readonly hasIdColumn: boolean) {}

  claim(row: number, givenId: string, title: string): ClaimedId {
    if (givenId !== "") {
      const first = this.rows.get(givenId);
      if (first !== undefined) {
        return { id: null, issues: [importError(row, "id", "duplicate-id", { id: givenId, firstRow: first }, givenId)] };
      }
      this.rows.set(givenId, row);
      return { id: givenId, issues: [] };
    }
    const issues: ImportIssue[] = [];
    const base = deriveId(title);
    let id = base;
    for (let suffix = 2; this.rows.has(id); suffix += 1) id = `${base}-${suffix}`;
    if (id !== base) {
      // The base id is taken (that is why a suffix was added), so its row is known.
      const firstRow = this.rows.get(base) as number;
      issues.push(importWarning(row, "id", "duplicate-title", { firstRow, id }, id));
    } else if (this.hasIdColumn) {
      issues.push(importWarning(row, "id", "missing-id", { id }, id));
    }
    this.rows.set(id, row);
    return { id, issues };
  }
}

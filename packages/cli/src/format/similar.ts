import type { SimilarProject } from "@skills-network/core";
import { formatTable, type Column } from "./table.js";

/** What `similar --json` prints for each match. */
export interface SimilarRow {
  id: string;
  title: string;
  organization: string | null;
  country: string | null;
  score: number;
  sharedTerms: { term: string; weight: number }[];
}

export function toSimilarRow(match: SimilarProject): SimilarRow {
  return {
    id: match.id,
    title: match.title,
    organization: match.organization,
    country: match.country,
    score: match.score,
    sharedTerms: match.sharedTerms.map(({ term, weight }) => ({ term, weight })),
  };
}

/** Shared terms shown per match in the table (all of them are in --json). */
const TABLE_TERMS = 4;

const columns: Column<SimilarRow & { rank: number }>[] = [
  { header: "#", value: (row) => String(row.rank), align: "right" },
  { header: "score", value: (row) => row.score.toFixed(3), align: "right" },
  { header: "id", value: (row) => row.id, maxWidth: 16 },
  { header: "title", value: (row) => row.title, maxWidth: 44 },
  { header: "organisation", value: (row) => row.organization ?? "", maxWidth: 28 },
  { header: "country", value: (row) => row.country ?? "", maxWidth: 18 },
  {
    header: "shared terms",
    value: (row) =>
      row.sharedTerms
        .slice(0, TABLE_TERMS)
        .map((shared) => shared.term)
        .join(", "),
  },
];

/** Ranked matches as an aligned table, best first. */
export function formatSimilarTable(rows: readonly SimilarRow[]): string {
  return formatTable(
    rows.map((row, index) => ({ ...row, rank: index + 1 })),
    columns,
  );
}

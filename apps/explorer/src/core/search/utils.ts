/**
 * Search over proposals, organisations, countries, categories, beneficiary
 * groups, regions and keywords: folded (case- and accent-insensitive) text,
 * ranked by how well the query matches, then by kind, then alphabetically.
 */
import type { NodeKind } from "@skills-network/core";
import { foldText } from "../graph/fold.js";

export type SearchKind = NodeKind | "keyword";

export interface SearchEntry {
  /** Node key, or `keyword:<term>`. */
  key: string;
  kind: SearchKind;
  /** What the suggestion shows. */
  label: string;
  /** Extra text shown after the label (country of a proposal, number of proposals of a keyword). */
  detail: string;
  /** Folded texts that match: the label and, for example, the English name of a country. */
  terms: string[];
}

export interface SearchHit {
  entry: SearchEntry;
  /** 0 exact, 1 starts with, 2 a word starts with, 3 contains. */
  rank: number;
}

export interface SearchOptions {
  limit: number;
  minLength: number;
  /** At most this many suggestions of a kind, so that many similar keywords do not hide the proposals. */
  perKind: Partial<Record<SearchKind, number>>;
}

export const searchDefaults: SearchOptions = { limit: 10, minLength: 2, perKind: { keyword: 3 } };

/** Kinds in the order suggestions list them when they match equally well. */
const KIND_ORDER: Record<SearchKind, number> = {
  proposal: 0,
  organization: 1,
  country: 2,
  keyword: 3,
  category: 4,
  beneficiary: 5,
  region: 6,
};

export function makeEntry(key: string, kind: SearchKind, label: string, detail = "", extraTerms: readonly string[] = []): SearchEntry {
  const terms = [...new Set([label, ...extraTerms].map(foldText).filter((term) => term.length > 0))];
  return { key, kind, label, detail, terms };
}

function matchRank(term: string, query: string): number {
  if (term === query) return 0;
  if (term.startsWith(query)) return 1;
  const at = term.indexOf(query);
  if (at === -1) return -1;
  // A match at the start of a word ranks above one in the middle of a word.
  return /[\s\p{P}]/u.test(term[at - 1] ?? "") ? 2 : 3;
}

export function search(
  entries: readonly SearchEntry[],
  query: string,
  options: Partial<SearchOptions> = {},
): SearchHit[] {
  const { limit, minLength, perKind } = { ...searchDefaults, ...options };
  const folded = foldText(query);
  if (folded.length < minLength) return [];
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    let best = -1;
    for (const term of entry.terms) {
      const rank = matchRank(term, folded);
      if (rank !== -1 && (best === -1 || rank < best)) best = rank;
    }
    if (best !== -1) hits.push({ entry, rank: best });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
      a.entry.label.length - b.entry.label.length ||
      (a.entry.label < b.entry.label ? -1 : a.entry.label > b.entry.label ? 1 : 0) ||
      (a.entry.key < b.entry.key ? -1 : 1),
  );
  const taken = new Map<SearchKind, number>();
  const result: SearchHit[] = [];
  for (const hit of hits) {
    const count = taken.get(hit.entry.kind) ?? 0;
    if (count >= (perKind[hit.entry.kind] ?? Infinity)) continue;
    taken.set(hit.entry.kind, count + 1);
    result.push(hit);
    if (result.length === limit) break;
  }
  return result;
}

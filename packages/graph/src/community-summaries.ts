import { countFacetValues, sortedCounts } from "./facets.js";
import type {
  CommunityDescription,
  CommunityOptions,
  CommunitySummary,
  Facet,
  FacetValue,
  ProposalNodeAttributes,
} from "./types.js";

/** How many values each `top*` list of a summary keeps. */
export const SUMMARY_TOP_VALUES = 5;

export function summarizeCommunity(
  id: number,
  members: string[],
  proposals: readonly ProposalNodeAttributes[],
  description: CommunityDescription,
): CommunitySummary {
  return {
    id,
    size: members.length,
    name: description.name,
    keywords: [...description.keywords],
    topCategories: topValues(proposals, "category"),
    topCountries: topValues(proposals, "country"),
    topLanguages: topValues(proposals, "language"),
    topBeneficiaries: topValues(proposals, "beneficiary"),
    members: [...members],
  };
}

/** The most common values of a facet among the proposals: count descending, then value. */
function topValues(proposals: readonly ProposalNodeAttributes[], facet: Facet): FacetValue[] {
  const counts = new Map<string, number>();
  for (const proposal of proposals) countFacetValues(proposal, facet, counts);
  const top = sortedCounts(counts);
  // Cut in place: \`slice\` on these arrays, empty (small integers) for one facet and objects for the
  // next, sent V8 back and forth between optimised and unoptimised code, over a hundred times per build.
  if (top.length > SUMMARY_TOP_VALUES) top.length = SUMMARY_TOP_VALUES;
  return top;
}

/**
 * Names a community from its members' own top terms when no `describe` is given:
 * the terms most members share (ties: the better ranked on average, then alphabetical).
 */
export function describeByTopTerms(
  id: number,
  proposals: readonly ProposalNodeAttributes[],
  settings: Pick<CommunityOptions, "nameTerms" | "keywordCount">,
): CommunityDescription {
  const stats = new Map<string, { count: number; rankSum: number }>();
  for (const proposal of proposals) {
    new Set(proposal.topTerms).forEach((term) => {
      const entry = stats.get(term) ?? { count: 0, rankSum: 0 };
      entry.count += 1;
      entry.rankSum += proposal.topTerms.indexOf(term);
      stats.set(term, entry);
    });
  }
  const keywords = [...stats]
    .sort(
      ([termA, a], [termB, b]) =>
        b.count - a.count || a.rankSum / a.count - b.rankSum / b.count || (termA < termB ? -1 : termA > termB ? 1 : 0),
    )
    .slice(0, Math.max(settings.keywordCount, settings.nameTerms))
    .map(([term]) => term);
  const nameTerms = keywords.slice(0, settings.nameTerms);
  return {
    name: nameTerms.length > 0 ? nameTerms.join(" · ") : `Community ${id}`,
    keywords: keywords.slice(0, settings.keywordCount),
  };
}

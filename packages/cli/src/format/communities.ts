import type { CommunityResult, CommunitySummary } from "@skills-network/core";
import { plural } from "./plural.js";
import { formatTable, type Column } from "./table.js";

/** What `communities --json` prints. */
export interface CommunitiesReport {
  proposals: number;
  modularity: number;
  /** Proposals in no community (no similar link, or a community of one). */
  isolated: number;
  /** Louvain communities split because they were not connected. */
  splitCount: number;
  communities: CommunitySummary[];
}

export function toCommunitiesReport(result: CommunityResult, proposals: number): CommunitiesReport {
  return {
    proposals,
    modularity: result.modularity,
    isolated: result.isolated,
    splitCount: result.splitCount,
    communities: result.communities,
  };
}

/** `youth (12), women (4)`. */
function counts(values: readonly { value: string; count: number }[], n: number): string {
  return values
    .slice(0, n)
    .map(({ value, count }) => `${value} (${count})`)
    .join(", ");
}

const columns: Column<CommunitySummary>[] = [
  { header: "id", value: (community) => String(community.id), align: "right" },
  { header: "size", value: (community) => String(community.size), align: "right" },
  { header: "name", value: (community) => community.name, maxWidth: 40 },
  { header: "keywords", value: (community) => community.keywords.slice(0, 6).join(", "), maxWidth: 48 },
  { header: "categories", value: (community) => counts(community.topCategories, 2), maxWidth: 44 },
  { header: "countries", value: (community) => counts(community.topCountries, 3), maxWidth: 36 },
  { header: "languages", value: (community) => counts(community.topLanguages, 3) },
];

/** The communities as an aligned table, largest first, with a summary line. */
export function formatCommunities(report: CommunitiesReport): string {
  const clustered = report.communities.reduce((sum, community) => sum + community.size, 0);
  const summary =
    `${plural(report.communities.length, "community", "communities")} · modularity ${report.modularity.toFixed(3)} · ` +
    `${clustered} of ${plural(report.proposals, "proposal")} in a community · ${report.isolated} isolated\n`;
  if (report.communities.length === 0) return summary;
  return summary + "\n" + formatTable(report.communities, columns);
}

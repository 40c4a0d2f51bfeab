/**
 * What a generated data set contains, counted from its records, so that tests
 * downstream compare against computed numbers rather than typed-in ones.
 */
import { beneficiaryIdOf, categoryIdOf } from "./labels.js";
import { generateSkillsChallenge } from "./skills-challenge.js";
import { MULTI_VALUE_SEPARATOR, type RawRecord, type SampleFacts } from "./types.js";

function split(cell: string): string[] {
  return cell
    .split(MULTI_VALUE_SEPARATOR.trim())
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

function countInto(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function sorted(counts: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Facts of `records`, by default of the bundled sample (`generateSkillsChallenge()`). */
export function sampleFacts(records: readonly RawRecord[] = generateSkillsChallenge()): SampleFacts {
  const languages = new Map<string, number>();
  const categories = new Map<string, number>();
  const beneficiaries = new Map<string, number>();
  const stages = new Map<string, number>();
  const organizations = new Map<string, number>();
  const countries = new Set<string>();

  for (const record of records) {
    countries.add(record.country);
    countInto(organizations, `${record.organization}\u0000${record.country}`);
    countInto(languages, split(record.languages)[0] ?? "");
    countInto(stages, record.stage);
    for (const label of split(record.categories)) countInto(categories, categoryIdOf(label) ?? label);
    for (const label of split(record.beneficiaries)) countInto(beneficiaries, beneficiaryIdOf(label) ?? label);
  }
  return {
    proposals: records.length,
    countries: countries.size,
    organizations: organizations.size,
    organizationsWithSeveralProposals: [...organizations.values()].filter((n) => n > 1).length,
    languages: sorted(languages),
    categories: sorted(categories),
    beneficiaries: sorted(beneficiaries),
    stages: sorted(stages),
  };
}

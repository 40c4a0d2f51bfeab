/**
 * Labels and order of facet values in the interface language. Vocabularies
 * keep their canonical order (the call's categories are a known list); counts
 * order languages and regions; countries are alphabetical within their region.
 */
import { BENEFICIARY_GROUPS, ORGANIZATION_TYPES, SKILLS_CATEGORIES } from "@skills-network/records";
import type { CommunitySummary, Facet } from "@skills-network/core";
import {
  beneficiaryLabel,
  categoryLabel,
  countryLabel,
  languageLabel,
  organizationTypeLabel,
  regionLabel,
} from "../i18n/labels.js";
import type { UiLanguage } from "../state/types.js";
import type { FacetOption } from "./universe.js";

export function communityLabel(id: number, name: string | undefined): string {
  return name ? `${id + 1}. ${name}` : `${id + 1}`;
}

export function facetValueLabel(
  facet: Facet,
  option: Pick<FacetOption, "value" | "fallback">,
  language: UiLanguage,
  communities: ReadonlyMap<number, CommunitySummary>,
): string {
  const { value } = option;
  switch (facet) {
    case "language":
      return languageLabel(value, language);
    case "country":
      return countryLabel(value, option.fallback, language);
    case "region":
      return regionLabel(value, language);
    case "beneficiary":
      return beneficiaryLabel(value, language);
    case "category":
      return categoryLabel(value, language);
    case "community":
      return communityLabel(Number(value), communities.get(Number(value))?.name);
    case "organizationType":
      return organizationTypeLabel(value, language);
  }
}

const CANONICAL_ORDER: Partial<Record<Facet, readonly string[]>> = {
  category: SKILLS_CATEGORIES,
  beneficiary: BENEFICIARY_GROUPS,
  organizationType: ORGANIZATION_TYPES,
};

export interface LabelledOption extends FacetOption {
  label: string;
}

/** Facet values in display order. */
export function orderOptions(facet: Facet, options: readonly LabelledOption[], language: UiLanguage): LabelledOption[] {
  const collator = new Intl.Collator(language, { sensitivity: "base", numeric: true });
  const byLabel = (a: LabelledOption, b: LabelledOption) => collator.compare(a.label, b.label) || compareStrings(a.value, b.value);
  const canonical = CANONICAL_ORDER[facet];
  const sorted = [...options];
  if (canonical) {
    const rank = (value: string) => {
      const index = canonical.indexOf(value);
      return index === -1 ? canonical.length : index;
    };
    return sorted.sort((a, b) => rank(a.value) - rank(b.value) || byLabel(a, b));
  }
  if (facet === "community") return sorted.sort((a, b) => Number(a.value) - Number(b.value));
  if (facet === "country") return sorted.sort(byLabel);
  return sorted.sort((a, b) => b.total - a.total || byLabel(a, b));
}

export interface OptionGroup {
  /** Region name, or null for countries without one. */
  group: string | null;
  label: string;
  options: LabelledOption[];
}

/** Countries grouped by region (regions alphabetical in the interface language, unknown last). */
export function groupByRegion(options: readonly LabelledOption[], language: UiLanguage, unknownLabel: string): OptionGroup[] {
  const groups = new Map<string | null, LabelledOption[]>();
  for (const option of options) {
    const list = groups.get(option.group);
    if (list) list.push(option);
    else groups.set(option.group, [option]);
  }
  const collator = new Intl.Collator(language, { sensitivity: "base" });
  return [...groups]
    .map(([group, list]) => ({ group, label: group === null ? unknownLabel : regionLabel(group, language), options: list }))
    .sort((a, b) => (a.group === null ? 1 : 0) - (b.group === null ? 1 : 0) || collator.compare(a.label, b.label));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import { BENEFICIARY_GROUPS, BENEFICIARY_LABELS, CATEGORY_LABELS, SKILLS_CATEGORIES } from "@skills-network/records";

const knownCategories: ReadonlySet<string> = new Set(SKILLS_CATEGORIES);
const knownBeneficiaries: ReadonlySet<string> = new Set(BENEFICIARY_GROUPS);

export function isKnownCategory(value: string): boolean {
  return knownCategories.has(value);
}

export function isKnownBeneficiary(value: string): boolean {
  return knownBeneficiaries.has(value);
}

/** English label of a skills category; a custom category keeps its own label. */
export function categoryLabel(value: string): string {
  return englishLabel(CATEGORY_LABELS, value);
}

/** English label of a beneficiary group; an unknown group keeps its own label. */
export function beneficiaryLabel(value: string): string {
  return englishLabel(BENEFICIARY_LABELS, value);
}

/** Own properties only: a label such as "constructor" must not find Object.prototype members. */
function englishLabel(labels: Readonly<Record<string, { en: string }>>, value: string): string {
  return Object.hasOwn(labels, value) ? labels[value].en : value;
}

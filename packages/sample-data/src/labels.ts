/**
 * The call's controlled vocabularies, taken from @skills-network/records so
 * that every label the sample writes is one the reader knows. The sample
 * writes English labels, and the French or Spanish category labels in some
 * French and Spanish rows.
 */
import {
  BENEFICIARY_GROUPS,
  BENEFICIARY_LABELS,
  CATEGORY_LABELS,
  ORGANIZATION_TYPE_LABELS,
  ORGANIZATION_TYPES,
  SKILLS_CATEGORIES,
  type BeneficiaryGroupId,
  type OrganizationTypeId as RecordsOrganizationTypeId,
  type SkillsCategoryId,
} from "@skills-network/records";

export { BENEFICIARY_LABELS, CATEGORY_LABELS, ORGANIZATION_TYPE_LABELS };

export type CategoryId = SkillsCategoryId;
export type BeneficiaryId = BeneficiaryGroupId;
/** Organisation types that applied ("other" is the reader's fallback, not a type the sample uses). */
export type OrganizationTypeId = Exclude<RecordsOrganizationTypeId, "other">;

export const CATEGORY_IDS: readonly CategoryId[] = SKILLS_CATEGORIES;
export const BENEFICIARY_IDS: readonly BeneficiaryId[] = BENEFICIARY_GROUPS;
export const ORGANIZATION_TYPE_IDS: readonly OrganizationTypeId[] = ORGANIZATION_TYPES.filter(
  (type): type is OrganizationTypeId => type !== "other",
);

/** Stages of a proposal, as written in the form. */
export const STAGES = ["Idea", "Pilot", "Scaling"] as const;
export type StageLabel = (typeof STAGES)[number];

/** The category id of a label in English, French or Spanish, or undefined. */
export function categoryIdOf(label: string): CategoryId | undefined {
  const wanted = label.trim().toLowerCase();
  return CATEGORY_IDS.find((id) => Object.values(CATEGORY_LABELS[id]).some((text) => text.toLowerCase() === wanted));
}

/** The beneficiary id of a label in English, French or Spanish, or undefined. */
export function beneficiaryIdOf(label: string): BeneficiaryId | undefined {
  const wanted = label.trim().toLowerCase();
  return BENEFICIARY_IDS.find((id) =>
    Object.values(BENEFICIARY_LABELS[id]).some((text) => text.toLowerCase() === wanted),
  );
}

/**
 * @skills-network/records: read proposal records (CSV, JSON, XLSX, Kumu) into
 * normalised, typed proposals with an import report.
 */
export * from "./types.js";
export { readProposals, defaults } from "./read.js";
export type { ResolvedReadOptions } from "./read.js";
export type { ReadInput } from "./input.js";
export { detectFormat } from "./detect.js";
export { ImportError } from "./import-error.js";
export { ISSUE_CODES, issueMessage, describeKind } from "./issue-messages.js";
export type { IssueCode, IssueParams, IssueMessages, ValueKind } from "./issue-messages.js";
export { matchHeader, HEADER_ALIASES } from "./headers.js";
export { normalizeCountry } from "./countries.js";
export { normalizeLanguage, LANGUAGES } from "./languages.js";
export type { LanguageEntry } from "./languages.js";
export { detectLanguage, DETECTABLE_LANGUAGES, MIN_DETECTION_LENGTH } from "./detect-language.js";
export { CATEGORY_LABELS, CATEGORY_ALIASES, normalizeCategory } from "./vocabulary/categories.js";
export { BENEFICIARY_LABELS, BENEFICIARY_ALIASES, normalizeBeneficiary } from "./vocabulary/beneficiaries.js";
export {
  ORGANIZATION_TYPE_LABELS,
  ORGANIZATION_TYPE_ALIASES,
  normalizeOrganizationType,
} from "./vocabulary/organization-types.js";
export { deriveId } from "./ids.js";
export { foldText } from "./fold.js";
export { MIN_TITLE_WORDS } from "./normalize-record.js";

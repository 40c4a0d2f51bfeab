/**
 * Types of @skills-network/records: what a proposal record becomes once read
 * and normalised, and the import report that accounts for every input record.
 */
import type { IssueCode } from "./issue-messages.js";

/** The nine skills categories of the ILO Skills Innovation Facility call. */
export const SKILLS_CATEGORIES = [
  "work-based-learning",
  "rpl-certification",
  "career-guidance",
  "skills-data",
  "skills-ecosystem",
  "training-delivery",
  "social-inclusion",
  "entrepreneurship",
  "core-life-skills",
] as const;
export type SkillsCategoryId = (typeof SKILLS_CATEGORIES)[number];

/** Controlled vocabulary of beneficiary groups. Unknown values are kept verbatim and reported. */
export const BENEFICIARY_GROUPS = [
  "youth",
  "women",
  "migrants-refugees",
  "persons-with-disabilities",
  "rural-communities",
  "informal-economy-workers",
  "neet",
  "low-skilled-adults",
  "indigenous-peoples",
  "older-workers",
  "unemployed",
  "students",
  "teachers-trainers",
  "smes-employers",
  "workers",
] as const;
export type BeneficiaryGroupId = (typeof BENEFICIARY_GROUPS)[number];

/** Types of organisation that applied to the call. */
export const ORGANIZATION_TYPES = [
  "tvet-institution",
  "workers-organization",
  "employers-organization",
  "start-up",
  "ngo",
  "research-institution",
  "youth-group",
  "government",
  "private-company",
  "international-organization",
  "other",
] as const;
export type OrganizationTypeId = (typeof ORGANIZATION_TYPES)[number];

/** Formats the reader understands. */
export type InputFormat = "csv" | "json" | "xlsx" | "kumu-json" | "kumu-xlsx" | "kumu-csv";

/** One proposal after reading and normalisation. Original text is kept for display. */
export interface Proposal {
  /** Unique id: the record's id, or one derived deterministically from the title when absent. */
  id: string;
  title: string;
  organization: string | null;
  /** Normalised organisation type, or the original text when it matched none (reported as a warning). */
  organizationType: string | null;
  /** ISO 3166-1 alpha-2 code, upper case. */
  country: string | null;
  /** English country name, for display. */
  countryName: string | null;
  /** UN M49 region name in English ("Africa", "Americas", "Asia", "Europe", "Oceania"). */
  region: string | null;
  /** UN M49 sub-region name in English ("Western Africa", "South America", ...). */
  subRegion: string | null;
  /** ISO 639-1 codes; the first is the main language of the text. */
  languages: string[];
  /** Where `languages[0]` came from. */
  languageSource: "given" | "detected" | "default";
  /** SkillsCategoryId values, or the original label for a custom category (reported as a warning). */
  categories: string[];
  /** BeneficiaryGroupId values, or the original label for an unknown group (reported as a warning). */
  beneficiaries: string[];
  description: string;
  objectives: string;
  impact: string;
  results: string;
  keywords: string[];
  stage: string | null;
  url: string | null;
  year: number | null;
  /** Where the record came from: `row` as in ImportIssue; `extra` keeps unrecognised columns. */
  source: { row: number; extra: Record<string, string> };
}

export type IssueSeverity = "error" | "warning";

/**
 * One problem found while reading. `row` is what a person sees in the source:
 * the spreadsheet row number for CSV/XLSX (header = row 1, first record = row 2),
 * the 1-based position in the array for JSON. Errors reject the record; warnings keep it.
 */
export interface ImportIssue {
  row: number;
  /** Canonical field name ("country", "title", ...) or null for a whole-record problem. */
  field: string | null;
  /** What happened ("unknown-country"), for a UI to word the issue in any language (see ISSUE_CODES, IssueMessages). */
  code: IssueCode;
  /** The values the message is built from (see IssueParams of the code); `issueMessage(code, params) === message`. */
  params: Record<string, string | number>;
  /** English wording, built from `code` and `params`. */
  message: string;
  severity: IssueSeverity;
  /** The offending value as found in the input, when there is one. */
  value?: string;
}

/** Accounts for every input record: records === imported + rejected. */
export interface ImportReport {
  format: InputFormat;
  /** Number of input records (data rows, array items or Kumu proposal elements). */
  records: number;
  imported: number;
  rejected: number;
  errors: number;
  warnings: number;
  issues: ImportIssue[];
  /** How each input column was understood: original header -> canonical field (or null if ignored/kept as extra). */
  columns: Record<string, string | null>;
}

export interface ImportResult {
  proposals: Proposal[];
  report: ImportReport;
}

export interface ReadOptions {
  /** Force a format; otherwise guessed from `fileName` and content. */
  format?: InputFormat;
  /** Used to guess the format and in messages. */
  fileName?: string;
  /** Throw one ImportError listing every error instead of reporting them. */
  strict?: boolean;
  /** Language assumed when none is given and detection is not confident. */
  defaultLanguage?: string;
  /** ISO 639-1 languages that detection may return. */
  languages?: readonly string[];
  /**
   * Called with each proposal as soon as it is final, in order, while the
   * rest of the input is still being read: to start work on the first ones
   * early (the Node pipeline hands them to a worker thread to read their texts).
   */
  onProposal?: (proposal: Proposal) => void;
}

/** Fields a column (or a Kumu attribute, or a JSON key) can be understood as. */
export const CANONICAL_FIELDS = [
  "id",
  "title",
  "organization",
  "organization_type",
  "country",
  "languages",
  "categories",
  "beneficiaries",
  "description",
  "objectives",
  "impact",
  "results",
  "keywords",
  "stage",
  "url",
  "year",
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** A country resolved from a name or an ISO code. */
export interface CountryInfo {
  /** ISO 3166-1 alpha-2 code, upper case. */
  code: string;
  /** English name, for display. */
  name: string;
  /** UN M49 region ("Africa", "Americas", ...), null when M49 has none (Antarctica). */
  region: string | null;
  /** Most specific UN M49 grouping below the region ("Western Africa", "Central America"). */
  subRegion: string | null;
}

/** A label in the three languages of the call. */
export interface Labels {
  en: string;
  fr: string;
  es: string;
}

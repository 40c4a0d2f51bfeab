/**
 * A source record -> a Proposal (without its final id) and the issues found.
 *
 * Required: a title or an id (the id then serves as title), and some text to
 * match proposals on: a description, objectives, impact, results or keywords.
 * A record with none of these is still accepted, with a warning, when its
 * title has at least MIN_TITLE_WORDS words, since the title alone can then
 * be matched; with a shorter title it is rejected.
 */
import { detectLanguage } from "./detect-language.js";
import * as fields from "./fields.js";
import { importError, importWarning } from "./issues.js";
import type { SourceRecord } from "./source.js";
import { firstText, joinTexts } from "./values.js";
import { normalizeBeneficiary } from "./vocabulary/beneficiaries.js";
import { normalizeCategory } from "./vocabulary/categories.js";
import { normalizeOrganizationType } from "./vocabulary/organization-types.js";
import type { CanonicalField, ImportIssue, Proposal } from "./types.js";

export const MIN_TITLE_WORDS = 3;

export interface NormalizeOptions {
  defaultLanguage: string;
  languages: readonly string[];
}

export interface NormalizedRecord {
  /** Null when the record has errors. `id` is the given id, or "" when it must be derived. */
  proposal: Proposal | null;
  issues: ImportIssue[];
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function normalizeRecord(record: SourceRecord, options: NormalizeOptions): NormalizedRecord {
  const { row } = record;
  const issues: ImportIssue[] = [...record.issues];
  const context = { row, issues };
  const values = (field: CanonicalField): unknown[] => record.fields[field] ?? [];

  const id = oneLine(firstText(values("id")));
  let title = oneLine(firstText(values("title")));
  if (title === "" && id === "") {
    issues.push(importError(row, "title", "missing-title-and-id", {}));
  } else if (title === "") {
    title = id;
    issues.push(importWarning(row, "title", "missing-title", { id }, id));
  }

  const description = joinTexts(values("description"));
  const objectives = joinTexts(values("objectives"));
  const impact = joinTexts(values("impact"));
  const results = joinTexts(values("results"));
  const keywords = fields.keywords(values("keywords"));
  const hasText = [description, objectives, impact, results].some((text) => text !== "") || keywords.length > 0;
  if (!hasText && title !== "") {
    if (wordCount(title) >= MIN_TITLE_WORDS) {
      issues.push(importWarning(row, "description", "only-title", {}));
    } else {
      issues.push(importError(row, "description", "no-text", { minTitleWords: MIN_TITLE_WORDS }));
    }
  }

  const country = fields.country(values("country"), context);
  const givenLanguages = fields.languages(values("languages"), context);
  const proposal: Proposal = {
    id,
    title,
    organization: oneLine(firstText(values("organization"))) || null,
    organizationType: fields.organizationType(values("organization_type"), normalizeOrganizationType, context),
    country: country?.code ?? null,
    countryName: country?.name ?? null,
    region: country?.region ?? null,
    subRegion: country?.subRegion ?? null,
    languages: givenLanguages,
    languageSource: "given",
    categories: fields.vocabularyList(values("categories"), normalizeCategory, "categories", "unknown-category", context),
    beneficiaries: fields.vocabularyList(values("beneficiaries"), normalizeBeneficiary, "beneficiaries", "unknown-beneficiary", context),
    description,
    objectives,
    impact,
    results,
    keywords,
    stage: oneLine(firstText(values("stage"))) || null,
    url: fields.url(values("url"), context),
    year: fields.year(values("year"), context),
    source: { row, extra: record.extra },
  };
  if (givenLanguages.length === 0) {
    const detected = detectLanguage([title, description, objectives, impact, results].join("\n"), options.languages);
    proposal.languages = [detected ?? options.defaultLanguage];
    proposal.languageSource = detected ? "detected" : "default";
  }
  const rejected = issues.some((issue) => issue.severity === "error");
  return { proposal: rejected ? null : proposal, issues };
}

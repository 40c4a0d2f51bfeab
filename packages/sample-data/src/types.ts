/**
 * Types of @skills-network/sample-data: records in the INPUT shape that the
 * records reader accepts (every value a string, multi-values joined by " | ").
 */
import { CANONICAL_FIELDS } from "@skills-network/records";

/** Column order of the sample CSV: the reader's canonical fields, as a spreadsheet of the call would have them. */
export const RAW_COLUMNS = CANONICAL_FIELDS;
export type RawColumn = (typeof RAW_COLUMNS)[number];

/** One proposal as a person would type it into the call's form. */
export type RawRecord = Record<RawColumn, string>;

/** Separator of multi-valued cells (languages, categories, beneficiaries, keywords). */
export const MULTI_VALUE_SEPARATOR = " | ";

/** Languages the sample is written in (ISO 639-1). */
export const SAMPLE_LANGUAGES = ["en", "fr", "es", "pt"] as const;
export type SampleLanguage = (typeof SAMPLE_LANGUAGES)[number];

/** Text in each language of the sample. */
export type Localized<T> = Record<SampleLanguage, T>;

export interface SkillsChallengeOptions {
  /** Seed of the pseudo-random generator: same seed, byte-identical records. */
  seed: number;
  /** Number of proposals (at least `countries`, so that every country has one). */
  proposals: number;
  /** Number of distinct countries, taken from the most represented in the call down. */
  countries: number;
}

export interface CorpusOptions {
  /** Number of records. */
  size: number;
  seed: number;
  /** Fewest words in a proposal's texts (description, objectives, impact and results together). */
  minWords: number;
  /** Most words in a proposal's texts (description, objectives, impact and results together). */
  maxWords: number;
  /** Number of distinct synthetic words. */
  vocabulary: number;
  /** Exponent s of the Zipf law: the word of rank r has weight 1 / r^s. */
  zipf: number;
  /** Number of latent topics, each with its own preferred words. */
  topics: number;
}

/** What the sample contains, computed from the records themselves. */
export interface SampleFacts {
  proposals: number;
  /** Distinct values of the country column. */
  countries: number;
  /** Distinct (organisation, country) pairs. */
  organizations: number;
  /** Organisations that submitted more than one proposal. */
  organizationsWithSeveralProposals: number;
  /** Proposals per main language (the first of `languages`), keys sorted. */
  languages: Record<string, number>;
  /** Proposals per category id (any label language is counted under its id), keys sorted. */
  categories: Record<string, number>;
  /** Proposals per beneficiary id, keys sorted. */
  beneficiaries: Record<string, number>;
  /** Proposals per stage, keys sorted. */
  stages: Record<string, number>;
}

/**
 * @skills-network/sample-data: a deterministic, illustrative Skills Challenge
 * data set and synthetic benchmark corpora, in the input shape of the records
 * reader. Runs in Node and in the browser.
 */
export { generateSkillsChallenge, defaults, slugify } from "./skills-challenge.js";
export { sampleFacts } from "./facts.js";
export { SAMPLE_COUNTRIES, selectCountries, type SampleCountry } from "./countries.js";
export { THEMES, type Theme, type ThemeWording } from "./themes/index.js";
export {
  BENEFICIARY_IDS,
  CATEGORY_IDS,
  ORGANIZATION_TYPE_IDS,
  STAGES,
  beneficiaryIdOf,
  categoryIdOf,
  type BeneficiaryId,
  type CategoryId,
  type OrganizationTypeId,
  type StageLabel,
} from "./labels.js";
export { createRng, mulberry32, type Rng } from "./rng.js";
export { generateCorpus, corpusRecords, defaults as corpusDefaults, type CorpusRequest } from "./corpus/generate-corpus.js";
export { ZipfSampler } from "./corpus/zipf.js";
export { corpusToCsv } from "./csv.js";
export { DESCRIPTION_WORDS } from "./proposal-text.js";
export { countWords } from "./wording/grammar.js";
export {
  MULTI_VALUE_SEPARATOR,
  RAW_COLUMNS,
  SAMPLE_LANGUAGES,
  type CorpusOptions,
  type Localized,
  type RawColumn,
  type RawRecord,
  type SampleFacts,
  type SampleLanguage,
  type SkillsChallengeOptions,
} from "./types.js";

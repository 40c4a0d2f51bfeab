/**
 * Synthetic benchmark corpora: as many records as asked, with descriptions of
 * Zipf-distributed synthetic words. Each record mixes background words with the
 * preferred words of one or two latent topics, so similarity is structured,
 * not uniform noise. Fast: one table look-up and a binary search per word.
 */
import { SAMPLE_COUNTRIES } from "../countries.js";
import { BENEFICIARY_IDS, BENEFICIARY_LABELS, CATEGORY_IDS, CATEGORY_LABELS, ORGANIZATION_TYPE_IDS, ORGANIZATION_TYPE_LABELS, STAGES } from "../labels.js";
import { createRng, type Rng } from "../rng.js";
import { MULTI_VALUE_SEPARATOR, type CorpusOptions, type RawRecord } from "../types.js";
import { buildVocabulary } from "./vocabulary.js";
import { ZipfSampler } from "./zipf.js";

export const defaults: Omit<CorpusOptions, "size"> = {
  seed: 1,
  minWords: 100,
  maxWords: 300,
  vocabulary: 20000,
  zipf: 1.07,
  topics: 50,
};

/** Share of the words of a text drawn from the background distribution (common words of every topic). */
const BACKGROUND_SHARE = 0.45;
/** Share of the words of a two-topic text drawn from the second topic. */
const SECOND_TOPIC_SHARE = 0.15;
/** Number of preferred words of a topic. */
const TOPIC_WORDS = 1000;
/** The most common words belong to no topic: they stand for the language's function words. */
const COMMON_WORDS = 100;
const ORGANIZATION_SUFFIXES = ["Institute", "Foundation", "Academy", "Network", "Centre", "Cooperative", "Labs", "Association", "College", "Alliance"];

interface CorpusModel {
  words: string[];
  background: ZipfSampler;
  topic: ZipfSampler;
  /** topicWords[t][rank] = index in `words`. */
  topicWords: Int32Array[];
}

export type CorpusRequest = Partial<CorpusOptions> & { size: number };

function validate(options: CorpusOptions): void {
  const problems: string[] = [];
  if (!Number.isInteger(options.size) || options.size < 0) problems.push(`size must be a non-negative integer (got ${options.size})`);
  if (!Number.isInteger(options.minWords) || options.minWords < 1) problems.push(`minWords must be a positive integer (got ${options.minWords})`);
  if (!Number.isInteger(options.maxWords) || options.maxWords < options.minWords) problems.push(`maxWords must be an integer >= minWords (got ${options.maxWords})`);
  if (!Number.isInteger(options.vocabulary) || options.vocabulary < COMMON_WORDS * 2) problems.push(`vocabulary must be an integer >= ${COMMON_WORDS * 2} (got ${options.vocabulary})`);
  if (!(options.zipf > 0)) problems.push(`zipf must be greater than 0 (got ${options.zipf})`);
  if (!Number.isInteger(options.topics) || options.topics < 1) problems.push(`topics must be a positive integer (got ${options.topics})`);
  if (problems.length > 0) throw new Error(`@skills-network/sample-data: invalid corpus options: ${problems.join("; ")}.`);
}

function buildModel(rng: Rng, options: CorpusOptions): CorpusModel {
  const words = buildVocabulary(rng, options.vocabulary);
  const perTopic = Math.min(TOPIC_WORDS, options.vocabulary - COMMON_WORDS);
  const topicWords: Int32Array[] = [];
  for (let t = 0; t < options.topics; t++) {
    // Each topic prefers its own random ordering of (mostly) rarer words.
    const chosen = new Set<number>();
    const list = new Int32Array(perTopic);
    let filled = 0;
    while (filled < perTopic) {
      const word = COMMON_WORDS + Math.floor(rng.next() * (options.vocabulary - COMMON_WORDS));
      if (chosen.has(word)) continue;
      chosen.add(word);
      list[filled++] = word;
    }
    topicWords.push(list);
  }
  return {
    words,
    background: new ZipfSampler(options.vocabulary, options.zipf),
    topic: new ZipfSampler(perTopic, options.zipf),
    topicWords,
  };
}

/**
 * How a proposal's `total` words are shared between its texts: objectives,
 * impact and results get 4 to 10% each (8 to 20 words of a 200-word
 * proposal; none of a very short one), the description the rest.
 */
function textLengths(rng: Rng, total: number): { description: number; objectives: number; impact: number; results: number } {
  const part = () => Math.round(total * (0.04 + 0.06 * rng.next()));
  const objectives = part();
  const impact = part();
  const results = part();
  return { description: total - objectives - impact - results, objectives, impact, results };
}

/** A text of `length` words in sentences of 8 to 20 words ("" for none). */
function writeText(rng: Rng, model: CorpusModel, length: number, main: number, second: number): string {
  if (length === 0) return "";
  const { words, background, topic, topicWords } = model;
  const mainWords = topicWords[main];
  const secondWords = second >= 0 ? topicWords[second] : mainWords;
  const secondShare = second >= 0 ? BACKGROUND_SHARE + SECOND_TOPIC_SHARE : BACKGROUND_SHARE;
  const out = new Array<string>(length);
  let sentenceEnd = 0;
  for (let i = 0; i < length; i++) {
    const u = rng.next();
    let word =
      u < BACKGROUND_SHARE
        ? words[background.rank(rng.next())]
        : words[(u < secondShare ? secondWords : mainWords)[topic.rank(rng.next())]];
    if (i === sentenceEnd) {
      word = word[0].toUpperCase() + word.slice(1);
      sentenceEnd = i + rng.int(8, 20);
      if (i > 0) out[i - 1] += ".";
    }
    out[i] = word;
  }
  return out.join(" ") + ".";
}

function titleCase(words: string[]): string {
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");
}

/**
 * Records one at a time, for corpora too large to hold twice in memory.
 * Same options, same records as `generateCorpus`.
 */
export function* corpusRecords(request: CorpusRequest): Generator<RawRecord> {
  const options: CorpusOptions = { ...defaults, ...request };
  validate(options);
  const rng = createRng(options.seed);
  const model = buildModel(rng, options);
  const organizations: string[] = [];
  const typeWeights = ORGANIZATION_TYPE_IDS.map((_, i) => (i < 2 ? 3 : 1));
  const digits = Math.max(6, String(options.size).length);

  for (let index = 0; index < options.size; index++) {
    const main = rng.int(0, options.topics - 1);
    const second = options.topics > 1 && rng.chance(0.4) ? (main + rng.int(1, options.topics - 1)) % options.topics : -1;
    const topicWord = (topic: number, maxRank: number) => model.words[model.topicWords[topic][rng.int(0, Math.min(maxRank, model.topic.size) - 1)]];

    let organization: string;
    if (organizations.length > 0 && rng.chance(0.2)) {
      organization = rng.pick(organizations);
    } else {
      organization = `${titleCase([topicWord(main, 200), topicWord(rng.int(0, options.topics - 1), 200)])} ${rng.pick(ORGANIZATION_SUFFIXES)}`;
      if (organizations.length < 5000) organizations.push(organization);
    }

    const categories = new Set([CATEGORY_IDS[main % CATEGORY_IDS.length]]);
    while (categories.size < 1 + rng.weighted([50, 35, 15])) categories.add(rng.pick(CATEGORY_IDS));
    const beneficiaries = rng.sample(BENEFICIARY_IDS, rng.int(1, 2));
    const keywords = new Set<string>();
    while (keywords.size < rng.int(3, 5)) keywords.add(topicWord(main, 30));
    const id = `C-${String(index + 1).padStart(digits, "0")}`;
    const language = rng.weighted([90, 5, 5]);
    const lengths = textLengths(rng, rng.int(options.minWords, options.maxWords));

    yield {
      id,
      title: titleCase(Array.from({ length: rng.int(3, 7) }, () => topicWord(main, 100))),
      organization,
      organization_type: ORGANIZATION_TYPE_LABELS[ORGANIZATION_TYPE_IDS[rng.weighted(typeWeights)]].en,
      country: SAMPLE_COUNTRIES[index % SAMPLE_COUNTRIES.length].name,
      languages: ["en", "fr", "es"][language],
      categories: [...categories].map((c) => CATEGORY_LABELS[c].en).join(MULTI_VALUE_SEPARATOR),
      beneficiaries: beneficiaries.map((b) => BENEFICIARY_LABELS[b].en).join(MULTI_VALUE_SEPARATOR),
      description: writeText(rng, model, lengths.description, main, second),
      objectives: writeText(rng, model, lengths.objectives, main, second),
      impact: writeText(rng, model, lengths.impact, main, second),
      results: writeText(rng, model, lengths.results, main, second),
      keywords: [...keywords].join(MULTI_VALUE_SEPARATOR),
      stage: STAGES[rng.weighted([35, 45, 20])],
      url: `https://example.org/corpus/${id.toLowerCase()}`,
      year: String(rng.int(2021, 2023)),
    };
  }
}

/** `size` synthetic records; see `defaults` for the other options. */
export function generateCorpus(request: CorpusRequest): RawRecord[] {
  return Array.from(corpusRecords(request));
}

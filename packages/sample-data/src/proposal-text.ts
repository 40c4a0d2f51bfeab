/**
 * Writes the texts of one proposal in its language: title, description,
 * objectives, impact, results and keywords. The main theme gives the
 * distinctive words, the categories their way of working, and the shared
 * sentence pool the noise that every proposal has.
 */
import { CATEGORY_WORDING } from "./wording/categories.js";
import { countWords, polish } from "./wording/grammar.js";
import { IN_SECTOR, SENTENCES, type Pooled } from "./wording/sentences.js";
import { fill, type Slots } from "./wording/template.js";
import type { CategoryId } from "./labels.js";
import type { Rng } from "./rng.js";
import type { Theme } from "./themes/index.js";
import type { SampleLanguage } from "./types.js";

/** Bounds of a description, in words. */
export const DESCRIPTION_WORDS = { min: 60, max: 160 } as const;

export interface ProposalPlan {
  language: SampleLanguage;
  theme: Theme;
  secondary: Theme | null;
  categories: readonly CategoryId[];
  /** Slots the templates need besides the theme words (numbers, people, places). */
  slots: Slots;
}

export interface ProposalTexts {
  description: string;
  objectives: string;
  impact: string;
  results: string;
  keywords: string[];
  /** The theme title chosen, before it is made unique. */
  title: string;
}

/** Theme words drawn for one proposal, merged with the plan's slots. */
export function themeSlots(rng: Rng, plan: ProposalPlan): Slots {
  const words = plan.theme.wording[plan.language];
  const [skill, skill2, skill3] = rng.sample(words.skills, 3);
  const [tool, tool2] = rng.sample(words.tools, 2);
  const [job, job2] = rng.sample(words.jobs, 2);
  const [problem, problem2] = rng.sample(words.problems, 2);
  const secondary = plan.secondary?.wording[plan.language];
  return {
    ...plan.slots,
    skill,
    skill2,
    skill3,
    tool,
    tool2,
    job,
    job2,
    problem,
    problem2,
    output: rng.pick(words.outputs),
    sector: words.sector,
    inSector: `${IN_SECTOR[plan.language]} ${words.sector}`,
    secondarySector: secondary?.sector ?? words.sector,
    secondarySkill: secondary ? rng.pick(secondary.skills) : skill3,
  };
}

/** One themed sentence, then with probability `more` one more, themed or generic. */
function fromPool(rng: Rng, pool: Pooled, more: number): string[] {
  const [first, second] = rng.sample(pool.themed, 2);
  if (!rng.chance(more)) return [first];
  return [first, rng.chance(0.5) ? second : rng.pick(pool.generic)];
}

export function writeProposalTexts(rng: Rng, plan: ProposalPlan): ProposalTexts {
  const { language } = plan;
  const sentences = SENTENCES[language];
  const slots = themeSlots(rng, plan);
  const write = (template: string) => polish(language, fill(template, slots));

  return {
    description: writeDescription(rng, plan, slots),
    objectives: write(fromPool(rng, sentences.objectives, 0.7).join("; ") + "."),
    impact: fromPool(rng, sentences.impact, 0.5).map(write).join(" "),
    results: fromPool(rng, sentences.results, 0.5).map(write).join(" "),
    keywords: pickKeywords(rng, plan),
    title: write(fill(rng.pick(plan.theme.wording[language].titles), { city: slots.city })),
  };
}

/** At most this many generic sentences in a description: the rest says what the project is about. */
const MAX_FILLERS = 2;

function writeDescription(rng: Rng, plan: ProposalPlan, slots: Slots): string {
  const { language, categories } = plan;
  const sentences = SENTENCES[language];
  const write = (template: string) => polish(language, fill(template, slots));

  const opening = [write(rng.pick(sentences.context)), write(rng.pick(sentences.approach))];
  const middle = [
    write(rng.pick(sentences.output)),
    write(rng.pick(sentences.tools)),
    write(rng.pick(sentences.demand)),
    write(rng.pick(sentences.curriculum)),
    write(rng.pick(sentences.problem)),
    write(rng.pick(sentences.jobs)),
    ...categories.map((category) => write(rng.pick(CATEGORY_WORDING[category][language].sentences))),
  ];
  if (plan.secondary) middle.push(write(rng.pick(sentences.secondary)));
  const fillers = rng.sample(sentences.filler, MAX_FILLERS).map(write);

  // Grow the text towards a drawn length, never past the maximum.
  const target = rng.int(DESCRIPTION_WORDS.min + 10, DESCRIPTION_WORDS.max - 10);
  const chosen = [...opening];
  let words = opening.reduce((sum, s) => sum + countWords(s), 0);
  for (const sentence of [...rng.shuffle(middle), ...fillers]) {
    if (words >= target) break;
    const length = countWords(sentence);
    if (words + length > DESCRIPTION_WORDS.max) continue;
    chosen.push(sentence);
    words += length;
  }
  return chosen.join(" ");
}

function pickKeywords(rng: Rng, plan: ProposalPlan): string[] {
  const { language } = plan;
  const picked = new Set(rng.sample(plan.theme.wording[language].keywords, rng.int(2, 4)));
  if (rng.chance(0.6)) picked.add(rng.pick(CATEGORY_WORDING[plan.categories[0]][language].keywords));
  if (plan.secondary && rng.chance(0.7)) picked.add(rng.pick(plan.secondary.wording[language].keywords));
  while (picked.size < 3) picked.add(rng.pick(plan.theme.wording[language].keywords));
  return [...picked].slice(0, 6);
}

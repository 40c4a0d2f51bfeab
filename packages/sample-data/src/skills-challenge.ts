/**
 * The illustrative Skills Challenge data set: 473 proposals from 96 countries
 * by default, shaped like the ILO call (languages, organisation types,
 * categories, beneficiaries), with texts built from latent themes.
 */
import { allocate } from "./allocate.js";
import { selectCountries, inCountry, type SampleCountry } from "./countries.js";
import {
  BENEFICIARY_IDS,
  BENEFICIARY_LABELS,
  CATEGORY_IDS,
  CATEGORY_LABELS,
  ORGANIZATION_TYPE_LABELS,
  STAGES,
  type BeneficiaryId,
  type CategoryId,
  type OrganizationTypeId,
} from "./labels.js";
import { brandName, organizationName, ORGANIZATION_TYPE_WEIGHTS } from "./organizations.js";
import { writeProposalTexts } from "./proposal-text.js";
import { createRng, type Rng } from "./rng.js";
import { THEMES, type Theme } from "./themes/index.js";
import { focusOf } from "./themes/regional-focus.js";
import { groupWording } from "./wording/beneficiaries.js";
import { formatNumber, polish } from "./wording/grammar.js";
import { SENTENCES } from "./wording/sentences.js";
import { fill } from "./wording/template.js";
import { MULTI_VALUE_SEPARATOR, type RawRecord, type SampleLanguage, type SkillsChallengeOptions } from "./types.js";

export const defaults: SkillsChallengeOptions = { seed: 2023, proposals: 473, countries: 96 };

/** Chance that a further proposal from a country comes from an organisation that already applied. */
const REPEAT_APPLICANT = 0.25;
/** An organisation submits at most this many proposals. */
const MAX_PER_ORGANIZATION = 4;

interface Organization {
  name: string;
  type: OrganizationTypeId;
  /** The field the organisation usually works in. */
  theme: Theme;
  proposals: number;
}

interface Slot {
  country: SampleCountry;
  organization: Organization;
}

export function generateSkillsChallenge(options: Partial<SkillsChallengeOptions> = {}): RawRecord[] {
  const { seed, proposals, countries } = { ...defaults, ...options };
  if (!Number.isInteger(proposals) || proposals < 1) {
    throw new Error(`@skills-network/sample-data: proposals must be a positive integer, got ${proposals}.`);
  }
  const rng = createRng(seed);
  const chosen = selectCountries(countries);
  const counts = allocate(proposals, chosen.map((c) => c.weight));
  const slots = rng.shuffle(assignOrganizations(rng, chosen, counts));
  const titles = new Set<string>();
  return slots.map((slot, index) => writeRecord(rng, slot, index, titles));
}

function assignOrganizations(rng: Rng, countries: readonly SampleCountry[], counts: readonly number[]): Slot[] {
  const slots: Slot[] = [];
  const types = Object.keys(ORGANIZATION_TYPE_WEIGHTS) as OrganizationTypeId[];
  const typeWeights = types.map((t) => ORGANIZATION_TYPE_WEIGHTS[t]);
  countries.forEach((country, i) => {
    const local: Organization[] = [];
    const names = new Set<string>();
    for (let k = 0; k < counts[i]; k++) {
      const open = local.filter((o) => o.proposals < MAX_PER_ORGANIZATION);
      let organization: Organization;
      if (open.length > 0 && rng.chance(REPEAT_APPLICANT)) {
        organization = rng.pick(open);
      } else {
        const type = types[rng.weighted(typeWeights)];
        const name = organizationName(rng, type, country.language, country.cities, names);
        names.add(name);
        organization = { name, type, theme: pickTheme(rng, country.language), proposals: 0 };
        local.push(organization);
      }
      organization.proposals++;
      slots.push({ country, organization });
    }
  });
  return slots;
}

/** A theme drawn by weight, adjusted for the applicant's language area. */
function pickTheme(rng: Rng, area: SampleLanguage, except?: Theme): Theme {
  const candidates = THEMES.filter((t) => t !== except);
  return candidates[rng.weighted(candidates.map((t) => t.weight * focusOf(area, t.id)))];
}

/** `count` distinct items, the first drawn from `preferred` with probability `bias`. */
function pickWithBias<T>(rng: Rng, all: readonly T[], preferred: readonly T[], count: number, bias: number): T[] {
  const first = rng.chance(bias) ? rng.pick(preferred) : rng.pick(all);
  const rest = rng.sample(
    all.filter((item) => item !== first),
    count - 1,
  );
  return [first, ...rest];
}

function writeRecord(rng: Rng, { country, organization }: Slot, index: number, titles: Set<string>): RawRecord {
  const language: SampleLanguage = rng.chance(country.english) ? "en" : country.language;
  // Organisations that apply several times mostly stay in their field.
  const theme = rng.chance(0.6) ? organization.theme : pickTheme(rng, country.language);
  const secondary = rng.chance(0.35) ? pickTheme(rng, country.language, theme) : null;
  const categories: CategoryId[] = pickWithBias(rng, CATEGORY_IDS, theme.categories, 1 + rng.weighted([40, 40, 20]), 0.65);
  const beneficiaries: BeneficiaryId[] = pickWithBias(rng, BENEFICIARY_IDS, theme.beneficiaries, 1 + rng.weighted([45, 35, 20]), 0.7);
  const group = groupWording(beneficiaries, language);
  const city = rng.pick(country.cities);

  const n = rng.chance(0.7) ? rng.int(2, 24) * 25 : rng.int(7, 40) * 50;
  const n2 = Math.round(n * (0.75 + 0.2 * rng.next()));
  const n4 = Math.round(n2 * (0.55 + 0.35 * rng.next()));
  const n5 = Math.round(n4 * (0.6 + 0.35 * rng.next()));
  const number = (value: number) => formatNumber(language, value);
  const texts = writeProposalTexts(rng, {
    language,
    theme,
    secondary,
    categories,
    slots: {
      n: number(n),
      n2: number(n2),
      n3: number(n * rng.int(3, 5)),
      n4: number(n4),
      n5: number(n5),
      benef: group.plural,
      benefDef: group.definite,
      city,
      inCountry: inCountry(country, language),
      months: String(rng.pick([3, 4, 6, 6, 9, 12, 12, 18, 24])),
      pct: String(rng.int(11, 17) * 5),
      partners: String(rng.int(3, 30)),
      few: String(rng.int(4, 30) * 5),
      raise: String(rng.int(3, 9) * 5),
      years: String(rng.int(3, 18)),
    },
  });

  const id = `SC-${String(index + 1).padStart(4, "0")}`;
  const labelLanguage = (language === "fr" || language === "es") && rng.chance(0.4) ? language : "en";
  const languages = secondLanguage(rng, language, country);
  return {
    id,
    title: uniqueTitle(rng, texts.title, language, city, titles),
    organization: organization.name,
    organization_type: ORGANIZATION_TYPE_LABELS[organization.type].en,
    country: country.name,
    languages: languages.join(MULTI_VALUE_SEPARATOR),
    categories: categories.map((c) => CATEGORY_LABELS[c][labelLanguage]).join(MULTI_VALUE_SEPARATOR),
    beneficiaries: beneficiaries.map((b) => BENEFICIARY_LABELS[b].en).join(MULTI_VALUE_SEPARATOR),
    description: texts.description,
    objectives: texts.objectives,
    impact: texts.impact,
    results: texts.results,
    keywords: texts.keywords.join(MULTI_VALUE_SEPARATOR),
    stage: STAGES[rng.weighted([35, 45, 20])],
    url: rng.chance(0.85) ? `https://example.org/${slugify(organization.name)}/${id.toLowerCase()}` : "",
    year: String(rng.int(2021, 2023)),
  };
}

/** Main language first; some proposals declare a second one. */
function secondLanguage(rng: Rng, language: SampleLanguage, country: SampleCountry): SampleLanguage[] {
  if (language !== "en" && rng.chance(0.2)) return [language, "en"];
  if (language === "en" && country.language !== "en" && rng.chance(0.4)) return [language, country.language];
  return [language];
}

function uniqueTitle(rng: Rng, themeTitle: string, language: SampleLanguage, city: string, taken: Set<string>): string {
  // A title that already names the city does not get a second "in <city>".
  const forms = SENTENCES[language].titles.filter((form) => !(themeTitle.includes(city) && form.includes("{city}")));
  for (let attempt = 0; attempt < 20; attempt++) {
    const title = polish(language, fill(rng.pick(forms), { title: themeTitle, brand: brandName(rng), city }));
    if (!taken.has(title)) {
      taken.add(title);
      return title;
    }
  }
  let number = 2;
  while (taken.has(`${themeTitle} ${number}`)) number++;
  taken.add(`${themeTitle} ${number}`);
  return `${themeTitle} ${number}`;
}

/** Lower-case ASCII slug: "Centre de Formation de Thiès" -> "centre-de-formation-de-thies". */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

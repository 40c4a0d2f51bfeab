/**
 * How much more (or less) often applicants of each language area work on a
 * theme than the theme's weight says: francophone Africa on apprenticeships,
 * farming and the informal economy, Latin America on tourism, youth and
 * digital skills, and so on. Besides realism, this gives each language enough
 * proposals per theme (about ten) for text similarity to find them as groups:
 * proposals in different languages share few words, so a theme spread thin
 * over a language would leave each proposal with no close neighbour.
 */
import type { SampleLanguage } from "../types.js";

export interface RegionalFocus {
  /** Multiplier of the themes named here. */
  themes: Readonly<Record<string, number>>;
  /** Multiplier of every other theme. */
  others: number;
}

export const REGIONAL_FOCUS: Record<SampleLanguage, RegionalFocus> = {
  en: { themes: {}, others: 1 },
  fr: {
    themes: {
      "sme-apprenticeships": 5,
      "informal-economy": 5,
      "agri-food": 5,
      "green-jobs": 4,
      "digital-skills": 3,
      "tvet-teachers": 3,
      fisheries: 2,
      "care-work": 2,
    },
    others: 0.3,
  },
  es: {
    themes: {
      tourism: 5,
      "life-skills-neet": 5,
      "agri-food": 5,
      "digital-skills": 4,
      "informal-economy": 3,
      "women-in-stem": 3,
      "refugee-skills": 3,
    },
    others: 0.3,
  },
  pt: {
    themes: { "agri-food": 6, "informal-economy": 5, "digital-skills": 4 },
    others: 0.3,
  },
};

/** Multiplier of a theme's weight for applicants of a language area. */
export function focusOf(area: SampleLanguage, themeId: string): number {
  const focus = REGIONAL_FOCUS[area];
  return focus.themes[themeId] ?? focus.others;
}

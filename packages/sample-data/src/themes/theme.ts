/**
 * A latent theme of the sample: a field of work with its own vocabulary in
 * every language. Themes cut across categories, so that text similarity finds
 * groups that the category column alone does not show.
 */
import type { BeneficiaryId, CategoryId } from "../labels.js";
import type { Localized } from "../types.js";

/**
 * The words of a theme in one language. Each list is written to fit the slot
 * the templates give it (see wording/templates.ts):
 * - sector: noun phrase WITH its article ("the renewable energy sector", "le secteur des énergies renouvelables");
 * - skills: bare noun phrases after "training in" / "formation en" / "formación en" / "formação em";
 * - jobs: bare plural occupations after "work as" / "travailler comme" / "trabajar como";
 * - tools: bare plural nouns after "with" / "avec des" / "con" / "com";
 * - outputs: noun phrases WITH their article, object of "set up" / "mettre en place";
 * - problems: whole clauses, no final period, that can follow "In <city>," or "showed that".
 */
export interface ThemeWording {
  sector: string;
  skills: readonly string[];
  jobs: readonly string[];
  tools: readonly string[];
  outputs: readonly string[];
  problems: readonly string[];
  keywords: readonly string[];
  /** Proposal titles; "{city}" is replaced by a city of the proposal's country. */
  titles: readonly string[];
}

export interface Theme {
  id: string;
  /** English name, for documentation and tests. */
  name: string;
  /** Categories that proposals on this theme often (not always) choose. */
  categories: readonly CategoryId[];
  /** Beneficiary groups that proposals on this theme often serve. */
  beneficiaries: readonly BeneficiaryId[];
  /** Relative frequency among proposals. */
  weight: number;
  wording: Localized<ThemeWording>;
}

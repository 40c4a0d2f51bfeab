import type { Proposal } from "@skills-network/records";
import type { LinkTable, SimilarityLink } from "@skills-network/text";

/** A proposal with empty fields, overridden by `fields`. */
export function makeProposal(fields: Partial<Proposal> & { id: string }): Proposal {
  return {
    title: `Proposal ${fields.id}`,
    organization: null,
    organizationType: null,
    country: null,
    countryName: null,
    region: null,
    subRegion: null,
    languages: ["en"],
    languageSource: "given",
    categories: [],
    beneficiaries: [],
    description: "",
    objectives: "",
    impact: "",
    results: "",
    keywords: [],
    stage: null,
    url: null,
    year: null,
    source: { row: 2, extra: {} },
    ...fields,
  };
}

const FR = { country: "FR", countryName: "France", region: "Europe", subRegion: "Western Europe" };
const SN = { country: "SN", countryName: "Senegal", region: "Africa", subRegion: "Western Africa" };
const KE = { country: "KE", countryName: "Kenya", region: "Africa", subRegion: "Eastern Africa" };
const IN = { country: "IN", countryName: "India", region: "Asia", subRegion: "Southern Asia" };
const BR = { country: "BR", countryName: "Brazil", region: "Americas", subRegion: "South America" };
const CO = { country: "CO", countryName: "Colombia", region: "Americas", subRegion: "South America" };

/**
 * Ten proposals in three obvious clusters:
 * - P01–P04 (apprenticeships in farming), densely linked;
 * - P05–P07 (digital skills), densely linked, tied to P04 by one weak link (0.12);
 * - P08–P09 (women entrepreneurs), one link;
 * and P10 with no link at all.
 */
export const proposals: Proposal[] = [
  makeProposal({
    id: "P01", title: "Farm apprenticeships, for rural youth", organization: "ACME Ltd", organizationType: "ngo", ...FR,
    languages: ["fr"], categories: ["work-based-learning", "training-delivery"], beneficiaries: ["youth", "rural-communities"],
  }),
  makeProposal({
    id: "P02", title: "Apprentissage agricole", organization: "acme  ltd.", ...FR,
    languages: ["fr"], categories: ["work-based-learning", "work-based-learning"], beneficiaries: ["youth"],
  }),
  makeProposal({
    id: "P03", title: "Agri-apprentices Senegal", organization: "Agri Skills", organizationType: "research-institution", ...SN,
    languages: ["fr"], categories: ["work-based-learning"], beneficiaries: ["rural-communities"],
  }),
  makeProposal({
    id: "P04", title: "Certified farm skills", organization: "Agri Skills", organizationType: "research-institution", ...KE,
    languages: ["en"], categories: ["rpl-certification", "work-based-learning"], beneficiaries: ["youth", "women"],
  }),
  makeProposal({
    id: "P05", title: "Digital skills bootcamp", organization: "Digital Bridge", organizationType: "start-up", ...IN,
    languages: ["en"], categories: ["training-delivery"], beneficiaries: ["youth"],
  }),
  makeProposal({
    id: "P06", title: "Coding for students", organization: "Digital Bridge", organizationType: "start-up", ...BR,
    languages: ["pt", "en"], categories: ["training-delivery", "skills-data"], beneficiaries: ["students"],
  }),
  makeProposal({
    id: "P07", title: "Code clubs", organization: "Code Club", organizationType: "youth-group", ...CO,
    languages: ["es"], categories: ["training-delivery"], beneficiaries: ["youth", "Gig workers"],
  }),
  makeProposal({
    id: "P08", title: "Femmes entrepreneures", organization: "Femmes en Action", organizationType: "ngo", ...SN,
    languages: ["fr"], categories: ["entrepreneurship"], beneficiaries: ["women"],
  }),
  makeProposal({
    id: "P09", title: "Mujeres emprendedoras", organization: "Mujeres Emprendedoras", organizationType: "ngo", ...CO,
    languages: ["es"], categories: ["entrepreneurship", "Green jobs"], beneficiaries: ["women"],
  }),
  makeProposal({ id: "P10", title: "Life skills for all", languages: ["en"], categories: ["core-life-skills"] }),
];

function link(source: string, target: string, score: number, terms: string[] = []): SimilarityLink {
  // Shared-term contributions that add up to the score, largest first.
  const share = terms.length > 0 ? score / terms.length : 0;
  return { source, target, score, sharedTerms: terms.map((term) => ({ term, weight: share })) };
}

export const links: SimilarityLink[] = [
  link("P01", "P02", 0.8, ["apprenticeship", "farm"]),
  link("P01", "P03", 0.6, ["apprenticeship"]),
  link("P02", "P03", 0.7, ["apprenticeship", "farm"]),
  link("P03", "P04", 0.65, ["farm"]),
  link("P02", "P04", 0.5, ["farm"]),
  link("P04", "P05", 0.12, ["skills"]),
  link("P05", "P06", 0.75, ["digital", "coding"]),
  link("P05", "P07", 0.6, ["digital"]),
  link("P06", "P07", 0.7, ["coding"]),
  link("P08", "P09", 0.7, ["women", "entrepreneurship"]),
];

/** Readable top terms per proposal, as the text index would give them. */
export const topTerms: Record<string, string[]> = {
  P01: ["apprenticeship", "farm", "youth"],
  P02: ["farm", "apprenticeship", "rural"],
  P03: ["apprenticeship", "farm", "senegal"],
  P04: ["farm", "certification", "apprenticeship"],
  P05: ["digital", "bootcamp", "coding"],
  P06: ["coding", "digital", "students"],
  P07: ["coding", "club", "digital"],
  P08: ["women", "entrepreneurship", "business"],
  P09: ["entrepreneurship", "women", "green"],
  P10: ["life", "skills"],
};

/** The table the text index would give for these links (positions in `ids`, sorted by source then target). */
export function linkTableOf(ids: string[], given: readonly SimilarityLink[]): LinkTable {
  const sorted = [...given].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1));
  const terms = [...new Set(sorted.flatMap((link) => link.sharedTerms.map((shared) => shared.term)))];
  const sharedStart = [0];
  for (const link of sorted) sharedStart.push(sharedStart[sharedStart.length - 1] + link.sharedTerms.length);
  return {
    ids,
    source: Uint32Array.from(sorted, (link) => ids.indexOf(link.source)),
    target: Uint32Array.from(sorted, (link) => ids.indexOf(link.target)),
    score: Float64Array.from(sorted, (link) => link.score),
    sharedStart: Uint32Array.from(sharedStart),
    sharedTerm: Uint32Array.from(sorted.flatMap((link) => link.sharedTerms.map((shared) => terms.indexOf(shared.term)))),
    sharedWeight: Float64Array.from(sorted.flatMap((link) => link.sharedTerms.map((shared) => shared.weight))),
    terms,
  };
}

import { detectLanguage } from "@skills-network/records";
import { SUPPORTED_LANGUAGES, type SharedTerm } from "@skills-network/text";
import type { ProposalNodeAttributes } from "@skills-network/graph";
import { proposalKey } from "./build.js";
import type { Network } from "./types.js";

/** A similar project, ready to show: who, where, how similar, and why. */
export interface SimilarProject {
  id: string;
  key: string;
  title: string;
  organization: string | null;
  country: string | null;
  score: number;
  sharedTerms: SharedTerm[];
}

export interface SimilarOptions {
  k: number;
  minScore: number;
  /** Keep only proposals whose node key passes (e.g. the current filters). */
  filter?: (key: string) => boolean;
}

export const similarDefaults: SimilarOptions = { k: 10, minScore: 0.05 };

/** Proposals most similar to the proposal with this id. */
export function similarProjects(network: Network, id: string, options: Partial<SimilarOptions> = {}): SimilarProject[] {
  if (!network.index.has(id)) {
    throw new Error(`@skills-network/core: no proposal with id "${id}". Check the id in the import report or the list of proposals.`);
  }
  const settings = { ...similarDefaults, ...options };
  const matches = network.index.similarTo(id, {
    k: settings.k,
    minScore: settings.minScore,
    filter: settings.filter ? (matchId) => settings.filter!(proposalKey(matchId)) : undefined,
  });
  return matches.map((match) => describeMatch(network, match.id, match.score, match.sharedTerms));
}

export interface TextSearchOptions extends SimilarOptions {
  /** Language of the text; detected when omitted. */
  language?: string | null;
}

/** Proposals most similar to a free-text description ("youth apprenticeships in agriculture"). */
export function similarToText(
  network: Network,
  text: string,
  options: Partial<TextSearchOptions> = {},
): SimilarProject[] {
  const settings = { ...similarDefaults, ...options };
  const language =
    settings.language !== undefined ? settings.language : detectLanguage(text, SUPPORTED_LANGUAGES);
  const matches = network.index.query(text, {
    k: settings.k,
    minScore: settings.minScore,
    language,
    filter: settings.filter ? (matchId) => settings.filter!(proposalKey(matchId)) : undefined,
  });
  return matches.map((match) => describeMatch(network, match.id, match.score, match.sharedTerms));
}

function describeMatch(network: Network, id: string, score: number, sharedTerms: SharedTerm[]): SimilarProject {
  const key = proposalKey(id);
  const attributes = network.graph.getNodeAttributes(key) as ProposalNodeAttributes;
  return {
    id,
    key,
    title: attributes.title,
    organization: attributes.organization,
    country: attributes.countryName ?? attributes.country,
    score,
    sharedTerms,
  };
}

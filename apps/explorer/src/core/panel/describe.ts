import type { ProposalNodeAttributes, SkillsGraph } from "@skills-network/core";
import { countryLabel } from "../i18n/labels.js";
import type { UiLanguage } from "../state/types.js";

/** "Organisation · Country" of a proposal, the country in the interface language. */
export function proposalByline(graph: SkillsGraph, key: string, language: UiLanguage): string {
  if (!graph.hasNode(key)) return "";
  const attributes = graph.getNodeAttributes(key) as ProposalNodeAttributes;
  const country = attributes.country ? countryLabel(attributes.country, attributes.countryName, language) : null;
  return [attributes.organization, country].filter((part) => part).join(" · ");
}

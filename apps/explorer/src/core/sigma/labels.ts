/**
 * Canvas labels in the interface language: categories, beneficiary groups,
 * countries and regions are named as the panels name them. Proposals and
 * organisations keep their own names (the looks' label).
 */
import type { SkillsGraph } from "@skills-network/core";
import { shortLabel } from "../appearance/utils.js";
import { beneficiaryLabel, categoryLabel, countryLabel, regionLabel } from "../i18n/labels.js";
import type { UiLanguage } from "../state/types.js";

/** Translated canvas label of each node that has one. */
export function canvasLabels(graph: SkillsGraph, language: UiLanguage): ReadonlyMap<string, string> {
  const labels = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    switch (attributes.kind) {
      case "category":
        labels.set(key, shortLabel(categoryLabel(attributes.category, language)));
        return;
      case "beneficiary":
        labels.set(key, shortLabel(beneficiaryLabel(attributes.group, language)));
        return;
      case "country":
        labels.set(key, shortLabel(countryLabel(attributes.code, attributes.label, language)));
        return;
      case "region":
        labels.set(key, shortLabel(regionLabel(attributes.label, language)));
        return;
      default:
        return;
    }
  });
  return labels;
}

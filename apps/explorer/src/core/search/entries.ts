import type { NetworkModel } from "../graph/model.js";
import {
  beneficiaryLabel,
  categoryLabel,
  countryLabel,
  regionLabel,
} from "../i18n/labels.js";
import { KEYWORD_PREFIX, type UiLanguage } from "../state/types.js";
import { makeEntry, type SearchEntry } from "./utils.js";

/** Everything searchable in a network, labelled in the interface language. */
export function buildSearchEntries(model: NetworkModel, language: UiLanguage): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const keywordLabels = new Map<string, string>();
  model.graph.forEachNode((key, attributes) => {
    switch (attributes.kind) {
      case "proposal": {
        const where = attributes.country ? countryLabel(attributes.country, attributes.countryName, language) : "";
        entries.push(makeEntry(key, "proposal", attributes.title, [attributes.organization, where].filter(Boolean).join(" · "), [attributes.id]));
        for (const keyword of [...(attributes.keywords ?? []), ...(attributes.topTerms ?? [])]) {
          const label = keyword.trim();
          if (label && !keywordLabels.has(label.toLowerCase())) keywordLabels.set(label.toLowerCase(), label);
        }
        return;
      }
      case "organization":
        entries.push(makeEntry(key, "organization", attributes.label));
        return;
      case "country": {
        const label = countryLabel(attributes.code, attributes.label, language);
        entries.push(makeEntry(key, "country", label, "", [attributes.label, attributes.code]));
        return;
      }
      case "category":
        entries.push(makeEntry(key, "category", categoryLabel(attributes.category, language), "", [attributes.label]));
        return;
      case "beneficiary":
        entries.push(makeEntry(key, "beneficiary", beneficiaryLabel(attributes.group, language), "", [attributes.label]));
        return;
      case "region":
        entries.push(makeEntry(key, "region", regionLabel(attributes.label, language), "", [attributes.label]));
        return;
    }
  });
  const seen = new Set<string>();
  for (const label of keywordLabels.values()) {
    const entry = makeEntry(`${KEYWORD_PREFIX}${label}`, "keyword", label);
    const folded = entry.terms[0];
    if (!folded || seen.has(folded)) continue;
    seen.add(folded);
    const count = model.keywords.get(folded)?.length ?? 0;
    entries.push({ ...entry, detail: String(count) });
  }
  return entries;
}

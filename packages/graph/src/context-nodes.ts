import type { Proposal } from "@skills-network/records";
import { countryKey, flatKey, organizationKey, regionKey, vocabularyKey } from "./keys.js";
import { beneficiaryLabel, categoryLabel, isKnownBeneficiary, isKnownCategory } from "./labels.js";
import type { NodeKind, SkillsGraph, SkillsNodeAttributes, StructuralEdgeAttributes } from "./types.js";

/** Adds one proposal's context nodes and structural edges; `source` is the proposal's node key. */
export type ContextNodeAdder = (proposal: Proposal, source: string) => void;

type EdgeKind = StructuralEdgeAttributes["kind"];

/**
 * For one graph: adds the organisation, place, category and beneficiary nodes of a
 * proposal (only the kinds in `include`) and links the proposal to them. A node met
 * again is reused: its attributes come from the first proposal that named it.
 *
 * The node key of every value met is remembered, so each distinct organisation is
 * folded into a key once rather than once per proposal, and edges reuse the very key
 * strings the graph indexes (a fresh string costs a hash on every lookup).
 */
export function contextNodeAdder(graph: SkillsGraph, include: ReadonlySet<NodeKind>): ContextNodeAdder {
  const ensureNode = (key: string, attributes: SkillsNodeAttributes): string => {
    if (!graph.hasNode(key)) graph.addNode(key, attributes);
    return key;
  };
  const organizations = rememberedKeys((name: string, proposal: Proposal) =>
    ensureNode(organizationKey(name), {
      kind: "organization",
      label: name,
      organizationType: proposal.organizationType,
    }),
  );
  const regions = rememberedKeys((name: string) => ensureNode(regionKey(name), { kind: "region", label: name }));
  const countries = rememberedKeys((code: string, proposal: Proposal) =>
    ensureNode(countryKey(code), {
      kind: "country",
      label: proposal.countryName ?? code.toUpperCase(),
      code: code.toUpperCase(),
      region: proposal.region,
      subRegion: proposal.subRegion,
    }),
  );
  const categories = rememberedKeys((category: string) => {
    const custom = !isKnownCategory(category);
    return ensureNode(vocabularyKey("category", category, !custom), {
      kind: "category",
      label: categoryLabel(category),
      category,
      custom,
    });
  });
  const beneficiaries = rememberedKeys((group: string) => {
    const custom = !isKnownBeneficiary(group);
    return ensureNode(vocabularyKey("beneficiary", group, !custom), {
      kind: "beneficiary",
      label: beneficiaryLabel(group),
      group,
      custom,
    });
  });
  // Regions each country is linked to: two proposals' countries in one region add one edge.
  const countryRegions = new Map<string, Set<string>>();
  const linkToRegion = (country: string, region: string): void => {
    const regionsOfCountry = countryRegions.get(country) ?? new Set<string>();
    if (regionsOfCountry.has(region)) return;
    regionsOfCountry.add(region);
    countryRegions.set(country, regionsOfCountry);
    addStructuralEdge(graph, "in-region", country, region);
  };

  return (proposal, source) => {
    // Targets of this proposal's edges: a value listed twice adds one edge.
    const linked: string[] = [];
    const link = (kind: EdgeKind, target: string): void => {
      if (linked.includes(target)) return;
      linked.push(target);
      addStructuralEdge(graph, kind, source, target);
    };

    const organization = proposal.organization?.trim();
    if (include.has("organization") && organization) {
      const key = organizations(organization, proposal);
      const known = graph.getNodeAttributes(key);
      if (known.kind === "organization" && known.organizationType === null && proposal.organizationType !== null) {
        graph.mergeNodeAttributes(key, { organizationType: proposal.organizationType });
      }
      link("submitted-by", key);
    }

    const region = include.has("region") && proposal.region ? regions(proposal.region, proposal) : null;

    // A proposal is located in the most specific place kept: its country, else its region.
    if (include.has("country") && proposal.country) {
      const country = countries(proposal.country, proposal);
      link("located-in", country);
      if (region !== null) linkToRegion(country, region);
    } else if (region !== null) {
      link("located-in", region);
    }

    if (include.has("category")) {
      for (const category of proposal.categories) link("in-category", categories(category, proposal));
    }
    if (include.has("beneficiary")) {
      for (const group of proposal.beneficiaries) link("serves", beneficiaries(group, proposal));
    }
  };
}

/** `key(value, proposal)`: the node key `add` made the first time `value` was met. */
function rememberedKeys(
  add: (value: string, proposal: Proposal) => string,
): (value: string, proposal: Proposal) => string {
  const keys = new Map<string, string>();
  return (value, proposal) => {
    let key = keys.get(value);
    if (key === undefined) {
      key = add(value, proposal);
      keys.set(value, key);
    }
    return key;
  };
}

function addStructuralEdge(graph: SkillsGraph, kind: EdgeKind, source: string, target: string): void {
  graph.addEdgeWithKey(flatKey(kind, "|", source, "|", target), source, target, { kind, weight: 1 });
}

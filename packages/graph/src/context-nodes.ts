import type { Proposal } from "@skills-network/records";
import { countryKey, organizationKey, proposalKey, regionKey, vocabularyKey } from "./keys.js";
import { beneficiaryLabel, categoryLabel, isKnownBeneficiary, isKnownCategory } from "./labels.js";
import type { NodeKind, SkillsGraph, SkillsNodeAttributes, StructuralEdgeAttributes } from "./types.js";

/**
 * Adds the organisation, place, category and beneficiary nodes of one proposal
 * (only the kinds in `include`) and links the proposal to them. A node met again
 * is reused: its attributes come from the first proposal that named it.
 */
export function addContextNodes(graph: SkillsGraph, proposal: Proposal, include: ReadonlySet<NodeKind>): void {
  const source = proposalKey(proposal.id);

  const organization = proposal.organization?.trim();
  if (include.has("organization") && organization) {
    const key = organizationKey(organization);
    ensureNode(graph, key, { kind: "organization", label: organization, organizationType: proposal.organizationType });
    const known = graph.getNodeAttributes(key);
    if (known.kind === "organization" && known.organizationType === null && proposal.organizationType !== null) {
      graph.mergeNodeAttributes(key, { organizationType: proposal.organizationType });
    }
    link(graph, "submitted-by", source, key);
  }

  const region = include.has("region") && proposal.region ? regionKey(proposal.region) : null;
  if (region !== null) ensureNode(graph, region, { kind: "region", label: proposal.region as string });

  // A proposal is located in the most specific place kept: its country, else its region.
  if (include.has("country") && proposal.country) {
    const key = countryKey(proposal.country);
    ensureNode(graph, key, {
      kind: "country",
      label: proposal.countryName ?? proposal.country.toUpperCase(),
      code: proposal.country.toUpperCase(),
      region: proposal.region,
      subRegion: proposal.subRegion,
    });
    link(graph, "located-in", source, key);
    if (region !== null) link(graph, "in-region", key, region);
  } else if (region !== null) {
    link(graph, "located-in", source, region);
  }

  if (include.has("category")) {
    for (const category of proposal.categories) {
      const custom = !isKnownCategory(category);
      const key = vocabularyKey("category", category, !custom);
      ensureNode(graph, key, { kind: "category", label: categoryLabel(category), category, custom });
      link(graph, "in-category", source, key);
    }
  }

  if (include.has("beneficiary")) {
    for (const group of proposal.beneficiaries) {
      const custom = !isKnownBeneficiary(group);
      const key = vocabularyKey("beneficiary", group, !custom);
      ensureNode(graph, key, { kind: "beneficiary", label: beneficiaryLabel(group), group, custom });
      link(graph, "serves", source, key);
    }
  }
}

function ensureNode(graph: SkillsGraph, key: string, attributes: SkillsNodeAttributes): void {
  if (!graph.hasNode(key)) graph.addNode(key, attributes);
}

/** Repeated values (a category listed twice, two proposals' countries in one region) add one edge. */
function link(graph: SkillsGraph, kind: StructuralEdgeAttributes["kind"], source: string, target: string): void {
  if (graph.hasEdge(source, target)) return;
  graph.addEdgeWithKey(`${kind}|${source}|${target}`, source, target, { kind, weight: 1 });
}

import type { SkillsGraph, SkillsNodeAttributes } from "@skills-network/graph";
import { KUMU_ELEMENT_TYPES } from "./types.js";
import type { KumuBlueprint, KumuConnection, KumuElement } from "./types.js";

/** Custom Kumu fields: node attribute -> field name, in the order Kumu's profile shows them. */
const ELEMENT_FIELDS: readonly [string, string][] = [
  ["id", "Proposal ID"],
  ["organization", "Organization"],
  ["organizationType", "Organization type"],
  ["code", "Country code"],
  ["countryName", "Country"],
  ["region", "Region"],
  ["subRegion", "Sub-region"],
  ["languages", "Languages"],
  ["categories", "Categories"],
  ["beneficiaries", "Beneficiary groups"],
  ["category", "Category ID"],
  ["group", "Group ID"],
  ["custom", "Custom"],
  ["objectives", "Objectives"],
  ["impact", "Impact"],
  ["results", "Results"],
  ["keywords", "Keywords"],
  ["topTerms", "Top terms"],
  ["stage", "Stage"],
  ["url", "URL"],
  ["year", "Year"],
  ["community", "Community"],
  ["degree", "Degree"],
  ["weightedDegree", "Weighted degree"],
  ["betweenness", "Betweenness"],
  ["communitiesBridged", "Communities bridged"],
];

/** Kumu reads several values in one field when they are separated by "|". */
const LIST_SEPARATOR = " | ";

/**
 * The graph as a Kumu blueprint: one element per node (id = node key, typed by
 * kind, custom fields as strings) and one undirected connection per edge, with the
 * edge weight as `strength`; similar connections are labelled by their shared terms.
 */
export function toKumuBlueprint(graph: SkillsGraph): KumuBlueprint {
  const elements = graph.mapNodes((node, attributes): KumuElement => {
    const element: KumuElement = {
      id: node,
      label: attributes.label,
      type: KUMU_ELEMENT_TYPES[attributes.kind],
      description: attributes.kind === "proposal" ? attributes.description : "",
      tags: tagsOf(graph, node, attributes),
    };
    const values = attributes as unknown as Record<string, unknown>;
    for (const [name, field] of ELEMENT_FIELDS) {
      const text = fieldText(values[name]);
      if (text !== null) element[field] = text;
    }
    return element;
  });

  const connections = graph.mapEdges((_edge, attributes, source, target): KumuConnection => {
    const connection: KumuConnection = {
      from: source,
      to: target,
      type: attributes.kind,
      direction: "undirected",
      strength: attributes.weight,
    };
    if (attributes.kind === "similar") {
      connection.label = attributes.sharedTerms.slice(0, 3).join(", ");
      connection["shared terms"] = attributes.sharedTerms.join(LIST_SEPARATOR);
    }
    return connection;
  });
  return { elements, connections };
}

/** A proposal is tagged with the labels of its categories; other elements with none. */
function tagsOf(graph: SkillsGraph, node: string, attributes: SkillsNodeAttributes): string[] {
  if (attributes.kind !== "proposal") return [];
  const labels = new Map(attributes.categories.map((category) => [category, category]));
  graph.forEachNeighbor(node, (_neighbour, neighbourAttributes) => {
    if (neighbourAttributes.kind === "category" && labels.has(neighbourAttributes.category)) {
      labels.set(neighbourAttributes.category, neighbourAttributes.label);
    }
  });
  return [...labels.values()];
}

function fieldText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length > 0 ? value.join(LIST_SEPARATOR) : null;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return value === "" ? null : value;
  return String(value);
}

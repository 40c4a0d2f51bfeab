/**
 * Types of @skills-network/export: the shapes a Skills Network graph is written to.
 */
import type { SerializedGraph } from "graphology-types";
import type { SkillsEdgeAttributes, SkillsGraphAttributes, SkillsNodeAttributes } from "@skills-network/graph";

/** What `graph.export()` gives for a Skills Network graph, ready for JSON.stringify. */
export type SerializedSkillsGraph = SerializedGraph<SkillsNodeAttributes, SkillsEdgeAttributes, SkillsGraphAttributes>;

/** Kumu element types, one per node kind. */
export const KUMU_ELEMENT_TYPES = {
  proposal: "Proposal",
  organization: "Organization",
  country: "Country",
  region: "Region",
  category: "Category",
  beneficiary: "Beneficiary group",
} as const;
export type KumuElementType = (typeof KUMU_ELEMENT_TYPES)[keyof typeof KUMU_ELEMENT_TYPES];

/** A Kumu element: the standard fields, then custom fields (always strings) by readable name. */
export interface KumuElement {
  id: string;
  label: string;
  type: KumuElementType;
  description: string;
  tags: string[];
  [field: string]: string | string[];
}

/** A Kumu connection: the node keys it joins, its edge kind and strength (the edge weight). */
export interface KumuConnection {
  from: string;
  to: string;
  type: string;
  direction: "undirected";
  strength: number;
  label?: string;
  [field: string]: string | number | undefined;
}

/** A Kumu JSON blueprint, importable into a Kumu project. */
export interface KumuBlueprint {
  elements: KumuElement[];
  connections: KumuConnection[];
}

/** Options of the CSV writers. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads accents right. */
  bom: boolean;
  /** Joins list values (languages, categories, shared terms) inside one cell. */
  listSeparator: string;
  /**
   * Prefix text cells starting with =, +, -, @ (or tab, CR) with ' so spreadsheets
   * do not run proposal text as a formula.
   */
  escapeFormulae: boolean;
}

/** Options of `toGEXF`. */
export interface GexfOptions {
  /** GEXF 1.3 (Gephi 0.9+) or 1.2. */
  version: "1.2" | "1.3";
  /** Indent the XML. */
  pretty: boolean;
  /** Joins list attributes into one string (Gephi reads plain strings best). */
  listSeparator: string;
}

/**
 * Kumu maps -> proposal records.
 *
 * In a Kumu map, `records` (the ImportReport count) are the proposal elements:
 * elements whose Type is a proposal type ("Proposal", "Project", "Projet",
 * "Proyecto", "Idea", ...), or every untyped element when the map has no
 * other types. Organization, Country, Category and Beneficiary elements are
 * not records: their labels fill in the organization, country, categories
 * and beneficiaries of the proposals they are connected to (connections
 * refer to element ids, or to labels). Every other element is reported with
 * a warning on its row, so each element is accounted for.
 */
import { foldText } from "./fold.js";
import { importWarning } from "./issues.js";
import type { ConnectionOrigin, KumuElement, KumuModel } from "./kumu-model.js";
import { addValue, emptyRecord } from "./source.js";
import type { SourceRecord } from "./source.js";
import { toText } from "./values.js";
import type { CanonicalField, ImportIssue } from "./types.js";

type Role = "proposal" | "organization" | "country" | "category" | "beneficiary" | "other";

const ROLE_TYPES: Record<Exclude<Role, "other">, readonly string[]> = {
  proposal: [
    "proposal", "proposals", "project", "projects", "projet", "projets", "proyecto", "proyectos", "idea", "ideas",
    "idee", "idees", "innovation", "innovations", "proposition", "propuesta", "submission",
  ],
  organization: [
    "organization", "organisation", "organizations", "organisations", "organizacion", "organizaciones", "organisme",
    "institution", "institucion", "company", "entreprise", "empresa", "applicant",
  ],
  country: ["country", "countries", "pays", "pais", "paises"],
  category: [
    "category", "categories", "categorie", "categoria", "categorias", "skills category", "theme", "themes", "tema",
  ],
  beneficiary: [
    "beneficiary", "beneficiaries", "beneficiary group", "beneficiaire", "beneficiaires", "beneficiario",
    "beneficiarios", "target group",
  ],
};

/** Single-valued fields a connected element fills in; the others (categories, beneficiaries) collect every label. */
const FILLS: Record<Exclude<Role, "proposal" | "other">, { field: CanonicalField; single: boolean }> = {
  organization: { field: "organization", single: true },
  country: { field: "country", single: true },
  category: { field: "categories", single: false },
  beneficiary: { field: "beneficiaries", single: false },
};

const UNCONNECTED = {
  organization: "unconnected-organization",
  country: "unconnected-country",
  category: "unconnected-category",
  beneficiary: "unconnected-beneficiary",
} as const satisfies Record<Exclude<Role, "proposal" | "other">, string>;

const ROLE_OF_TYPE = new Map<string, Role>(
  Object.entries(ROLE_TYPES).flatMap(([role, types]) => types.map((type): [string, Role] => [type, role as Role])),
);

function typeRole(type: string): Role | null {
  return type === "" ? null : (ROLE_OF_TYPE.get(foldText(type)) ?? "other");
}

export interface KumuRecords {
  records: SourceRecord[];
  issues: ImportIssue[];
  hasIdColumn: boolean;
}

function rolesOf(elements: readonly KumuElement[]): (Role | null)[] {
  const typed = elements.map((element) => typeRole(element.type));
  // Untyped elements are proposals only when nothing else in the map has a non-proposal type.
  const untypedAreProposals = typed.every((role) => role === null || role === "proposal");
  return typed.map((role) => role ?? (untypedAreProposals ? "proposal" : null));
}

function elementIndex(elements: readonly KumuElement[]): (reference: string) => number | undefined {
  const byId = new Map<string, number>();
  const byLabel = new Map<string, number>();
  elements.forEach((element, index) => {
    if (element.id !== "" && !byId.has(element.id)) byId.set(element.id, index);
    const label = foldText(element.label);
    if (label !== "" && !byLabel.has(label)) byLabel.set(label, index);
  });
  return (reference) => byId.get(reference) ?? byLabel.get(foldText(reference));
}

function unknownElement(origin: ConnectionOrigin, reference: string): ImportIssue {
  return "connection" in origin
    ? importWarning(0, null, "connection-to-unknown-element", { connection: origin.connection, reference }, reference)
    : importWarning(0, null, "sheet-connection-to-unknown-element", { sheet: origin.sheet, row: origin.row, reference }, reference);
}

/** For each proposal element index, the connected elements (indexes) in connection order. */
function linksOf(model: KumuModel, roles: readonly (Role | null)[], issues: ImportIssue[]): Map<number, number[]> {
  const find = elementIndex(model.elements);
  const links = new Map<number, number[]>();
  const link = (proposal: number, other: number): void => {
    const list = links.get(proposal) ?? [];
    if (!list.includes(other)) list.push(other);
    links.set(proposal, list);
  };
  for (const { from, to, origin } of model.connections) {
    const ends = [from, to].map((reference) => ({ reference, index: find(reference) }));
    const unknown = ends.filter((end) => end.index === undefined);
    if (unknown.length > 0) {
      for (const end of unknown) issues.push(unknownElement(origin, end.reference));
      continue;
    }
    const [a, b] = ends.map((end) => end.index as number);
    if (roles[a] === "proposal" && roles[b] !== "proposal") link(a, b);
    else if (roles[b] === "proposal" && roles[a] !== "proposal") link(b, a);
  }
  return links;
}

function proposalRecord(element: KumuElement): SourceRecord {
  const record = emptyRecord(element.row);
  addValue(record, "title", element.label);
  for (const { header, field, value } of element.cells) {
    if (field) addValue(record, field, value);
    else if (toText(value) !== "") record.extra[header] = toText(value);
  }
  return record;
}

function hasValue(record: SourceRecord, field: CanonicalField): boolean {
  return (record.fields[field] ?? []).some((value) => toText(value) !== "");
}

/** Fills a proposal's fields from the elements it is connected to. */
function fillFromConnections(record: SourceRecord, connected: readonly KumuElement[], roles: readonly Role[]): void {
  const kept = new Map<CanonicalField, string>();
  connected.forEach((element, index) => {
    const role = roles[index];
    if (role === "proposal" || role === "other") return;
    const { field, single } = FILLS[role];
    if (!single) return addValue(record, field, element.label);
    const first = kept.get(field);
    if (first !== undefined) {
      const code = role === "organization" ? "several-organizations-connected" : "several-countries-connected";
      record.issues.push(importWarning(record.row, field, code, { kept: first, ignored: element.label }, element.label));
      return;
    }
    kept.set(field, element.label);
    if (hasValue(record, field)) return;
    addValue(record, field, element.label);
    // An organization element may carry its type as an attribute.
    if (role === "organization" && !hasValue(record, "organization_type")) {
      for (const cell of element.cells) if (cell.field === "organization_type") addValue(record, "organization_type", cell.value);
    }
  });
}

export function kumuToRecords(model: KumuModel): KumuRecords {
  const issues: ImportIssue[] = [...model.issues];
  const roles = rolesOf(model.elements);
  const links = linksOf(model, roles, issues);
  const used = new Set<number>();
  const records: SourceRecord[] = [];
  model.elements.forEach((element, index) => {
    if (roles[index] !== "proposal") return;
    const record = proposalRecord(element);
    const connected = links.get(index) ?? [];
    connected.forEach((other) => used.add(other));
    fillFromConnections(record, connected.map((other) => model.elements[other]), connected.map((other) => roles[other] ?? "other"));
    records.push(record);
  });
  model.elements.forEach((element, index) => {
    const role = roles[index];
    if (role === "proposal") return;
    const label = element.label;
    if (role === null) issues.push(importWarning(element.row, null, "untyped-element", { label }, label));
    else if (role === "other") issues.push(importWarning(element.row, null, "ignored-element-type", { type: element.type, label }, element.type));
    else if (!used.has(index)) issues.push(importWarning(element.row, null, UNCONNECTED[role], { label }, label));
  });
  return { records, issues, hasIdColumn: model.elements.some((element) => element.id !== "") };
}

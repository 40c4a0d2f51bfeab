import { describe, expect, it } from "vitest";
import { BENEFICIARY_GROUPS, ORGANIZATION_TYPES, SKILLS_CATEGORIES } from "../types.js";
import { foldText } from "../fold.js";
import type { Labels } from "../types.js";
import { BENEFICIARY_ALIASES, BENEFICIARY_LABELS, normalizeBeneficiary } from "./beneficiaries.js";
import { CATEGORY_ALIASES, CATEGORY_LABELS, normalizeCategory } from "./categories.js";
import { ORGANIZATION_TYPE_ALIASES, ORGANIZATION_TYPE_LABELS, normalizeOrganizationType } from "./organization-types.js";

describe("label tables", () => {
  it("give the English labels of the call, in order", () => {
    expect(SKILLS_CATEGORIES.map((id) => CATEGORY_LABELS[id].en)).toEqual([
      "Work-based learning",
      "RPL and certification",
      "Career guidance and employment services",
      "Research, data and analysis for skills",
      "Skills ecosystem",
      "Training delivery and assessment",
      "Social inclusion and access to training",
      "Entrepreneurship and self-employment",
      "Core and life skills",
    ]);
    expect(BENEFICIARY_GROUPS.map((id) => BENEFICIARY_LABELS[id].en)).toEqual([
      "Youth", "Women", "Migrants and refugees", "Persons with disabilities", "Rural communities",
      "Informal economy workers", "NEET", "Low-skilled adults", "Indigenous peoples", "Older workers",
      "Unemployed", "Students", "Teachers and trainers", "SMEs and employers", "Workers",
    ]);
    expect(ORGANIZATION_TYPES.map((id) => ORGANIZATION_TYPE_LABELS[id].en)).toEqual([
      "TVET institution", "Workers' organization", "Employers' organization", "Start-up", "NGO",
      "Research institution", "Youth group", "Government agency", "Private company", "International organization",
      "Other",
    ]);
  });

  it.each([
    ["categories", SKILLS_CATEGORIES, CATEGORY_LABELS, normalizeCategory],
    ["beneficiaries", BENEFICIARY_GROUPS, BENEFICIARY_LABELS, normalizeBeneficiary],
    ["organization types", ORGANIZATION_TYPES, ORGANIZATION_TYPE_LABELS, normalizeOrganizationType],
  ] as const)("%s: every label in every language reads back as its id", (_, ids, table, normalize) => {
    const labels = table as Readonly<Record<string, Labels>>;
    for (const id of ids) {
      for (const label of Object.values(labels[id])) expect(normalize(label), label).toBe(id);
      expect(normalize(id)).toBe(id);
    }
  });

  it.each([
    ["categories", SKILLS_CATEGORIES, CATEGORY_LABELS, CATEGORY_ALIASES],
    ["beneficiaries", BENEFICIARY_GROUPS, BENEFICIARY_LABELS, BENEFICIARY_ALIASES],
    ["organization types", ORGANIZATION_TYPES, ORGANIZATION_TYPE_LABELS, ORGANIZATION_TYPE_ALIASES],
  ] as const)("%s: no alias belongs to two ids", (_, ids, table, aliasTable) => {
    const labels = table as Readonly<Record<string, Labels>>;
    const aliases = aliasTable as Readonly<Record<string, readonly string[]>>;
    const owner = new Map<string, string>();
    for (const id of ids) {
      const all = [...Object.values(labels[id]), ...aliases[id]];
      for (const key of all.map(foldText)) {
        expect(owner.get(key) ?? id, key).toBe(id);
        owner.set(key, id);
      }
    }
  });
});

describe("normalizeCategory", () => {
  it.each([
    ["apprenticeships", "work-based-learning"],
    ["Apprentissage", "work-based-learning"],
    ["aprendizaje en el trabajo", "work-based-learning"],
    ["recognition of prior learning", "rpl-certification"],
    ["VAE", "rpl-certification"],
    ["reconocimiento de aprendizajes previos", "rpl-certification"],
    ["Orientation professionnelle", "career-guidance"],
    ["Servicios de empleo", "career-guidance"],
    ["Recherche, données et analyse sur les compétences", "skills-data"],
    ["Emprendimiento", "entrepreneurship"],
    ["Compétences de vie courante", "core-life-skills"],
    ["Formation professionnelle", "training-delivery"],
    ["Inclusión social", "social-inclusion"],
    ["Work-based learning (apprenticeships, internships)", "work-based-learning"],
    ["Skills ecosystems", "skills-ecosystem"],
  ])("%s -> %s", (value, id) => {
    expect(normalizeCategory(value)).toBe(id);
  });

  it("returns null for an unknown category", () => {
    expect(normalizeCategory("Cooking")).toBeNull();
    expect(normalizeCategory("")).toBeNull();
  });
});

describe("normalizeBeneficiary", () => {
  it.each([
    ["jeunes", "youth"],
    ["jóvenes", "youth"],
    ["Young people", "youth"],
    ["femmes", "women"],
    ["mujeres", "women"],
    ["Women and girls", "women"],
    ["réfugiés", "migrants-refugees"],
    ["personnes en situation de handicap", "persons-with-disabilities"],
    ["Personas con discapacidad", "persons-with-disabilities"],
    ["pueblos indígenas", "indigenous-peoples"],
    ["Demandeurs d'emploi", "unemployed"],
    ["Pymes", "smes-employers"],
    ["NEETs", "neet"],
    ["Youth (15-24)", "youth"],
    ["Youth in rural areas", "rural-communities"],
  ])("%s -> %s", (value, id) => {
    expect(normalizeBeneficiary(value)).toBe(id);
  });

  it("returns null when the value is unknown or names two groups equally", () => {
    expect(normalizeBeneficiary("Astronauts")).toBeNull();
    expect(normalizeBeneficiary("young women")).toBeNull();
  });
});

describe("normalizeOrganizationType", () => {
  it.each([
    ["ONG", "ngo"],
    ["OSC", "ngo"],
    ["Fundación", "ngo"],
    ["syndicat", "workers-organization"],
    ["Sindicato", "workers-organization"],
    ["centre de formation professionnelle", "tvet-institution"],
    ["EFTP", "tvet-institution"],
    ["FP", "tvet-institution"],
    ["Startup", "start-up"],
    ["Ministry of Labour", "government"],
    ["Université", "research-institution"],
    ["Chambre de commerce", "employers-organization"],
    ["Empresa privada", "private-company"],
    ["Organisation internationale", "international-organization"],
    ["Autre", "other"],
  ])("%s -> %s", (value, id) => {
    expect(normalizeOrganizationType(value)).toBe(id);
  });

  it("returns null for an unknown type", () => {
    expect(normalizeOrganizationType("Space agency of Mars")).toBeNull();
  });
});

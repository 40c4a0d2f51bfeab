/**
 * Labels of the call's controlled vocabularies, keyed by the ids of
 * @skills-network/records (SKILLS_CATEGORIES, BENEFICIARY_GROUPS, ORGANIZATION_TYPES).
 * The English labels are the ones written in the sample; French and Spanish
 * category labels appear in some French and Spanish rows.
 */

export interface Labels {
  en: string;
  fr: string;
  es: string;
}

export const CATEGORY_LABELS = {
  "work-based-learning": {
    en: "Work-based learning",
    fr: "Apprentissage en milieu de travail",
    es: "Aprendizaje en el lugar de trabajo",
  },
  "rpl-certification": {
    en: "RPL and certification",
    fr: "Reconnaissance des acquis et certification",
    es: "Reconocimiento del aprendizaje previo y certificación",
  },
  "career-guidance": {
    en: "Career guidance and employment services",
    fr: "Orientation professionnelle et services de l'emploi",
    es: "Orientación profesional y servicios de empleo",
  },
  "skills-data": {
    en: "Research, data and analysis for skills",
    fr: "Recherche, données et analyse sur les compétences",
    es: "Investigación, datos y análisis sobre competencias",
  },
  "skills-ecosystem": {
    en: "Skills ecosystem",
    fr: "Écosystème des compétences",
    es: "Ecosistema de competencias",
  },
  "training-delivery": {
    en: "Training delivery and assessment",
    fr: "Prestation de formation et évaluation",
    es: "Impartición de la formación y evaluación",
  },
  "social-inclusion": {
    en: "Social inclusion and access to training",
    fr: "Inclusion sociale et accès à la formation",
    es: "Inclusión social y acceso a la formación",
  },
  entrepreneurship: {
    en: "Entrepreneurship and self-employment",
    fr: "Entrepreneuriat et travail indépendant",
    es: "Emprendimiento y trabajo por cuenta propia",
  },
  "core-life-skills": {
    en: "Core and life skills",
    fr: "Compétences de base et compétences de vie",
    es: "Competencias básicas y para la vida",
  },
} as const satisfies Record<string, Labels>;
export type CategoryId = keyof typeof CATEGORY_LABELS;
export const CATEGORY_IDS = Object.keys(CATEGORY_LABELS) as CategoryId[];

export const BENEFICIARY_LABELS = {
  youth: "Youth",
  women: "Women",
  "migrants-refugees": "Migrants and refugees",
  "persons-with-disabilities": "Persons with disabilities",
  "rural-communities": "Rural communities",
  "informal-economy-workers": "Informal economy workers",
  neet: "NEET",
  "low-skilled-adults": "Low-skilled adults",
  "indigenous-peoples": "Indigenous peoples",
  "older-workers": "Older workers",
  unemployed: "Unemployed",
  students: "Students",
  "teachers-trainers": "Teachers and trainers",
  "smes-employers": "SMEs and employers",
  workers: "Workers",
} as const satisfies Record<string, string>;
export type BeneficiaryId = keyof typeof BENEFICIARY_LABELS;
export const BENEFICIARY_IDS = Object.keys(BENEFICIARY_LABELS) as BeneficiaryId[];

export const ORGANIZATION_TYPE_LABELS = {
  "tvet-institution": "TVET institution",
  "workers-organization": "Workers' organization",
  "employers-organization": "Employers' organization",
  "start-up": "Start-up",
  ngo: "NGO",
  "research-institution": "Research institution",
  "youth-group": "Youth group",
  government: "Government agency",
  "private-company": "Private company",
  "international-organization": "International organization",
} as const satisfies Record<string, string>;
export type OrganizationTypeId = keyof typeof ORGANIZATION_TYPE_LABELS;
export const ORGANIZATION_TYPE_IDS = Object.keys(ORGANIZATION_TYPE_LABELS) as OrganizationTypeId[];

/** Stages of a proposal, as written in the form. */
export const STAGES = ["Idea", "Pilot", "Scaling"] as const;
export type StageLabel = (typeof STAGES)[number];

/** Finds the category id of a label in any language, or undefined. */
export function categoryIdOf(label: string): CategoryId | undefined {
  const wanted = label.trim().toLowerCase();
  return CATEGORY_IDS.find((id) =>
    Object.values(CATEGORY_LABELS[id]).some((text) => text.toLowerCase() === wanted),
  );
}

/** Finds the beneficiary id of an English label, or undefined. */
export function beneficiaryIdOf(label: string): BeneficiaryId | undefined {
  const wanted = label.trim().toLowerCase();
  return BENEFICIARY_IDS.find((id) => BENEFICIARY_LABELS[id].toLowerCase() === wanted);
}

/** The nine skills categories of the call: labels in en/fr/es and the aliases people use. */
import { SKILLS_CATEGORIES } from "../types.js";
import type { Labels, SkillsCategoryId } from "../types.js";
import { createMatcher } from "./match.js";

export const CATEGORY_LABELS: Readonly<Record<SkillsCategoryId, Labels>> = {
  "work-based-learning": {
    en: "Work-based learning",
    fr: "Apprentissage en milieu de travail",
    es: "Aprendizaje en el lugar de trabajo",
  },
  "rpl-certification": {
    en: "RPL and certification",
    fr: "Reconnaissance des acquis et certification",
    es: "Reconocimiento de aprendizajes previos y certificación",
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
    fr: "Dispense de la formation et évaluation",
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
};

export const CATEGORY_ALIASES: Readonly<Record<SkillsCategoryId, readonly string[]>> = {
  "work-based-learning": [
    "work based learning", "WBL", "apprenticeship", "apprenticeships", "quality apprenticeships", "internships",
    "traineeships", "on-the-job training", "dual training", "apprentissage", "apprentissages",
    "apprentissage en entreprise", "formation en alternance", "alternance", "formation en cours d'emploi",
    "aprendizaje en el trabajo", "aprendizaje basado en el trabajo", "aprendizaje dual", "formación dual",
    "pasantías", "prácticas laborales", "aprendices",
  ],
  "rpl-certification": [
    "RPL", "recognition of prior learning", "recognition of prior learning and certification", "certification",
    "skills recognition", "validation of prior learning", "micro-credentials", "credentials", "VAE",
    "validation des acquis", "validation des acquis de l'expérience", "reconnaissance des acquis",
    "reconnaissance des acquis de l'expérience", "certification des compétences", "RAP",
    "reconocimiento de aprendizajes previos", "reconocimiento de competencias", "certificación",
    "certificación de competencias", "reconocimiento y certificación",
  ],
  "career-guidance": [
    "career guidance", "employment services", "career counselling", "career counseling", "job placement",
    "job matching", "orientation", "orientation professionnelle", "services de l'emploi", "services d'emploi",
    "insertion professionnelle", "intermédiation", "orientación", "orientación profesional",
    "orientación vocacional", "servicios de empleo", "intermediación laboral", "inserción laboral",
  ],
  "skills-data": [
    "research", "research data and analysis", "skills data", "data", "skills anticipation",
    "labour market information", "labor market information", "LMI", "skills needs analysis",
    "skills intelligence", "recherche", "données", "analyse", "anticipation des compétences",
    "information sur le marché du travail", "investigación", "datos", "análisis",
    "anticipación de competencias", "información del mercado laboral",
  ],
  "skills-ecosystem": [
    "skills ecosystems", "skills system", "skills systems", "skills governance", "governance", "skills policy",
    "écosystème de compétences", "système de compétences", "gouvernance", "ecosistema de habilidades",
    "sistema de competencias", "gobernanza",
  ],
  "training-delivery": [
    "training delivery", "training", "assessment", "teaching", "e-learning", "digital learning",
    "online learning", "vocational training", "skills training", "dispense de la formation", "formation",
    "formation professionnelle", "évaluation", "enseignement", "apprentissage en ligne",
    "impartición de la formación", "formación", "formación profesional", "evaluación", "enseñanza",
    "aprendizaje en línea", "capacitación",
  ],
  "social-inclusion": [
    "social inclusion", "inclusion", "access to training", "equity", "inclusion sociale", "accès à la formation",
    "équité", "inclusión social", "inclusión", "acceso a la formación", "equidad",
  ],
  entrepreneurship: [
    "entrepreneurship", "self-employment", "enterprise development", "business development", "entrepreneuriat",
    "entreprenariat", "auto-emploi", "travail indépendant", "création d'entreprise", "emprendimiento",
    "autoempleo", "emprendedurismo", "trabajo por cuenta propia",
  ],
  "core-life-skills": [
    "core skills", "life skills", "soft skills", "transferable skills", "socio-emotional skills",
    "21st century skills", "compétences de base", "compétences de vie", "compétences de vie courante",
    "compétences transversales", "compétences comportementales", "savoir-être", "competencias básicas",
    "habilidades para la vida", "competencias para la vida", "habilidades blandas", "competencias transversales",
    "habilidades socioemocionales",
  ],
};

/**
 * The SkillsCategoryId of a label in English, French or Spanish ("Apprenticeships",
 * "apprentissage", "aprendizaje en el trabajo" -> "work-based-learning"), or null.
 */
export const normalizeCategory: (value: string) => SkillsCategoryId | null = createMatcher({
  ids: SKILLS_CATEGORIES,
  labels: CATEGORY_LABELS,
  aliases: CATEGORY_ALIASES,
});

/** Beneficiary groups: labels in en/fr/es and the aliases people use. */
import { BENEFICIARY_GROUPS } from "../types.js";
import type { BeneficiaryGroupId, Labels } from "../types.js";
import { createMatcher } from "./match.js";

export const BENEFICIARY_LABELS: Readonly<Record<BeneficiaryGroupId, Labels>> = {
  youth: { en: "Youth", fr: "Jeunes", es: "Jóvenes" },
  women: { en: "Women", fr: "Femmes", es: "Mujeres" },
  "migrants-refugees": { en: "Migrants and refugees", fr: "Migrants et réfugiés", es: "Migrantes y refugiados" },
  "persons-with-disabilities": { en: "Persons with disabilities", fr: "Personnes handicapées", es: "Personas con discapacidad" },
  "rural-communities": { en: "Rural communities", fr: "Communautés rurales", es: "Comunidades rurales" },
  "informal-economy-workers": {
    en: "Informal economy workers",
    fr: "Travailleurs de l'économie informelle",
    es: "Trabajadores de la economía informal",
  },
  neet: { en: "NEET", fr: "Jeunes NEET", es: "Jóvenes nini" },
  "low-skilled-adults": { en: "Low-skilled adults", fr: "Adultes peu qualifiés", es: "Adultos poco cualificados" },
  "indigenous-peoples": { en: "Indigenous peoples", fr: "Peuples autochtones", es: "Pueblos indígenas" },
  "older-workers": { en: "Older workers", fr: "Travailleurs âgés", es: "Trabajadores de edad" },
  unemployed: { en: "Unemployed", fr: "Chômeurs", es: "Desempleados" },
  students: { en: "Students", fr: "Étudiants", es: "Estudiantes" },
  "teachers-trainers": { en: "Teachers and trainers", fr: "Enseignants et formateurs", es: "Docentes y formadores" },
  "smes-employers": { en: "SMEs and employers", fr: "PME et employeurs", es: "Pymes y empleadores" },
  workers: { en: "Workers", fr: "Travailleurs", es: "Trabajadores" },
};

export const BENEFICIARY_ALIASES: Readonly<Record<BeneficiaryGroupId, readonly string[]>> = {
  youth: ["young people", "youths", "young", "adolescents", "jeunesse", "jeunes gens", "juventud", "adolescentes"],
  women: ["woman", "girls", "women and girls", "femmes et filles", "filles", "mujeres y niñas", "niñas"],
  "migrants-refugees": [
    "migrants", "refugees", "displaced persons", "IDPs", "asylum seekers", "réfugiés", "personnes déplacées",
    "migrantes", "refugiados", "desplazados",
  ],
  "persons-with-disabilities": [
    "people with disabilities", "disabled people", "disability", "disabilities", "PWD",
    "personnes en situation de handicap", "handicap", "discapacidad", "personas discapacitadas",
  ],
  "rural-communities": [
    "rural", "rural areas", "rural population", "farmers", "milieu rural",
    "zones rurales", "population rurale", "zonas rurales", "población rural",
  ],
  "informal-economy-workers": [
    "informal workers", "informal economy", "informal sector", "informal sector workers", "travailleurs informels",
    "économie informelle", "secteur informel", "trabajadores informales", "economía informal", "sector informal",
  ],
  neet: [
    "NEETs", "not in employment education or training", "ni en emploi ni en études ni en formation", "NEET",
    "ninis", "nini", "ni estudian ni trabajan",
  ],
  "low-skilled-adults": [
    "low skilled adults", "low-skilled workers", "adults", "adult learners", "adultes", "adultes peu qualifiés",
    "adultos", "adultos con baja cualificación",
  ],
  "indigenous-peoples": [
    "indigenous people", "indigenous", "indigenous communities", "autochtones", "populations autochtones",
    "peuples indigènes", "indígenas", "comunidades indígenas",
  ],
  "older-workers": [
    "older people", "seniors", "elderly", "personnes âgées", "trabajadores mayores", "personas mayores",
    "adultos mayores",
  ],
  unemployed: [
    "unemployed people", "jobseekers", "job seekers", "demandeurs d'emploi", "sans emploi", "personnes sans emploi",
    "personas desempleadas", "desocupados", "buscadores de empleo",
  ],
  students: ["learners", "pupils", "trainees", "élèves", "apprenants", "stagiaires", "alumnos", "educandos"],
  "teachers-trainers": [
    "teachers", "trainers", "educators", "instructors", "TVET teachers", "enseignants", "formateurs", "docentes",
    "profesores", "formadores", "instructores",
  ],
  "smes-employers": [
    "SMEs", "SME", "MSMEs", "employers", "small businesses", "enterprises", "businesses", "PME", "TPE",
    "employeurs", "entreprises", "pymes", "pyme", "mipymes", "empleadores", "empresas",
  ],
  workers: ["employees", "workforce", "salariés", "travailleuses", "empleados", "trabajadoras"],
};

/**
 * The BeneficiaryGroupId of a label in English, French or Spanish ("jeunes",
 * "jóvenes" -> "youth"; "femmes", "mujeres" -> "women"), or null.
 */
export const normalizeBeneficiary: (value: string) => BeneficiaryGroupId | null = createMatcher({
  ids: BENEFICIARY_GROUPS,
  labels: BENEFICIARY_LABELS,
  aliases: BENEFICIARY_ALIASES,
});

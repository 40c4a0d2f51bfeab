/** Organisation types: labels in en/fr/es and the aliases people use. */
import { ORGANIZATION_TYPES } from "../types.js";
import type { Labels, OrganizationTypeId } from "../types.js";
import { createMatcher } from "./match.js";

export const ORGANIZATION_TYPE_LABELS: Readonly<Record<OrganizationTypeId, Labels>> = {
  "tvet-institution": { en: "TVET institution", fr: "Établissement d'EFTP", es: "Institución de EFTP" },
  "workers-organization": { en: "Workers' organization", fr: "Organisation de travailleurs", es: "Organización de trabajadores" },
  "employers-organization": { en: "Employers' organization", fr: "Organisation d'employeurs", es: "Organización de empleadores" },
  "start-up": { en: "Start-up", fr: "Start-up", es: "Empresa emergente" },
  ngo: { en: "NGO", fr: "ONG", es: "ONG" },
  "research-institution": { en: "Research institution", fr: "Institution de recherche", es: "Institución de investigación" },
  "youth-group": { en: "Youth group", fr: "Groupe de jeunes", es: "Grupo juvenil" },
  government: { en: "Government agency", fr: "Organisme public", es: "Organismo gubernamental" },
  "private-company": { en: "Private company", fr: "Entreprise privée", es: "Empresa privada" },
  "international-organization": {
    en: "International organization",
    fr: "Organisation internationale",
    es: "Organización internacional",
  },
  other: { en: "Other", fr: "Autre", es: "Otro" },
};

export const ORGANIZATION_TYPE_ALIASES: Readonly<Record<OrganizationTypeId, readonly string[]>> = {
  "tvet-institution": [
    "TVET", "TVET provider", "training provider", "training centre", "training center",
    "vocational training centre", "vocational training center", "vocational school", "technical college",
    "polytechnic", "college", "school", "EFTP", "ETP", "FP", "établissement d'EFTP", "centre de formation",
    "centre de formation professionnelle", "lycée professionnel", "école", "institut de formation",
    "organisme de formation", "institución de EFTP", "centro de formación", "centro de formación profesional",
    "instituto técnico", "escuela", "institución educativa",
  ],
  "workers-organization": [
    "workers organisation", "trade union", "union", "labour union", "labor union", "syndicat",
    "organisation syndicale", "sindicato", "organización sindical", "central sindical",
  ],
  "employers-organization": [
    "employers organisation", "business association", "business membership organization", "chamber of commerce",
    "employers federation", "industry association", "patronat", "organisation patronale", "chambre de commerce",
    "cámara de comercio", "asociación empresarial", "gremio empresarial",
  ],
  "start-up": ["startup", "start up", "startups", "social enterprise", "start-up", "jeune pousse", "entreprise sociale", "empresa social"],
  ngo: [
    "non-governmental organization", "non-governmental organisation", "nonprofit", "non-profit", "not-for-profit",
    "civil society organization", "civil society organisation", "CSO", "foundation", "charity", "association",
    "ONG", "OSC", "organisation non gouvernementale", "organisation de la société civile", "fondation",
    "organización no gubernamental", "organización de la sociedad civil", "fundación", "asociación",
    "asociación civil",
  ],
  "research-institution": [
    "research institute", "research centre", "research center", "university", "academia", "think tank",
    "institut de recherche", "centre de recherche", "université", "instituto de investigación",
    "centro de investigación", "universidad",
  ],
  "youth-group": [
    "youth organization", "youth organisation", "youth network", "youth association", "youth-led organization",
    "organisation de jeunes", "association de jeunes", "organisation de jeunesse", "organización juvenil",
    "grupo de jóvenes", "asociación juvenil", "red juvenil",
  ],
  government: [
    "government", "public agency", "ministry", "public institution", "local government", "municipality",
    "public sector", "gouvernement", "ministère", "agence publique", "administration publique",
    "collectivité locale", "gobierno", "ministerio", "agencia pública", "institución pública", "municipalidad",
    "municipio", "organismo público",
  ],
  "private-company": [
    "company", "business", "private sector", "enterprise", "corporation", "firm", "entreprise", "société",
    "secteur privé", "empresa", "sector privado", "compañía",
  ],
  "international-organization": [
    "international organisation", "UN agency", "united nations", "multilateral organization", "development partner",
    "donor", "IGO", "agence des nations unies", "organisme international", "agencia de la ONU",
    "organismo internacional",
  ],
  other: ["others", "autre", "autres", "otra", "otros", "individual", "individu", "particulier", "individuo"],
};

/**
 * The OrganizationTypeId of a label in English, French or Spanish ("ONG", "OSC" ->
 * "ngo"; "syndicat", "sindicato" -> "workers-organization"; "EFTP" -> "tvet-institution"), or null.
 */
export const normalizeOrganizationType: (value: string) => OrganizationTypeId | null = createMatcher({
  ids: ORGANIZATION_TYPES,
  labels: ORGANIZATION_TYPE_LABELS,
  aliases: ORGANIZATION_TYPE_ALIASES,
});

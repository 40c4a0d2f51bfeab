/**
 * Column headers in English, French and Spanish, matched case-, accent-,
 * space-, underscore- and punctuation-insensitively.
 */
import { compactKey, withoutParentheses } from "./fold.js";
import type { CanonicalField } from "./types.js";

/** Header spellings understood for each field (compared with `compactKey`). */
export const HEADER_ALIASES: Readonly<Record<CanonicalField, readonly string[]>> = {
  id: [
    "id", "identifier", "identifiant", "identificador", "proposal id", "project id", "submission id",
    "application id", "ref", "reference", "référence", "referencia", "code", "id du projet",
    "id de la proposition", "id del proyecto", "id de la propuesta",
  ],
  title: [
    "title", "titre", "título", "name", "nom", "nombre", "project", "projet", "proyecto", "project name",
    "project title", "proposal title", "proposal name", "proposal", "innovation", "innovation name",
    "solution name", "nom du projet", "titre du projet", "intitulé", "intitulé du projet",
    "titre de la proposition", "nom de la proposition", "nombre del proyecto", "título del proyecto",
    "nombre de la propuesta", "título de la propuesta", "propuesta", "proposition",
  ],
  organization: [
    "organization", "organisation", "organización", "organization name", "organisation name",
    "name of organization", "name of organisation", "nom de l'organisation", "nombre de la organización",
    "lead organization", "lead organisation", "applicant", "applicant organization", "institution",
    "institución", "entity", "entité", "entidad", "organisme", "structure", "company", "entreprise",
    "empresa", "submitted by", "soumis par", "presentado por", "candidat", "solicitante", "porteur de projet",
  ],
  organization_type: [
    "organization type", "organisation type", "type of organization", "type of organisation", "org type",
    "applicant type", "entity type", "type d'organisation", "type de l'organisation", "type d'organisme",
    "type de structure", "type d'entité", "tipo de organización", "tipo de organizacion", "tipo de entidad",
    "tipo de institución",
  ],
  country: [
    "country", "countries", "pays", "país", "países", "country name", "country of implementation",
    "implementation country", "pays d'intervention", "pays de mise en œuvre", "país de implementación",
    "location", "lieu", "ubicación", "nation",
  ],
  languages: [
    "language", "languages", "language(s)", "langue", "langues", "idioma", "idiomas", "lengua", "lenguas",
    "lang", "proposal language", "langue de la proposition", "idioma de la propuesta",
  ],
  categories: [
    "category", "categories", "catégorie", "catégories", "categoría", "categorías", "skills category",
    "skills categories", "catégorie de compétences", "categoría de competencias", "theme", "themes", "thème",
    "thèmes", "tema", "temas", "thematic area", "domaine", "domaines", "área temática", "focus area",
    "challenge category",
  ],
  beneficiaries: [
    "beneficiaries", "beneficiary", "beneficiary groups", "bénéficiaires", "bénéficiaire", "beneficiarios",
    "beneficiario", "target group", "target groups", "target population", "groupe cible", "groupes cibles",
    "public cible", "publics cibles", "público objetivo", "población objetivo", "grupo destinatario",
    "grupos destinatarios",
  ],
  description: [
    "description", "descripción", "summary", "résumé", "resumen", "abstract", "overview", "présentation",
    "presentación", "project description", "proposal description", "description du projet",
    "description de la proposition", "descripción del proyecto", "descripción de la propuesta",
    "innovation description", "text", "texte", "texto", "details", "détails", "detalles",
  ],
  objectives: ["objectives", "objective", "objectifs", "objectif", "objetivos", "objetivo", "goals", "goal", "aims", "buts", "metas"],
  impact: ["impact", "impacto", "expected impact", "impact attendu", "impacto esperado", "social impact", "impact social"],
  results: [
    "results", "result", "résultats", "résultat", "resultados", "resultado", "outcomes", "outputs",
    "expected results", "résultats attendus", "resultados esperados", "achievements", "réalisations", "logros",
  ],
  keywords: [
    "keywords", "keyword", "key words", "mots-clés", "mots clés", "mot-clé", "mots-clefs", "palabras clave",
    "palabras claves", "palabra clave", "tags", "tag", "étiquettes", "etiquetas",
  ],
  stage: [
    "stage", "stade", "étape", "etapa", "fase", "phase", "maturity", "maturité", "madurez", "stage of development",
    "development stage", "stade de développement", "etapa de desarrollo", "status", "statut", "estado",
  ],
  url: ["url", "website", "web site", "web", "site web", "site internet", "sitio web", "página web", "link", "lien", "enlace"],
  year: ["year", "année", "año", "anio", "submission year", "année de soumission", "año de presentación"],
};

let lookup: Map<string, CanonicalField> | undefined;

function headerLookup(): Map<string, CanonicalField> {
  if (lookup) return lookup;
  lookup = new Map();
  for (const [field, aliases] of Object.entries(HEADER_ALIASES) as [CanonicalField, readonly string[]][]) {
    lookup.set(compactKey(field), field);
    for (const alias of aliases) lookup.set(compactKey(alias), field);
  }
  return lookup;
}

/** The canonical field a column header stands for, or null when it is not recognised. */
export function matchHeader(header: string): CanonicalField | null {
  const fields = headerLookup();
  return fields.get(compactKey(header)) ?? fields.get(compactKey(withoutParentheses(header))) ?? null;
}

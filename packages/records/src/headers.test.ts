import { describe, expect, it } from "vitest";
import { HEADER_ALIASES, matchHeader } from "./headers.js";
import { compactKey } from "./fold.js";
import { CANONICAL_FIELDS } from "./types.js";

describe("matchHeader", () => {
  it.each([
    ["Title", "title"],
    ["TITRE", "title"],
    ["Título", "title"],
    ["Nom du projet", "title"],
    ["project_name", "title"],
    ["Organisation name", "organization"],
    ["Organización", "organization"],
    ["Type d'organisation", "organization_type"],
    ["Pays", "country"],
    ["País", "country"],
    ["Langue(s)", "languages"],
    ["Idioma", "languages"],
    ["Catégorie", "categories"],
    ["Categoría", "categories"],
    ["Bénéficiaires", "beneficiaries"],
    ["Beneficiarios", "beneficiaries"],
    ["Summary", "description"],
    ["Objectifs", "objectives"],
    ["Objetivos", "objectives"],
    ["Impacto", "impact"],
    ["Résultats", "results"],
    ["Resultados", "results"],
    ["Mots-clés", "keywords"],
    ["MOTS_CLES", "keywords"],
    ["Palabras clave", "keywords"],
    ["Année", "year"],
    ["Año", "year"],
    ["  Website  ", "url"],
    ["Title (EN)", "title"],
  ])("%s -> %s", (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it("returns null for unknown headers", () => {
    expect(matchHeader("Budget (USD)")).toBeNull();
    expect(matchHeader("")).toBeNull();
  });

  it("never gives one spelling to two fields", () => {
    const owner = new Map<string, string>();
    for (const field of CANONICAL_FIELDS) {
      for (const alias of [field, ...HEADER_ALIASES[field]]) {
        const key = compactKey(alias);
        expect(owner.get(key) ?? field, `"${alias}"`).toBe(field);
        owner.set(key, field);
      }
    }
  });
});

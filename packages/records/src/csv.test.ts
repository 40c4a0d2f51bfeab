import { describe, expect, it } from "vitest";
import { readProposals } from "./read.js";

const rows = [
  [
    "P-001",
    "Digital apprenticeships for rural youth",
    "Skills for All Foundation",
    "NGO",
    "Senegal",
    "English",
    "Work-based learning|Training delivery and assessment",
    "Youth; Rural communities",
    "Young people in rural Senegal learn digital trades while working in local firms, with mentors and a certificate.",
    "Train 500 apprentices",
    "Higher youth employment",
    "300 jobs",
    "apprenticeship; digital skills",
    "Pilot",
    "https://example.org/p1",
    "2022",
  ],
  [
    "P-002",
    "Formation des formateurs en Côte d'Ivoire",
    "Centre de formation professionnelle d'Abidjan",
    "TVET institution",
    "Côte d'Ivoire",
    "français",
    "Training delivery and assessment",
    "Teachers and trainers",
    "Un programme qui forme les formateurs des centres professionnels, avec des modules \"en ligne\"; et des visites.",
    "",
    "",
    "",
    "",
    "",
    "",
    "2021",
  ],
  [
    "P-003",
    "Plataforma de orientación profesional",
    "Red Juvenil",
    "Youth group",
    "México",
    "",
    "Career guidance and employment services",
    "Youth|Women",
    "Una plataforma digital que orienta a jóvenes y mujeres hacia empleos y formaciones en su comunidad.",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
  ],
];

const HEADERS = {
  en: ["ID", "Title", "Organisation name", "Organization type", "Country", "Language", "Category", "Beneficiaries", "Description", "Objectives", "Impact", "Results", "Keywords", "Stage", "Website", "Year"],
  fr: ["Identifiant", "Titre", "Organisation", "Type d'organisation", "Pays", "Langue(s)", "Catégorie", "Bénéficiaires", "Résumé", "Objectifs", "Impact", "Résultats", "Mots-clés", "Étape", "Site web", "Année"],
  es: ["Identificador", "Título", "Organización", "Tipo de organización", "País", "Idioma", "Categoría", "Beneficiarios", "Descripción", "Objetivos", "Impacto", "Resultados", "Palabras clave", "Etapa", "Sitio web", "Año"],
};

function csv(headers: readonly string[], data: readonly (readonly string[])[], delimiter = ","): string {
  const cell = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [headers, ...data].map((row) => row.map(cell).join(delimiter)).join("\r\n") + "\r\n";
}

describe("readProposals on CSV", () => {
  const english = readProposals(csv(HEADERS.en, rows), { fileName: "proposals.csv" });

  it("reads every record and normalises its fields", () => {
    expect(english.report).toMatchObject({ format: "csv", records: 3, imported: 3, rejected: 0, errors: 0 });
    const [first, second, third] = english.proposals;
    expect(first).toMatchObject({
      id: "P-001",
      title: "Digital apprenticeships for rural youth",
      organization: "Skills for All Foundation",
      organizationType: "ngo",
      country: "SN",
      countryName: "Senegal",
      region: "Africa",
      subRegion: "Western Africa",
      languages: ["en"],
      languageSource: "given",
      categories: ["work-based-learning", "training-delivery"],
      beneficiaries: ["youth", "rural-communities"],
      keywords: ["apprenticeship", "digital skills"],
      stage: "Pilot",
      url: "https://example.org/p1",
      year: 2022,
      source: { row: 2, extra: {} },
    });
    expect(second).toMatchObject({ country: "CI", organizationType: "tvet-institution", languages: ["fr"] });
    expect(second.description).toBe('Un programme qui forme les formateurs des centres professionnels, avec des modules "en ligne"; et des visites.');
    expect(third).toMatchObject({ country: "MX", subRegion: "Central America", languages: ["es"], languageSource: "detected", year: null });
  });

  it("gives the same proposals with French and with Spanish headers", () => {
    const french = readProposals(csv(HEADERS.fr, rows));
    const spanish = readProposals(csv(HEADERS.es, rows));
    expect(french.proposals).toEqual(english.proposals);
    expect(spanish.proposals).toEqual(english.proposals);
    expect(french.report.columns["Mots-clés"]).toBe("keywords");
    expect(spanish.report.columns["Año"]).toBe("year");
  });

  it("gives the same categories, beneficiaries and types when the values are written in French or Spanish", () => {
    const translated = rows.map((row) => [...row]);
    translated[0][3] = "ONG";
    translated[0][6] = "Apprentissage en milieu de travail|Dispense de la formation et évaluation";
    translated[0][7] = "Jeunes; Communautés rurales";
    translated[2][6] = "Orientación profesional y servicios de empleo";
    translated[2][7] = "Jóvenes|Mujeres";
    const result = readProposals(csv(HEADERS.fr, translated));
    expect(result.proposals).toEqual(english.proposals);
    expect(result.report.warnings).toBe(0);
  });

  it("guesses a semicolon delimiter and strips a byte order mark", () => {
    const text = "\uFEFF" + csv(HEADERS.en, rows, ";");
    const result = readProposals(text);
    expect(result.proposals).toEqual(english.proposals);
    expect(Object.keys(result.report.columns)[0]).toBe("ID");
  });

  it("reads UTF-8 bytes like text", () => {
    const bytes = new TextEncoder().encode("\uFEFF" + csv(HEADERS.es, rows));
    expect(readProposals(bytes).proposals).toEqual(english.proposals);
    expect(readProposals(bytes.buffer).proposals).toEqual(english.proposals);
  });

  it("keeps unknown columns in source.extra and reports them as null", () => {
    const result = readProposals("Title,Description,Budget\nA title here,Some text,12000\n");
    expect(result.proposals[0].source.extra).toEqual({ Budget: "12000" });
    expect(result.report.columns).toEqual({ Title: "title", Description: "description", Budget: null });
  });

  it("counts rows as a spreadsheet does: quoted newlines stay in one row, blank lines are rows", () => {
    const text = 'Title,Description,Year\n"A first title","line one\nline two",2020\n\nSecond title,text,1800\n';
    const result = readProposals(text);
    expect(result.report.records).toBe(2);
    expect(result.proposals.map((proposal) => proposal.source.row)).toEqual([2, 4]);
    expect(result.report.issues).toEqual([
      expect.objectContaining({ row: 4, field: "year", severity: "warning", value: "1800" }),
    ]);
  });
});

/**
 * How each beneficiary group is written inside sentences: `plural` follows a
 * number ("300 young people"), `definite` stands alone with its article
 * ("les jeunes", "los jóvenes"; English needs none).
 */
import type { BeneficiaryId } from "../labels.js";
import type { Localized } from "../types.js";

export interface GroupWording {
  plural: string;
  definite: string;
}

type Row = [en: string, fr: [string, string], es: [string, string], pt: [string, string]];

// prettier-ignore
const ROWS: Record<BeneficiaryId, Row> = {
  youth: ["young people", ["jeunes", "les jeunes"], ["jóvenes", "los jóvenes"], ["jovens", "os jovens"]],
  women: ["women", ["femmes", "les femmes"], ["mujeres", "las mujeres"], ["mulheres", "as mulheres"]],
  "migrants-refugees": ["refugees and migrants", ["réfugiés et migrants", "les réfugiés et les migrants"], ["personas refugiadas y migrantes", "las personas refugiadas y migrantes"], ["refugiados e migrantes", "os refugiados e migrantes"]],
  "persons-with-disabilities": ["persons with disabilities", ["personnes handicapées", "les personnes handicapées"], ["personas con discapacidad", "las personas con discapacidad"], ["pessoas com deficiência", "as pessoas com deficiência"]],
  "rural-communities": ["people from rural communities", ["habitants des zones rurales", "les habitants des zones rurales"], ["habitantes de zonas rurales", "los habitantes de zonas rurales"], ["moradores de zonas rurais", "os moradores de zonas rurais"]],
  "informal-economy-workers": ["informal economy workers", ["travailleurs de l'économie informelle", "les travailleurs de l'économie informelle"], ["trabajadores de la economía informal", "los trabajadores de la economía informal"], ["trabalhadores da economia informal", "os trabalhadores da economia informal"]],
  neet: ["young people not in employment, education or training", ["jeunes sans emploi ni formation", "les jeunes sans emploi ni formation"], ["jóvenes que no estudian ni trabajan", "los jóvenes que no estudian ni trabajan"], ["jovens que não estudam nem trabalham", "os jovens que não estudam nem trabalham"]],
  "low-skilled-adults": ["low-skilled adults", ["adultes peu qualifiés", "les adultes peu qualifiés"], ["adultos con baja cualificación", "los adultos con baja cualificación"], ["adultos pouco qualificados", "os adultos pouco qualificados"]],
  "indigenous-peoples": ["indigenous people", ["membres des peuples autochtones", "les peuples autochtones"], ["personas indígenas", "los pueblos indígenas"], ["pessoas indígenas", "os povos indígenas"]],
  "older-workers": ["older workers", ["travailleurs âgés", "les travailleurs âgés"], ["trabajadores mayores", "los trabajadores mayores"], ["trabalhadores mais velhos", "os trabalhadores mais velhos"]],
  unemployed: ["jobseekers", ["demandeurs d'emploi", "les demandeurs d'emploi"], ["personas desempleadas", "las personas desempleadas"], ["pessoas desempregadas", "as pessoas desempregadas"]],
  students: ["students", ["élèves", "les élèves"], ["estudiantes", "los estudiantes"], ["estudantes", "os estudantes"]],
  "teachers-trainers": ["teachers and trainers", ["enseignants et formateurs", "les enseignants et formateurs"], ["docentes e instructores", "los docentes e instructores"], ["professores e formadores", "os professores e formadores"]],
  "smes-employers": ["small business owners", ["chefs de petites entreprises", "les chefs de petites entreprises"], ["dueños de pequeñas empresas", "los dueños de pequeñas empresas"], ["donos de pequenas empresas", "os donos de pequenas empresas"]],
  workers: ["workers", ["travailleurs", "les travailleurs"], ["trabajadores", "los trabajadores"], ["trabalhadores", "os trabalhadores"]],
};

const YOUNG_WOMEN: Localized<GroupWording> = {
  en: { plural: "young women", definite: "young women" },
  fr: { plural: "jeunes femmes", definite: "les jeunes femmes" },
  es: { plural: "mujeres jóvenes", definite: "las mujeres jóvenes" },
  pt: { plural: "mulheres jovens", definite: "as mulheres jovens" },
};

/** Wording of the group a proposal mainly serves ("young women" when it serves both youth and women). */
export function groupWording(groups: readonly BeneficiaryId[], language: keyof Localized<unknown>): GroupWording {
  if (groups.includes("youth") && groups.includes("women")) return YOUNG_WOMEN[language];
  const [en, fr, es, pt] = ROWS[groups[0]];
  switch (language) {
    case "en":
      return { plural: en, definite: en };
    case "fr":
      return { plural: fr[0], definite: fr[1] };
    case "es":
      return { plural: es[0], definite: es[1] };
    case "pt":
      return { plural: pt[0], definite: pt[1] };
  }
}

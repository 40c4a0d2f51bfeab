/**
 * Shared terms across languages: the words of skills proposals that mean the
 * same in English, French, Spanish and Portuguese ("apprenticeship",
 * "apprentissage", "aprendizaje", "aprendizagem") are given one term key, so a
 * French proposal on solar installers and an English one are linked by what
 * they share and not kept apart by the language they are written in.
 *
 * Each concept lists words as people write them; the first English word names
 * the concept (its term key is that word's key). A word's key in its language
 * (its folded stem) is what gets mapped, so every form with the same stem
 * follows. The list is deliberately short and literal: a wrong pairing links
 * proposals that have nothing in common, a missing one only leaves a link out.
 */
export interface Concept {
  en: readonly string[];
  fr?: readonly string[];
  es?: readonly string[];
  pt?: readonly string[];
}

export const CONCEPTS: readonly Concept[] = [
  // Learning and qualifications
  { en: ["apprenticeship", "apprenticeships"], fr: ["apprentissage", "apprentissages"], es: ["aprendizaje", "aprendizajes"], pt: ["aprendizagem", "aprendizagens"] },
  { en: ["apprentice", "apprentices"], fr: ["apprenti", "apprentis"], es: ["aprendiz", "aprendices"], pt: ["aprendiz", "aprendizes"] },
  { en: ["training"], fr: ["formation", "formations"], es: ["formación", "formaciones", "capacitación", "capacitaciones"], pt: ["formação", "formações", "capacitação", "capacitações"] },
  { en: ["trainer", "trainers"], fr: ["formateur", "formateurs", "formatrice", "formatrices"], es: ["formador", "formadores"], pt: ["formador", "formadores"] },
  { en: ["teacher", "teachers"], fr: ["enseignant", "enseignants", "enseignante", "enseignantes"], es: ["docente", "docentes", "profesor", "profesores"], pt: ["professor", "professores", "docente", "docentes"] },
  { en: ["certification", "certifications"], fr: ["certification", "certifications"], es: ["certificación", "certificaciones"], pt: ["certificação", "certificações"] },
  { en: ["qualification", "qualifications"], fr: ["qualification", "qualifications"], es: ["cualificación", "cualificaciones", "calificación", "calificaciones"], pt: ["qualificação", "qualificações"] },
  { en: ["recognition"], fr: ["reconnaissance"], es: ["reconocimiento"], pt: ["reconhecimento"] },
  { en: ["curriculum", "curricula"], fr: ["curriculum"], es: ["currículo", "currículos", "currículum"], pt: ["currículo", "currículos"] },
  { en: ["skills", "skill"], fr: ["compétences", "compétence"], es: ["competencias", "competencia", "habilidades", "habilidad"], pt: ["competências", "competência", "habilidades", "habilidade"] },
  { en: ["vocational"], fr: ["professionnel", "professionnelle", "professionnels", "professionnelles"], es: ["profesional", "profesionales"], pt: ["profissional", "profissionais"] },
  { en: ["literacy"], fr: ["alphabétisation"], es: ["alfabetización"], pt: ["alfabetização", "literacia"] },
  { en: ["mentoring", "mentorship"], fr: ["mentorat", "tutorat"], es: ["mentoría", "mentorías", "tutoría", "tutorías"], pt: ["mentoria", "mentorias", "tutoria", "tutorias"] },
  { en: ["guidance"], fr: ["orientation"], es: ["orientación"], pt: ["orientação"] },
  { en: ["career", "careers"], fr: ["carrière", "carrières"], es: ["carrera", "carreras"], pt: ["carreira", "carreiras"] },
  { en: ["school", "schools"], fr: ["école", "écoles"], es: ["escuela", "escuelas"], pt: ["escola", "escolas"] },
  { en: ["university", "universities"], fr: ["université", "universités"], es: ["universidad", "universidades"], pt: ["universidade", "universidades"] },
  { en: ["student", "students"], fr: ["étudiant", "étudiants", "étudiante", "étudiantes", "élève", "élèves"], es: ["estudiante", "estudiantes", "alumno", "alumnos"], pt: ["estudante", "estudantes", "aluno", "alunos"] },
  { en: ["trainee", "trainees"], fr: ["apprenant", "apprenants", "apprenante", "apprenantes", "stagiaire", "stagiaires"] },
  { en: ["internship", "internships"], fr: ["stage", "stages"], es: ["pasantía", "pasantías"], pt: ["estágio", "estágios"] },
  // People
  { en: ["youth"], fr: ["jeunes", "jeune", "jeunesse"], es: ["jóvenes", "joven", "juventud"], pt: ["jovens", "jovem", "juventude"] },
  { en: ["women", "woman"], fr: ["femmes", "femme"], es: ["mujeres", "mujer"], pt: ["mulheres", "mulher"] },
  { en: ["girls", "girl"], fr: ["filles", "fille"], pt: ["meninas", "menina", "raparigas"] },
  { en: ["refugees", "refugee"], fr: ["réfugiés", "réfugié", "réfugiées"], es: ["refugiados", "refugiado", "refugiadas"], pt: ["refugiados", "refugiado", "refugiadas"] },
  { en: ["migrants", "migrant"], fr: ["migrants", "migrant", "migrantes"], es: ["migrantes", "migrante"], pt: ["migrantes", "migrante"] },
  { en: ["disability", "disabilities"], fr: ["handicap", "handicaps"], es: ["discapacidad", "discapacidades"], pt: ["deficiência", "deficiências"] },
  // Spanish and Portuguese stem "trabajadores" and "trabajo" alike: they go with "work" below.
  { en: ["workers", "worker"], fr: ["travailleurs", "travailleur", "travailleuses"] },
  { en: ["employers", "employer"], fr: ["employeurs", "employeur"], es: ["empleadores", "empleador"], pt: ["empregadores", "empregador"] },
  { en: ["entrepreneurs", "entrepreneur"], fr: ["entrepreneurs", "entrepreneur", "entrepreneuses"], es: ["emprendedores", "emprendedor", "emprendedoras"], pt: ["empreendedores", "empreendedor", "empreendedoras"] },
  { en: ["farmers", "farmer"], fr: ["agriculteurs", "agriculteur", "agricultrices", "paysans"], es: ["agricultores", "agricultor", "agricultoras", "campesinos"], pt: ["agricultores", "agricultor", "agricultoras"] },
  { en: ["producers", "producer"], fr: ["producteurs", "producteur", "productrices"], es: ["productores", "productor", "productoras"], pt: ["produtores", "produtor", "produtoras"] },
  { en: ["fishers", "fishermen"], fr: ["pêcheurs", "pêcheur"], es: ["pescadores", "pescador"], pt: ["pescadores", "pescador"] },
  { en: ["vendors", "vendor"], fr: ["vendeurs", "vendeur", "vendeuses"], es: ["vendedores", "vendedor", "vendedoras"], pt: ["vendedores", "vendedor", "vendedoras"] },
  { en: ["miners", "miner"], fr: ["mineurs"], es: ["mineros", "minero"], pt: ["mineiros", "mineiro"] },
  { en: ["nurses", "nurse"], fr: ["infirmiers", "infirmier", "infirmières", "infirmière"], es: ["enfermeros", "enfermero", "enfermeras", "enfermera"], pt: ["enfermeiros", "enfermeiro", "enfermeiras", "enfermeira"] },
  { en: ["children", "child"], fr: ["enfants", "enfant"], es: ["niños", "niño"], pt: ["crianças", "criança"] },
  // Work and the economy
  { en: ["employment"], fr: ["emploi", "emplois"], es: ["empleo", "empleos"], pt: ["emprego", "empregos"] },
  { en: ["unemployment", "unemployed"], fr: ["chômage", "chômeurs"], es: ["desempleo", "desempleados"], pt: ["desemprego", "desempregados"] },
  { en: ["entrepreneurship"], fr: ["entrepreneuriat", "entrepreneuriale"], es: ["emprendimiento", "emprendimientos"] },
  { en: ["enterprise", "enterprises"], fr: ["entreprise", "entreprises"], es: ["empresa", "empresas"], pt: ["empresa", "empresas"] },
  { en: ["cooperative", "cooperatives"], fr: ["coopérative", "coopératives"], es: ["cooperativa", "cooperativas"], pt: ["cooperativa", "cooperativas"] },
  { en: ["informal"], fr: ["informel", "informelle", "informels", "informelles"], es: ["informal", "informales"], pt: ["informal", "informais"] },
  { en: ["income", "incomes"], fr: ["revenu", "revenus"], es: ["ingreso", "ingresos"], pt: ["rendimento", "rendimentos"] },
  { en: ["market", "markets"], fr: ["marché", "marchés"], es: ["mercado", "mercados"], pt: ["mercado", "mercados"] },
  { en: ["industry", "industries"], fr: ["industrie", "industries"], es: ["industria", "industrias"], pt: ["indústria", "indústrias"] },
  { en: ["financing", "finance"], fr: ["financement", "financements"], es: ["financiamiento", "financiación"], pt: ["financiamento", "financiamentos"] },
  { en: ["credit", "microcredit"], fr: ["crédit", "microcrédit"], es: ["crédito", "microcrédito"], pt: ["crédito", "microcrédito"] },
  // Sectors
  { en: ["agriculture", "agricultural"], fr: ["agriculture", "agricole", "agricoles"], es: ["agricultura", "agrícola", "agrícolas"], pt: ["agricultura", "agrícola", "agrícolas"] },
  { en: ["agribusiness"], fr: ["agro-industrie", "agroalimentaire"], es: ["agronegocios", "agroindustria"], pt: ["agronegócio", "agroindústria"] },
  { en: ["food"], fr: ["alimentaire", "alimentaires", "aliments"], es: ["alimentos", "alimentaria", "alimentario"], pt: ["alimentos", "alimentar", "alimentares"] },
  { en: ["fishing", "fisheries"], fr: ["pêche"], es: ["pesca", "pesquero", "pesquera"], pt: ["pesca", "pescas"] },
  { en: ["solar"], fr: ["solaire", "solaires"], es: ["solar", "solares"], pt: ["solar", "solares"] },
  { en: ["energy"], fr: ["énergie", "énergies"], es: ["energía", "energías"], pt: ["energia", "energias"] },
  { en: ["renewable", "renewables"], fr: ["renouvelable", "renouvelables"], es: ["renovable", "renovables"], pt: ["renovável", "renováveis"] },
  { en: ["construction"], fr: ["construction"], es: ["construcción"], pt: ["construção"] },
  { en: ["tourism"], fr: ["tourisme"], es: ["turismo"], pt: ["turismo"] },
  { en: ["hotel", "hotels"], fr: ["hôtel", "hôtels", "hôtellerie"], es: ["hotel", "hoteles", "hotelería"], pt: ["hotel", "hotelaria"] },
  { en: ["health"], fr: ["santé"], es: ["salud"], pt: ["saúde"] },
  { en: ["care"], fr: ["soins"], es: ["cuidados", "cuidado"], pt: ["cuidados", "cuidado"] },
  { en: ["recycling"], fr: ["recyclage"], es: ["reciclaje"], pt: ["reciclagem"] },
  { en: ["waste"], fr: ["déchets"], es: ["residuos", "desechos"], pt: ["resíduos"] },
  { en: ["mining"], pt: ["mineração"] },
  { en: ["manufacturing"], fr: ["manufacturière", "manufacturier"], es: ["manufactura", "manufacturera"], pt: ["manufatura", "transformadora"] },
  { en: ["textile", "textiles"], fr: ["textile", "textiles"], es: ["textil", "textiles"], pt: ["têxtil"] },
  { en: ["digital"], fr: ["numérique", "numériques", "digital", "digitale"], es: ["digital", "digitales"], pt: ["digital", "digitais"] },
  // "ligne", "línea": in proposals almost always "en ligne", "en línea" (online).
  { en: ["online"], fr: ["ligne"], es: ["línea"] },
  { en: ["platform", "platforms"], fr: ["plateforme", "plateformes"], es: ["plataforma", "plataformas"], pt: ["plataforma", "plataformas"] },
  { en: ["mobile"], fr: ["mobile", "mobiles"], es: ["móvil", "móviles"], pt: ["móvel"] },
  { en: ["climate"], fr: ["climat", "climatique", "climatiques"], es: ["clima", "climático", "climática"], pt: ["clima", "climático", "climática"] },
  { en: ["green"], fr: ["vert", "verts", "verte", "vertes"], es: ["verde", "verdes"], pt: ["verde", "verdes"] },
  { en: ["rural"], fr: ["rural", "rurale", "ruraux", "rurales"], es: ["rural", "rurales"], pt: ["rural", "rurais"] },
  { en: ["urban"], fr: ["urbain", "urbaine", "urbains", "urbaines"], es: ["urbano", "urbana", "urbanos", "urbanas"], pt: ["urbano", "urbana", "urbanos", "urbanas"] },
  { en: ["community", "communities"], fr: ["communauté", "communautés", "communautaire", "communautaires"], es: ["comunitario", "comunitaria"], pt: ["comunitário", "comunitária"] },
  { en: ["data"], es: ["datos"] },
  { en: ["labour", "labor"], es: ["laboral", "laborales"], pt: ["laboral", "laborais"] },
  { en: ["work"], fr: ["travail"], es: ["trabajo", "trabajos"], pt: ["trabalho", "trabalhos"] },
];

export type ConceptLanguage = "en" | "fr" | "es" | "pt";
export const CONCEPT_LANGUAGES: readonly ConceptLanguage[] = ["en", "fr", "es", "pt"];

/** Per language, the concept key of each term key listed; and the keys two concepts claim (kept by the first). */
export interface ConceptTable {
  keys: ReadonlyMap<ConceptLanguage, ReadonlyMap<string, string>>;
  conflicts: string[];
}

/**
 * The concept key of every listed word's term key, by language. `termKey` is
 * the analysis without concepts (a word's folded stem, null for a stopword).
 */
export function conceptTable(termKey: (word: string, language: ConceptLanguage) => string | null): ConceptTable {
  const keys = new Map<ConceptLanguage, Map<string, string>>(CONCEPT_LANGUAGES.map((language) => [language, new Map()]));
  const conflicts: string[] = [];
  for (const concept of CONCEPTS) {
    const name = termKey(concept.en[0].toLowerCase(), "en");
    if (name === null) continue;
    for (const language of CONCEPT_LANGUAGES) {
      const table = keys.get(language) as Map<string, string>;
      for (const word of concept[language] ?? []) {
        const key = termKey(word.toLowerCase(), language);
        // The concept's own English key needs no entry.
        if (key === null || (language === "en" && key === name)) continue;
        const known = table.get(key);
        if (known !== undefined && known !== name) conflicts.push(`${language} "${word}" (${key}): ${known} and ${name}`);
        else table.set(key, name);
      }
    }
  }
  return { keys, conflicts };
}

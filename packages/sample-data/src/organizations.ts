/**
 * Plausible organisation names, built from parts in the language of the
 * organisation's country ("Centre de Formation Professionnelle de Thiès",
 * "Kisumu Youth Digital Hub"). They are made up: no real organisation is named.
 */
import { polish } from "./wording/grammar.js";
import { fill } from "./wording/template.js";
import type { OrganizationTypeId } from "./labels.js";
import type { Rng } from "./rng.js";
import type { Localized, SampleLanguage } from "./types.js";

/** How often each type applied (relative weights). */
export const ORGANIZATION_TYPE_WEIGHTS: Record<OrganizationTypeId, number> = {
  "tvet-institution": 20,
  ngo: 20,
  "start-up": 12,
  "private-company": 10,
  "research-institution": 8,
  "youth-group": 8,
  government: 8,
  "employers-organization": 5,
  "workers-organization": 4,
  "international-organization": 5,
};

// Slots: {City} a city of the country, {Brand} a made-up brand, {Trade} a trade in the language.
const NAME_PATTERNS: Record<OrganizationTypeId, Localized<readonly string[]>> = {
  "tvet-institution": {
    en: ["{City} Technical and Vocational College", "{City} Polytechnic", "{City} Institute of Technical Training", "{City} School of Trades"],
    fr: ["Centre de Formation Professionnelle de {City}", "Lycée Technique de {City}", "Institut Supérieur des Métiers de {City}", "Centre de Formation aux Métiers de {City}"],
    es: ["Instituto Técnico de {City}", "Centro de Formación Profesional de {City}", "Instituto Técnico Agropecuario de {City}", "Escuela de Oficios de {City}"],
    pt: ["Centro de Formação Profissional de {City}", "Instituto Técnico de {City}", "Escola Profissional de {City}"],
  },
  "workers-organization": {
    en: ["{City} {Trade} Workers' Union", "{City} Federation of {Trade} Workers", "General Union of {Trade} Workers, {City} Branch"],
    fr: ["Syndicat des Travailleurs {Trade} de {City}", "Union Régionale des Travailleurs {Trade} de {City}"],
    es: ["Sindicato de Trabajadores {Trade} de {City}", "Federación de Trabajadores {Trade} de {City}"],
    pt: ["Sindicato dos Trabalhadores {Trade} de {City}"],
  },
  "employers-organization": {
    en: ["{City} Chamber of Commerce and Industry", "{City} Association of Small Businesses", "{City} {Trade} Employers' Association"],
    fr: ["Chambre de Commerce et d'Industrie de {City}", "Association des PME de {City}", "Fédération des Artisans de {City}"],
    es: ["Cámara de Comercio de {City}", "Asociación de Pequeñas Empresas de {City}", "Gremio de Empresarios de {City}"],
    pt: ["Associação Comercial de {City}", "Associação das Pequenas Empresas de {City}"],
  },
  "start-up": {
    en: ["{Brand}", "{Brand} Technologies", "{Brand} Labs"],
    fr: ["{Brand}", "{Brand} Solutions", "{Brand} Lab"],
    es: ["{Brand}", "{Brand} Tech", "{Brand} Lab"],
    pt: ["{Brand}", "{Brand} Tecnologia"],
  },
  ngo: {
    en: ["{City} Community Development Trust", "Hope for {City} Foundation", "{City} Women's Skills Network", "{Brand} Foundation"],
    fr: ["Association Jeunesse et Avenir de {City}", "ONG Espoir de {City}", "Association des Femmes Entrepreneures de {City}", "Fondation {Brand}"],
    es: ["Fundación Futuro de {City}", "Asociación Mujeres Emprendedoras de {City}", "Fundación {Brand}", "Corporación Oportunidades {City}"],
    pt: ["Associação Futuro de {City}", "Fundação {Brand}", "Associação das Mulheres Empreendedoras de {City}"],
  },
  "research-institution": {
    en: ["{City} Institute for Labour Studies", "Centre for Skills Research, University of {City}", "{City} Policy Research Centre"],
    fr: ["Laboratoire d'Études sur l'Emploi de {City}", "Institut de Recherche sur les Compétences de {City}", "Observatoire Régional de l'Emploi de {City}"],
    es: ["Centro de Estudios Laborales de {City}", "Observatorio del Empleo de {City}", "Instituto de Investigación sobre Competencias de {City}"],
    pt: ["Centro de Estudos do Trabalho de {City}", "Observatório do Emprego de {City}"],
  },
  "youth-group": {
    en: ["{City} Youth Digital Hub", "{City} Young Innovators Network", "{City} Youth Council", "Youth Alliance of {City}"],
    fr: ["Conseil Régional de la Jeunesse de {City}", "Réseau des Jeunes Innovateurs de {City}", "Collectif Jeunes de {City}"],
    es: ["Red de Jóvenes Innovadores de {City}", "Colectivo Juvenil {City}", "Consejo de la Juventud de {City}"],
    pt: ["Rede de Jovens Inovadores de {City}", "Coletivo Jovem de {City}"],
  },
  government: {
    en: ["{City} County Employment Office", "{City} Regional Directorate of Vocational Training", "Municipal Skills Department of {City}"],
    fr: ["Agence Régionale pour l'Emploi de {City}", "Direction Régionale de la Formation Professionnelle de {City}", "Service Municipal de l'Emploi de {City}"],
    es: ["Dirección Regional de Trabajo de {City}", "Servicio Municipal de Empleo de {City}", "Secretaría de Desarrollo Económico de {City}"],
    pt: ["Direção Regional do Trabalho de {City}", "Serviço Municipal de Emprego de {City}"],
  },
  "private-company": {
    en: ["{Brand} Industries Ltd", "{City} Agro Processors Ltd", "{Brand} Construction Ltd", "{City} Solar Solutions"],
    fr: ["{Brand} SARL", "Agro-Industries de {City}", "Société {Brand} BTP"],
    es: ["{Brand} S.A.", "Agroindustrias de {City}", "Constructora {Brand}"],
    pt: ["{Brand} Lda", "Agroindústrias de {City}"],
  },
  "international-organization": {
    en: ["{Brand} International", "{Brand} Global Skills Network"],
    fr: ["{Brand} International", "Réseau International {Brand}"],
    es: ["{Brand} Internacional", "Red Internacional {Brand}"],
    pt: ["{Brand} Internacional"],
  },
};

const TRADES: Localized<readonly string[]> = {
  en: ["Construction", "Transport", "Textile", "Agricultural", "Hotel and Catering", "Domestic"],
  fr: ["du Bâtiment", "des Transports", "du Textile", "de l'Agriculture", "de l'Hôtellerie", "du Commerce"],
  es: ["de la Construcción", "del Transporte", "del Comercio", "Agrícolas", "de la Hostelería", "Textiles"],
  pt: ["da Construção", "dos Transportes", "do Comércio", "da Agricultura", "da Hotelaria"],
};

const BRAND_STARTS = ["Skill", "Work", "Job", "Learn", "Next", "Bright", "Green", "Smart", "Rise", "Future", "Open", "Kazi", "Jenga", "Ubuntu", "Nova", "Terra", "Sol", "Tekno", "Mosaic", "Baobab"];
const BRAND_ENDS = ["Up", "Hub", "Lab", "Bridge", "Path", "Link", "Works", "Spark", "Gen", "Reach", "Nest", "Way", "Go", "Mind", "Root"];

/** A made-up brand such as "SkillBridge" or "KaziLink". */
export function brandName(rng: Rng): string {
  return rng.pick(BRAND_STARTS) + rng.pick(BRAND_ENDS);
}

/**
 * A name for a new organisation of `type` in one of `cities`, different from
 * every name in `taken` (which it does not modify).
 */
export function organizationName(
  rng: Rng,
  type: OrganizationTypeId,
  language: SampleLanguage,
  cities: readonly string[],
  taken: ReadonlySet<string>,
): string {
  const patterns = NAME_PATTERNS[type][language];
  for (let attempt = 0; attempt < 50; attempt++) {
    const name = polish(
      language,
      fill(rng.pick(patterns), { City: rng.pick(cities), Brand: brandName(rng), Trade: rng.pick(TRADES[language]) }),
    );
    if (!taken.has(name)) return name;
  }
  // Crowded country: number the branch so the name stays unique.
  let branch = 2;
  const base = polish(language, fill(patterns[0], { City: cities[0], Brand: brandName(rng), Trade: TRADES[language][0] }));
  while (taken.has(`${base} ${branch}`)) branch++;
  return `${base} ${branch}`;
}

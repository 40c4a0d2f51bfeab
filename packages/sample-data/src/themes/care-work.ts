import type { Theme } from "./theme.js";

export const careWork: Theme = {
  id: "care-work",
  name: "Health and care work",
  categories: ["training-delivery", "rpl-certification"],
  beneficiaries: ["women", "migrants-refugees", "older-workers"],
  weight: 6,
  wording: {
    en: {
      sector: "the health and care sector",
      skills: ["home-based care for older persons", "community health work", "early childhood care", "first aid and infection control", "nursing assistance"],
      jobs: ["community health workers", "home care aides", "nursing assistants", "early childhood educators"],
      tools: ["simulation rooms with hospital beds", "care practice kits", "tablet-based patient records"],
      outputs: ["a certified training course for home care aides", "a cooperative of trained domestic and care workers", "a referral network linking clinics with trained community health workers"],
      problems: [
        "an ageing population needs far more carers than the country trains",
        "care work is mostly done by women who are unpaid or informally employed",
        "health facilities cannot recruit enough trained staff outside the capital",
      ],
      keywords: ["care economy", "health workers", "elderly care", "childcare", "nursing", "community health"],
      titles: ["Caring Careers", "Skills for the Care Economy", "Community Health Workers for {city}", "Professionalising Home Care", "Care Skills Certificate"],
    },
    fr: {
      sector: "le secteur de la santé et des soins",
      skills: ["aide à domicile pour les personnes âgées", "santé communautaire", "petite enfance", "premiers secours et prévention des infections", "soins infirmiers de base"],
      jobs: ["agents de santé communautaire", "auxiliaires de vie", "aides-soignants", "éducateurs de la petite enfance"],
      tools: ["salles de simulation équipées de lits médicalisés", "mallettes pédagogiques de soins", "dossiers patients sur tablette"],
      outputs: ["une formation certifiante d'auxiliaire de vie", "une coopérative de travailleuses domestiques et d'aides à domicile formées", "un réseau d'orientation qui relie les centres de santé aux agents communautaires formés"],
      problems: [
        "le vieillissement de la population exige bien plus d'aides à domicile que le pays n'en forme",
        "le travail de soin repose surtout sur des femmes non rémunérées ou employées de façon informelle",
        "les structures de santé ne parviennent pas à recruter du personnel formé en dehors de la capitale",
      ],
      keywords: ["économie du soin", "personnel de santé", "aide à domicile", "petite enfance", "soins infirmiers", "santé communautaire"],
      titles: ["Métiers du soin", "Compétences pour l'économie du soin", "Agents de santé communautaire à {city}", "Professionnaliser l'aide à domicile"],
    },
    es: {
      sector: "el sector de la salud y los cuidados",
      skills: ["cuidado domiciliario de personas mayores", "promoción comunitaria de la salud", "atención a la primera infancia", "primeros auxilios y control de infecciones", "auxiliar de enfermería"],
      jobs: ["promotores comunitarios de salud", "cuidadores domiciliarios", "auxiliares de enfermería", "educadores de primera infancia"],
      tools: ["salas de simulación con camas hospitalarias", "maletines de práctica de cuidados", "historias clínicas en tabletas"],
      outputs: ["un curso certificado para cuidadores domiciliarios", "una cooperativa de trabajadoras del hogar y de cuidados capacitadas", "una red de referencia que vincula los centros de salud con promotores comunitarios"],
      problems: [
        "el envejecimiento de la población exige muchos más cuidadores de los que el país forma",
        "el trabajo de cuidados lo realizan sobre todo mujeres sin remuneración o en la informalidad",
        "los centros de salud no logran contratar personal capacitado fuera de la capital",
      ],
      keywords: ["economía del cuidado", "personal de salud", "cuidado de personas mayores", "primera infancia", "enfermería", "salud comunitaria"],
      titles: ["Carreras del cuidado", "Competencias para la economía del cuidado", "Promotores de salud para {city}", "Profesionalizar el cuidado domiciliario"],
    },
    pt: {
      sector: "o setor da saúde e dos cuidados",
      skills: ["apoio domiciliário a pessoas idosas", "saúde comunitária", "cuidados na primeira infância", "primeiros socorros e controlo de infeções", "auxiliar de enfermagem"],
      jobs: ["agentes comunitários de saúde", "cuidadores domiciliários", "auxiliares de enfermagem", "educadores de infância"],
      tools: ["salas de simulação com camas hospitalares", "kits de prática de cuidados", "registos clínicos em tablet"],
      outputs: ["um curso certificado para cuidadores domiciliários", "uma cooperativa de trabalhadoras domésticas e cuidadoras formadas", "uma rede de referência que liga os centros de saúde aos agentes comunitários"],
      problems: [
        "o envelhecimento da população exige muito mais cuidadores do que o país forma",
        "o trabalho de cuidado é feito sobretudo por mulheres sem remuneração ou na informalidade",
        "as unidades de saúde não conseguem recrutar pessoal formado fora da capital",
      ],
      keywords: ["economia do cuidado", "profissionais de saúde", "cuidados a idosos", "primeira infância", "enfermagem", "saúde comunitária"],
      titles: ["Carreiras do cuidado", "Competências para a economia do cuidado", "Agentes de saúde para {city}", "Profissionalizar o apoio domiciliário"],
    },
  },
};

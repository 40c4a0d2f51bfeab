import type { Theme } from "./theme.js";

export const construction: Theme = {
  id: "construction",
  name: "Construction and building trades",
  categories: ["work-based-learning", "rpl-certification"],
  beneficiaries: ["workers", "informal-economy-workers", "low-skilled-adults"],
  weight: 6,
  wording: {
    en: {
      sector: "the construction industry",
      skills: ["masonry and bricklaying", "plumbing", "building electrical installation", "carpentry and joinery", "occupational safety on building sites"],
      jobs: ["masons", "plumbers", "building electricians", "site supervisors"],
      tools: ["training building sites", "mobile workshops with professional power tools", "interlocking stabilised soil blocks"],
      outputs: ["a mobile construction skills unit that travels between building sites", "a scheme of skills passports for construction workers", "a practical training site where trainees build affordable housing"],
      problems: [
        "most construction workers learned their trade informally and hold no certificate",
        "building sites report high accident rates and a shortage of qualified tradespeople",
        "the housing boom has created demand for plumbers and electricians that training centres cannot meet",
      ],
      keywords: ["construction", "building trades", "masonry", "plumbing", "occupational safety", "housing"],
      titles: ["Building Skills, Building Futures", "Construction Skills Passport", "Safe Sites, Skilled Workers", "Trades Academy {city}", "Bricks and Careers"],
    },
    fr: {
      sector: "le secteur du bâtiment et des travaux publics",
      skills: ["maçonnerie", "plomberie", "électricité du bâtiment", "menuiserie", "sécurité sur les chantiers"],
      jobs: ["maçons", "plombiers", "électriciens du bâtiment", "chefs de chantier"],
      tools: ["chantiers-écoles", "ateliers mobiles équipés d'outillage professionnel", "briques de terre comprimée"],
      outputs: ["une unité mobile de formation aux métiers du bâtiment qui se déplace de chantier en chantier", "un dispositif de passeports de compétences pour les ouvriers du BTP", "un chantier-école où les apprenants construisent des logements abordables"],
      problems: [
        "la plupart des ouvriers du bâtiment ont appris leur métier sur le tas et n'ont aucun diplôme",
        "les chantiers connaissent un taux d'accidents élevé et une pénurie d'ouvriers qualifiés",
        "le boom immobilier crée une demande de plombiers et d'électriciens que les centres de formation ne peuvent satisfaire",
      ],
      keywords: ["BTP", "métiers du bâtiment", "maçonnerie", "plomberie", "sécurité au travail", "logement"],
      titles: ["Bâtir des compétences, bâtir l'avenir", "Passeport compétences BTP", "Chantiers sûrs, ouvriers qualifiés", "Chantier-école de {city}"],
    },
    es: {
      sector: "el sector de la construcción",
      skills: ["albañilería", "plomería", "instalaciones eléctricas residenciales", "carpintería", "seguridad en obra"],
      jobs: ["albañiles", "plomeros", "electricistas de obra", "maestros de obra"],
      tools: ["obras escuela", "talleres móviles con herramientas eléctricas profesionales", "bloques de tierra comprimida"],
      outputs: ["una unidad móvil de formación en construcción que recorre las obras", "un sistema de pasaportes de competencias para trabajadores de la construcción", "una obra escuela donde los aprendices construyen vivienda social"],
      problems: [
        "la mayoría de los trabajadores de la construcción aprendió el oficio de manera informal y no tiene ningún certificado",
        "las obras registran altos índices de accidentes y falta personal calificado",
        "el auge de la vivienda ha creado una demanda de plomeros y electricistas que los centros de formación no pueden cubrir",
      ],
      keywords: ["construcción", "oficios", "albañilería", "plomería", "seguridad laboral", "vivienda"],
      titles: ["Construyendo competencias, construyendo futuro", "Pasaporte de competencias en construcción", "Obras seguras, trabajadores calificados", "Obra escuela {city}"],
    },
    pt: {
      sector: "o setor da construção civil",
      skills: ["alvenaria", "canalização", "instalações elétricas em edifícios", "carpintaria", "segurança em obra"],
      jobs: ["pedreiros", "canalizadores", "eletricistas da construção", "encarregados de obra"],
      tools: ["obras-escola", "oficinas móveis com ferramentas elétricas profissionais", "blocos de terra compactada"],
      outputs: ["uma unidade móvel de formação em construção que circula entre obras", "um sistema de passaportes de competências para trabalhadores da construção", "uma obra-escola onde os formandos constroem habitação social"],
      problems: [
        "a maioria dos trabalhadores da construção aprendeu o ofício de forma informal e não tem qualquer certificado",
        "as obras registam taxas de acidentes elevadas e faltam profissionais qualificados",
        "o crescimento da habitação criou uma procura de canalizadores e eletricistas que os centros de formação não conseguem satisfazer",
      ],
      keywords: ["construção civil", "ofícios", "alvenaria", "canalização", "segurança no trabalho", "habitação"],
      titles: ["Construir competências, construir o futuro", "Passaporte de competências na construção", "Obras seguras, trabalhadores qualificados", "Obra-escola de {city}"],
    },
  },
};

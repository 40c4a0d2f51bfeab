import type { Theme } from "./theme.js";

export const refugeeSkills: Theme = {
  id: "refugee-skills",
  name: "Skills recognition for refugees and migrants",
  categories: ["rpl-certification", "social-inclusion"],
  beneficiaries: ["migrants-refugees", "women", "unemployed"],
  weight: 5,
  wording: {
    en: {
      sector: "host community labour markets",
      skills: ["skills profiling", "language for work", "labour rights awareness", "bridging courses towards local qualifications"],
      jobs: ["qualified tradespeople", "interpreters and cultural mediators", "skilled workers in host-country firms"],
      tools: ["multilingual skills profiling tools", "practical assessment centres", "mobile phones with offline learning apps"],
      outputs: ["a skills profiling service in refugee settlements", "a one-stop recognition centre for migrants' qualifications", "a mentoring network that pairs refugees with local employers"],
      problems: [
        "refugees arrive with skills and diplomas that no local employer recognises",
        "migrant workers often take jobs far below their qualifications",
        "host communities see refugees as competitors rather than as skilled colleagues",
      ],
      keywords: ["refugees", "migrants", "skills recognition", "displacement", "host communities", "labour migration"],
      titles: ["Skills Without Borders", "Recognising Refugee Talent", "New Beginnings: Skills Profiling for Refugees", "Bridging Skills in {city}", "Migrant Skills Passport"],
    },
    fr: {
      sector: "le marché du travail des communautés d'accueil",
      skills: ["bilan de compétences", "langue à visée professionnelle", "droits des travailleurs", "modules passerelles vers les diplômes locaux"],
      jobs: ["artisans qualifiés", "interprètes et médiateurs culturels", "ouvriers qualifiés dans les entreprises du pays d'accueil"],
      tools: ["outils multilingues de bilan de compétences", "centres d'évaluation pratique", "téléphones portables avec des applications d'apprentissage hors ligne"],
      outputs: ["un service de bilan de compétences dans les camps de réfugiés", "un guichet unique de reconnaissance des diplômes des migrants", "un réseau de mentorat qui associe réfugiés et employeurs locaux"],
      problems: [
        "les réfugiés arrivent avec des compétences et des diplômes qu'aucun employeur local ne reconnaît",
        "les travailleurs migrants occupent souvent des emplois bien en dessous de leurs qualifications",
        "les communautés d'accueil voient les réfugiés comme des concurrents plutôt que comme des collègues qualifiés",
      ],
      keywords: ["réfugiés", "migrants", "reconnaissance des compétences", "déplacement forcé", "communautés d'accueil", "migration de travail"],
      titles: ["Compétences sans frontières", "Reconnaître les talents des réfugiés", "Nouveau départ à {city}", "Passeport compétences pour les migrants"],
    },
    es: {
      sector: "el mercado laboral de las comunidades de acogida",
      skills: ["perfilamiento de competencias", "idioma para el trabajo", "derechos laborales", "cursos puente hacia las titulaciones locales"],
      jobs: ["técnicos calificados", "intérpretes y mediadores culturales", "trabajadores calificados en empresas del país de acogida"],
      tools: ["herramientas multilingües de perfilamiento", "centros de evaluación práctica", "teléfonos móviles con aplicaciones de aprendizaje sin conexión"],
      outputs: ["un servicio de perfilamiento de competencias en zonas de acogida", "una ventanilla única para el reconocimiento de títulos de personas migrantes", "una red de mentoría que une a personas refugiadas con empleadores locales"],
      problems: [
        "las personas refugiadas llegan con competencias y títulos que ningún empleador local reconoce",
        "los trabajadores migrantes suelen ocupar empleos muy por debajo de su formación",
        "las comunidades de acogida ven a las personas refugiadas como competencia y no como colegas calificados",
      ],
      keywords: ["refugiados", "migrantes", "reconocimiento de competencias", "movilidad humana", "comunidades de acogida", "migración laboral"],
      titles: ["Competencias sin fronteras", "Reconocer el talento migrante", "Nuevos comienzos en {city}", "Pasaporte de competencias para migrantes"],
    },
    pt: {
      sector: "o mercado de trabalho das comunidades de acolhimento",
      skills: ["identificação de competências", "língua para o trabalho", "direitos laborais", "cursos de equivalência às qualificações locais"],
      jobs: ["profissionais qualificados", "intérpretes e mediadores culturais", "trabalhadores qualificados em empresas do país de acolhimento"],
      tools: ["ferramentas multilingues de identificação de competências", "centros de avaliação prática", "telemóveis com aplicações de aprendizagem offline"],
      outputs: ["um serviço de identificação de competências nos centros de acolhimento", "um balcão único de reconhecimento das qualificações dos migrantes", "uma rede de mentoria que liga refugiados a empregadores locais"],
      problems: [
        "os refugiados chegam com competências e diplomas que nenhum empregador local reconhece",
        "os trabalhadores migrantes ocupam muitas vezes empregos muito abaixo das suas qualificações",
        "as comunidades de acolhimento veem os refugiados como concorrentes e não como colegas qualificados",
      ],
      keywords: ["refugiados", "migrantes", "reconhecimento de competências", "deslocados", "comunidades de acolhimento", "migração laboral"],
      titles: ["Competências sem fronteiras", "Reconhecer o talento dos refugiados", "Recomeçar em {city}", "Passaporte de competências para migrantes"],
    },
  },
};

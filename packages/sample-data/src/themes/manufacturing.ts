import type { Theme } from "./theme.js";

export const manufacturing: Theme = {
  id: "manufacturing",
  name: "Manufacturing, automation and industry 4.0",
  categories: ["work-based-learning", "skills-data"],
  beneficiaries: ["workers", "older-workers", "students"],
  weight: 5,
  wording: {
    en: {
      sector: "the manufacturing sector",
      skills: ["CNC machining", "industrial automation and PLC programming", "industrial maintenance", "lean production and quality control"],
      jobs: ["CNC operators", "maintenance technicians", "automation technicians", "quality inspectors"],
      tools: ["CNC machines", "PLC training benches", "learning factories"],
      outputs: ["a learning factory shared by the industrial zone", "a reskilling programme for workers whose jobs are being automated", "an industry 4.0 skills map for the textile and garment factories"],
      problems: [
        "factories are automating quickly and many operators risk losing their jobs",
        "manufacturers cannot find technicians able to maintain modern machines",
        "older workers in the garment factories have no access to retraining",
      ],
      keywords: ["manufacturing", "automation", "industry 4.0", "reskilling", "maintenance", "textile industry"],
      titles: ["Skills for Industry 4.0", "Learning Factory {city}", "Reskilling for Automation", "Future of Work in Manufacturing", "Smart Factory Skills"],
    },
    fr: {
      sector: "le secteur manufacturier",
      skills: ["usinage sur machines à commande numérique", "automatisme industriel et programmation d'automates", "maintenance industrielle", "production allégée et contrôle qualité"],
      jobs: ["opérateurs sur commande numérique", "techniciens de maintenance", "automaticiens", "contrôleurs qualité"],
      tools: ["machines à commande numérique", "bancs d'automates programmables", "usines-écoles"],
      outputs: ["une usine-école partagée par les entreprises de la zone industrielle", "un programme de reconversion pour les ouvriers dont les postes sont automatisés", "une cartographie des compétences de l'industrie 4.0 pour les usines textiles"],
      problems: [
        "les usines s'automatisent rapidement et de nombreux opérateurs risquent de perdre leur emploi",
        "les industriels ne trouvent pas de techniciens capables d'entretenir des machines modernes",
        "les ouvriers âgés des usines textiles n'ont aucun accès à la reconversion",
      ],
      keywords: ["industrie", "automatisation", "industrie 4.0", "reconversion", "maintenance", "industrie textile"],
      titles: ["Compétences pour l'industrie 4.0", "Usine-école de {city}", "Se reconvertir face à l'automatisation", "L'avenir du travail dans l'industrie"],
    },
    es: {
      sector: "el sector manufacturero",
      skills: ["mecanizado CNC", "automatización industrial y programación de PLC", "mantenimiento industrial", "manufactura esbelta y control de calidad"],
      jobs: ["operadores CNC", "técnicos de mantenimiento", "técnicos en automatización", "inspectores de calidad"],
      tools: ["máquinas CNC", "bancos de entrenamiento con PLC", "fábricas de aprendizaje"],
      outputs: ["una fábrica de aprendizaje compartida por el parque industrial", "un programa de reconversión para trabajadores cuyos puestos se automatizan", "un mapa de competencias de la industria 4.0 para las maquilas textiles"],
      problems: [
        "las fábricas se automatizan rápidamente y muchos operarios corren el riesgo de perder su empleo",
        "los fabricantes no encuentran técnicos capaces de mantener máquinas modernas",
        "los trabajadores mayores de las maquilas no tienen acceso a la reconversión",
      ],
      keywords: ["manufactura", "automatización", "industria 4.0", "reconversión laboral", "mantenimiento", "industria textil"],
      titles: ["Competencias para la industria 4.0", "Fábrica de aprendizaje {city}", "Reconversión ante la automatización", "El futuro del trabajo en la manufactura"],
    },
    pt: {
      sector: "o setor industrial",
      skills: ["maquinação CNC", "automação industrial e programação de autómatos", "manutenção industrial", "produção lean e controlo de qualidade"],
      jobs: ["operadores CNC", "técnicos de manutenção", "técnicos de automação", "inspetores de qualidade"],
      tools: ["máquinas CNC", "bancadas de autómatos programáveis", "fábricas de aprendizagem"],
      outputs: ["uma fábrica de aprendizagem partilhada pelo parque industrial", "um programa de requalificação para trabalhadores cujos postos estão a ser automatizados", "um mapa de competências da indústria 4.0 para as fábricas têxteis"],
      problems: [
        "as fábricas estão a automatizar-se depressa e muitos operadores arriscam perder o emprego",
        "os industriais não encontram técnicos capazes de manter máquinas modernas",
        "os trabalhadores mais velhos das fábricas têxteis não têm acesso a requalificação",
      ],
      keywords: ["indústria", "automação", "indústria 4.0", "requalificação", "manutenção", "indústria têxtil"],
      titles: ["Competências para a indústria 4.0", "Fábrica de aprendizagem de {city}", "Requalificar face à automação", "O futuro do trabalho na indústria"],
    },
  },
};

import type { Theme } from "./theme.js";

export const careerApps: Theme = {
  id: "career-apps",
  name: "Mobile apps for career guidance and job matching",
  categories: ["career-guidance", "skills-data"],
  beneficiaries: ["youth", "students", "unemployed"],
  weight: 5,
  wording: {
    en: {
      sector: "youth employment services",
      skills: ["career planning", "CV writing and interview preparation", "online job search", "self-assessment of interests and aptitudes"],
      jobs: ["career counsellors", "job coaches", "peer mentors"],
      tools: ["free mobile apps", "SMS and WhatsApp chatbots", "interactive career quizzes"],
      outputs: ["a career guidance app that works offline on basic smartphones", "a chatbot that answers young people's questions about training and jobs", "a virtual job fair held twice a year"],
      problems: [
        "most school leavers choose a course without any information about the jobs it leads to",
        "public employment offices reach only a small share of young jobseekers",
        "there is one career counsellor for several thousand students",
      ],
      keywords: ["career guidance", "mobile app", "job matching", "chatbot", "youth employment", "jobseekers"],
      titles: ["Career Compass App", "Find Your Path", "JobLink {city}", "Guidance in Your Pocket", "Smart Career Choices"],
    },
    fr: {
      sector: "les services d'emploi pour les jeunes",
      skills: ["construction du projet professionnel", "rédaction de CV et préparation aux entretiens", "recherche d'emploi en ligne", "auto-évaluation des intérêts et des aptitudes"],
      jobs: ["conseillers d'orientation", "coachs emploi", "pairs mentors"],
      tools: ["applications mobiles gratuites", "chatbots sur SMS et WhatsApp", "quiz interactifs sur les métiers"],
      outputs: ["une application d'orientation qui fonctionne hors ligne sur des smartphones simples", "un chatbot qui répond aux questions des jeunes sur les formations et les métiers", "un salon virtuel de l'emploi organisé deux fois par an"],
      problems: [
        "la plupart des sortants de l'école choisissent une formation sans aucune information sur les métiers auxquels elle mène",
        "les agences publiques pour l'emploi ne touchent qu'une petite partie des jeunes demandeurs d'emploi",
        "on compte un conseiller d'orientation pour plusieurs milliers d'élèves",
      ],
      keywords: ["orientation professionnelle", "application mobile", "intermédiation", "chatbot", "emploi des jeunes", "demandeurs d'emploi"],
      titles: ["Boussole Métiers", "Trouve ta voie", "Orientation dans ta poche", "Emploi Jeunes {city}"],
    },
    es: {
      sector: "los servicios de empleo juvenil",
      skills: ["planificación de la carrera", "elaboración de hojas de vida y preparación de entrevistas", "búsqueda de empleo en línea", "autoevaluación de intereses y aptitudes"],
      jobs: ["orientadores vocacionales", "asesores de empleo", "mentores pares"],
      tools: ["aplicaciones móviles gratuitas", "chatbots por SMS y WhatsApp", "cuestionarios interactivos sobre oficios"],
      outputs: ["una aplicación de orientación que funciona sin conexión en teléfonos básicos", "un chatbot que responde las preguntas de los jóvenes sobre formación y empleo", "una feria virtual de empleo dos veces al año"],
      problems: [
        "la mayoría de los egresados de la secundaria elige una carrera sin información sobre los empleos a los que conduce",
        "las oficinas públicas de empleo llegan solo a una pequeña parte de los jóvenes que buscan trabajo",
        "hay un orientador por cada varios miles de estudiantes",
      ],
      keywords: ["orientación vocacional", "aplicación móvil", "intermediación laboral", "chatbot", "empleo juvenil", "buscadores de empleo"],
      titles: ["Brújula Vocacional", "Encuentra tu camino", "Orientación en tu bolsillo", "Empleo Joven {city}"],
    },
    pt: {
      sector: "os serviços de emprego jovem",
      skills: ["planeamento da carreira", "elaboração de currículo e preparação para entrevistas", "procura de emprego online", "autoavaliação de interesses e aptidões"],
      jobs: ["conselheiros de orientação", "técnicos de emprego", "mentores pares"],
      tools: ["aplicações móveis gratuitas", "chatbots por SMS e WhatsApp", "questionários interativos sobre profissões"],
      outputs: ["uma aplicação de orientação que funciona offline em telemóveis simples", "um chatbot que responde às perguntas dos jovens sobre formação e emprego", "uma feira virtual de emprego duas vezes por ano"],
      problems: [
        "a maioria dos jovens que saem da escola escolhe um curso sem informação sobre os empregos a que conduz",
        "os centros públicos de emprego chegam apenas a uma pequena parte dos jovens à procura de trabalho",
        "há um conselheiro de orientação para vários milhares de alunos",
      ],
      keywords: ["orientação vocacional", "aplicação móvel", "intermediação", "chatbot", "emprego jovem", "procura de emprego"],
      titles: ["Bússola Profissional", "Encontra o teu caminho", "Orientação no teu bolso", "Emprego Jovem {city}"],
    },
  },
};

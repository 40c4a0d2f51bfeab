import type { Theme } from "./theme.js";

export const disabilityInclusion: Theme = {
  id: "disability-inclusion",
  name: "Inclusive training for persons with disabilities",
  categories: ["social-inclusion", "training-delivery"],
  beneficiaries: ["persons-with-disabilities", "youth", "unemployed"],
  weight: 4,
  wording: {
    en: {
      sector: "inclusive employment",
      skills: ["sign language for the workplace", "assistive technology", "accessible website testing", "job coaching for supported employment"],
      jobs: ["job coaches", "sign language interpreters", "accessibility testers"],
      tools: ["screen readers", "accessible learning materials in Braille and easy-to-read formats", "adapted workstations"],
      outputs: ["a disability-inclusive employer network", "accessible versions of every course in the training centre", "a supported employment service with trained job coaches"],
      problems: [
        "persons with disabilities are three times more likely to be unemployed",
        "training centres are not accessible and instructors have never taught deaf or blind learners",
        "employers are willing to hire persons with disabilities but do not know how to adapt the workplace",
      ],
      keywords: ["disability inclusion", "accessibility", "assistive technology", "sign language", "reasonable accommodation", "supported employment"],
      titles: ["Ability First", "Inclusive Skills {city}", "Nothing About Us Without Us", "Accessible Training for All", "Deaf Talent at Work"],
    },
    fr: {
      sector: "l'emploi inclusif",
      skills: ["langue des signes en milieu professionnel", "technologies d'assistance", "test d'accessibilité des sites web", "accompagnement dans l'emploi"],
      jobs: ["job coachs", "interprètes en langue des signes", "testeurs d'accessibilité"],
      tools: ["lecteurs d'écran", "supports de formation en braille et en facile à lire", "postes de travail adaptés"],
      outputs: ["un réseau d'employeurs engagés pour l'inclusion du handicap", "une version accessible de chaque formation du centre", "un service d'emploi accompagné avec des job coachs formés"],
      problems: [
        "les personnes handicapées ont trois fois plus de risques d'être au chômage",
        "les centres de formation ne sont pas accessibles et les formateurs n'ont jamais enseigné à des apprenants sourds ou aveugles",
        "les employeurs sont prêts à recruter des personnes handicapées mais ne savent pas comment adapter les postes",
      ],
      keywords: ["inclusion du handicap", "accessibilité", "technologies d'assistance", "langue des signes", "aménagement raisonnable", "emploi accompagné"],
      titles: ["Capacités d'abord", "Compétences inclusives à {city}", "Rien sur nous sans nous", "Une formation accessible à tous"],
    },
    es: {
      sector: "el empleo inclusivo",
      skills: ["lengua de señas para el trabajo", "tecnologías de apoyo", "pruebas de accesibilidad web", "acompañamiento en el empleo con apoyo"],
      jobs: ["preparadores laborales", "intérpretes de lengua de señas", "probadores de accesibilidad"],
      tools: ["lectores de pantalla", "materiales en braille y en lectura fácil", "puestos de trabajo adaptados"],
      outputs: ["una red de empresas comprometidas con la inclusión de la discapacidad", "versiones accesibles de todos los cursos del centro", "un servicio de empleo con apoyo con preparadores laborales capacitados"],
      problems: [
        "las personas con discapacidad tienen tres veces más probabilidades de estar desempleadas",
        "los centros de formación no son accesibles y los instructores nunca han enseñado a personas sordas o ciegas",
        "las empresas están dispuestas a contratar a personas con discapacidad pero no saben cómo adaptar los puestos",
      ],
      keywords: ["inclusión de la discapacidad", "accesibilidad", "tecnologías de apoyo", "lengua de señas", "ajustes razonables", "empleo con apoyo"],
      titles: ["Capacidades primero", "Competencias inclusivas en {city}", "Nada sobre nosotros sin nosotros", "Formación accesible para todos"],
    },
    pt: {
      sector: "o emprego inclusivo",
      skills: ["língua gestual para o trabalho", "tecnologias de apoio", "testes de acessibilidade web", "acompanhamento no emprego apoiado"],
      jobs: ["técnicos de emprego apoiado", "intérpretes de língua gestual", "testadores de acessibilidade"],
      tools: ["leitores de ecrã", "materiais em braille e em leitura fácil", "postos de trabalho adaptados"],
      outputs: ["uma rede de empresas comprometidas com a inclusão da deficiência", "versões acessíveis de todos os cursos do centro", "um serviço de emprego apoiado com técnicos formados"],
      problems: [
        "as pessoas com deficiência têm três vezes mais probabilidade de estar desempregadas",
        "os centros de formação não são acessíveis e os formadores nunca ensinaram pessoas surdas ou cegas",
        "as empresas estão dispostas a contratar pessoas com deficiência mas não sabem como adaptar os postos",
      ],
      keywords: ["inclusão da deficiência", "acessibilidade", "tecnologias de apoio", "língua gestual", "adaptações razoáveis", "emprego apoiado"],
      titles: ["Capacidades primeiro", "Competências inclusivas em {city}", "Nada sobre nós sem nós", "Formação acessível para todos"],
    },
  },
};

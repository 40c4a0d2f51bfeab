import type { Theme } from "./theme.js";

export const lifeSkillsNeet: Theme = {
  id: "life-skills-neet",
  name: "Soft skills and life skills for NEET youth",
  categories: ["core-life-skills", "social-inclusion"],
  beneficiaries: ["neet", "youth", "unemployed"],
  weight: 6,
  wording: {
    en: {
      sector: "youth work",
      skills: ["communication and teamwork", "self-confidence and emotional resilience", "financial literacy", "work readiness and punctuality"],
      jobs: ["youth workers", "peer educators", "entry-level employees"],
      tools: ["sports and arts activities", "community volunteering projects", "mentoring circles"],
      outputs: ["a second-chance programme that combines life skills with a first work experience", "a network of trained peer educators in low-income neighbourhoods", "a youth centre that stays open in the evenings and at weekends"],
      problems: [
        "one young person in three is neither in employment nor in education or training",
        "young people from poor neighbourhoods lose their first job because no one taught them what employers expect",
        "school dropouts have little confidence and no network to help them find work",
      ],
      keywords: ["life skills", "soft skills", "NEET", "youth work", "second chance", "resilience"],
      titles: ["Ready for Work", "Second Chance Skills", "Life Skills for {city} Youth", "Confident Youth, Decent Jobs", "Bounce Back"],
    },
    fr: {
      sector: "l'animation socio-éducative",
      skills: ["communication et travail en équipe", "confiance en soi et résilience", "éducation financière", "savoir-être professionnel"],
      jobs: ["animateurs jeunesse", "pairs éducateurs", "employés débutants"],
      tools: ["activités sportives et artistiques", "projets de bénévolat", "cercles de mentorat"],
      outputs: ["un programme de deuxième chance qui associe compétences de vie et première expérience professionnelle", "un réseau de pairs éducateurs formés dans les quartiers populaires", "une maison des jeunes ouverte le soir et le week-end"],
      problems: [
        "un jeune sur trois n'est ni en emploi, ni en études, ni en formation",
        "les jeunes des quartiers pauvres perdent leur premier emploi faute de savoir ce que les employeurs attendent",
        "les jeunes décrocheurs manquent de confiance et n'ont aucun réseau pour trouver du travail",
      ],
      keywords: ["compétences de vie", "savoir-être", "NEET", "jeunesse", "deuxième chance", "résilience"],
      titles: ["Prêts pour l'emploi", "Deuxième chance", "Compétences de vie pour les jeunes de {city}", "Jeunes confiants, emplois décents"],
    },
    es: {
      sector: "el trabajo con jóvenes",
      skills: ["comunicación y trabajo en equipo", "autoestima y resiliencia emocional", "educación financiera", "preparación para el trabajo"],
      jobs: ["promotores juveniles", "educadores pares", "empleados de nivel inicial"],
      tools: ["actividades deportivas y artísticas", "proyectos de voluntariado comunitario", "círculos de mentoría"],
      outputs: ["un programa de segunda oportunidad que combina habilidades para la vida con una primera experiencia laboral", "una red de educadores pares en barrios vulnerables", "un centro juvenil abierto por las tardes y los fines de semana"],
      problems: [
        "uno de cada tres jóvenes ni estudia ni trabaja",
        "los jóvenes de barrios pobres pierden su primer empleo porque nadie les explicó lo que esperan los empleadores",
        "quienes abandonan la escuela tienen poca confianza y ninguna red para encontrar trabajo",
      ],
      keywords: ["habilidades para la vida", "habilidades blandas", "ninis", "juventud", "segunda oportunidad", "resiliencia"],
      titles: ["Listos para trabajar", "Segunda oportunidad", "Habilidades para la vida en {city}", "Jóvenes con confianza, empleos dignos"],
    },
    pt: {
      sector: "o trabalho com jovens",
      skills: ["comunicação e trabalho em equipa", "autoconfiança e resiliência emocional", "literacia financeira", "preparação para o trabalho"],
      jobs: ["animadores juvenis", "educadores de pares", "trabalhadores em início de carreira"],
      tools: ["atividades desportivas e artísticas", "projetos de voluntariado comunitário", "círculos de mentoria"],
      outputs: ["um programa de segunda oportunidade que junta competências para a vida e uma primeira experiência de trabalho", "uma rede de educadores de pares nos bairros mais pobres", "um centro juvenil aberto à noite e aos fins de semana"],
      problems: [
        "um em cada três jovens não estuda nem trabalha",
        "os jovens dos bairros pobres perdem o primeiro emprego porque ninguém lhes explicou o que os empregadores esperam",
        "os jovens que abandonam a escola têm pouca confiança e nenhuma rede para encontrar trabalho",
      ],
      keywords: ["competências para a vida", "soft skills", "jovens NEET", "juventude", "segunda oportunidade", "resiliência"],
      titles: ["Prontos para trabalhar", "Segunda oportunidade", "Competências para a vida em {city}", "Jovens confiantes, empregos dignos"],
    },
  },
};

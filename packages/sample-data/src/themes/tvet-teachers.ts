import type { Theme } from "./theme.js";

export const tvetTeachers: Theme = {
  id: "tvet-teachers",
  name: "Teacher training and TVET quality",
  categories: ["training-delivery", "skills-ecosystem"],
  beneficiaries: ["teachers-trainers", "students"],
  weight: 6,
  wording: {
    en: {
      sector: "technical and vocational education",
      skills: ["competency-based teaching methods", "industry placements for instructors", "curriculum development", "quality assurance and self-assessment of training centres"],
      jobs: ["TVET instructors", "in-company trainers", "training centre managers"],
      tools: ["teacher training workshops", "peer observation of lessons", "updated workshop equipment"],
      outputs: ["a continuous professional development programme for TVET instructors", "a quality label for vocational training centres", "a pool of instructors who spend one month a year in industry"],
      problems: [
        "many TVET instructors have never worked in the trade they teach",
        "curricula in vocational colleges have not been revised for more than ten years",
        "training centres have no system to check the quality of their teaching",
      ],
      keywords: ["TVET", "teacher training", "instructors", "quality assurance", "curriculum reform", "vocational education"],
      titles: ["Teach the Teachers", "Better Instructors, Better Skills", "TVET Quality Initiative", "Industry Placements for Trainers in {city}", "Modern Teaching for Vocational Colleges"],
    },
    fr: {
      sector: "l'enseignement technique et la formation professionnelle",
      skills: ["pédagogie par compétences", "stages en entreprise pour les formateurs", "ingénierie des programmes", "démarche qualité et auto-évaluation des centres de formation"],
      jobs: ["formateurs de l'EFTP", "tuteurs en entreprise", "directeurs de centres de formation"],
      tools: ["ateliers de formation de formateurs", "observations de cours entre pairs", "équipements d'atelier modernisés"],
      outputs: ["un programme de développement professionnel continu pour les formateurs de l'EFTP", "un label qualité pour les centres de formation professionnelle", "un vivier de formateurs qui passent un mois par an en entreprise"],
      problems: [
        "beaucoup de formateurs de l'EFTP n'ont jamais exercé le métier qu'ils enseignent",
        "les programmes des lycées professionnels n'ont pas été révisés depuis plus de dix ans",
        "les centres de formation n'ont aucun dispositif pour vérifier la qualité de leur enseignement",
      ],
      keywords: ["EFTP", "formation des formateurs", "formateurs", "assurance qualité", "réforme des programmes", "formation professionnelle"],
      titles: ["Former les formateurs", "De meilleurs formateurs pour de meilleures compétences", "Qualité de l'EFTP", "Immersion en entreprise pour les formateurs de {city}"],
    },
    es: {
      sector: "la educación y formación técnico profesional",
      skills: ["metodologías de enseñanza por competencias", "pasantías en empresas para instructores", "diseño curricular", "aseguramiento de la calidad y autoevaluación de los centros"],
      jobs: ["instructores de formación técnica", "tutores de empresa", "directores de centros de formación"],
      tools: ["talleres de formación docente", "observación de clases entre pares", "equipamiento de talleres actualizado"],
      outputs: ["un programa de desarrollo profesional continuo para instructores", "un sello de calidad para centros de formación profesional", "un grupo de instructores que pasan un mes al año en la industria"],
      problems: [
        "muchos instructores nunca han trabajado en el oficio que enseñan",
        "los planes de estudio de los institutos técnicos no se han revisado en más de diez años",
        "los centros de formación no tienen ningún sistema para verificar la calidad de su enseñanza",
      ],
      keywords: ["formación técnica", "formación docente", "instructores", "aseguramiento de la calidad", "reforma curricular", "formación profesional"],
      titles: ["Formar a los formadores", "Mejores instructores, mejores competencias", "Calidad en la formación técnica", "Instructores en la industria en {city}"],
    },
    pt: {
      sector: "o ensino técnico e a formação profissional",
      skills: ["metodologias de ensino por competências", "estágios em empresas para formadores", "desenho curricular", "garantia da qualidade e autoavaliação dos centros de formação"],
      jobs: ["formadores do ensino técnico", "tutores de empresa", "diretores de centros de formação"],
      tools: ["oficinas de formação de formadores", "observação de aulas entre pares", "equipamento de oficina atualizado"],
      outputs: ["um programa de desenvolvimento profissional contínuo para formadores", "um selo de qualidade para centros de formação profissional", "um grupo de formadores que passam um mês por ano na indústria"],
      problems: [
        "muitos formadores nunca trabalharam no ofício que ensinam",
        "os currículos das escolas técnicas não são revistos há mais de dez anos",
        "os centros de formação não têm qualquer sistema para verificar a qualidade do ensino",
      ],
      keywords: ["ensino técnico", "formação de formadores", "formadores", "garantia da qualidade", "reforma curricular", "formação profissional"],
      titles: ["Formar os formadores", "Melhores formadores, melhores competências", "Qualidade no ensino técnico", "Formadores na indústria em {city}"],
    },
  },
};

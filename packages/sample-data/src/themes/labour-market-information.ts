import type { Theme } from "./theme.js";

export const labourMarketInformation: Theme = {
  id: "labour-market-information",
  name: "Labour market information systems",
  categories: ["skills-data", "skills-ecosystem"],
  beneficiaries: ["smes-employers", "unemployed", "workers"],
  weight: 5,
  wording: {
    en: {
      sector: "the field of labour market information",
      skills: ["skills needs forecasting", "analysis of online job vacancies", "employer survey design", "data visualisation for policy makers"],
      jobs: ["labour market analysts", "statisticians", "policy officers"],
      tools: ["web-scraped job advertisements", "open data dashboards", "household and enterprise surveys"],
      outputs: ["a regional skills observatory", "an open dashboard of in-demand occupations updated every month", "a skills forecasting model shared with training providers"],
      problems: [
        "training providers plan their courses without any data on the jobs that employers offer",
        "labour statistics are published years late and miss the informal economy",
        "nobody knows which skills will be needed in five years",
      ],
      keywords: ["labour market information", "skills anticipation", "big data", "job vacancies", "forecasting", "observatory"],
      titles: ["Skills Observatory {city}", "Data for Better Skills Decisions", "Reading the Labour Market", "Real-Time Jobs Data", "Anticipating Tomorrow's Skills"],
    },
    fr: {
      sector: "le domaine de l'information sur le marché du travail",
      skills: ["anticipation des besoins en compétences", "analyse des offres d'emploi en ligne", "conception d'enquêtes auprès des employeurs", "visualisation de données pour les décideurs"],
      jobs: ["analystes du marché du travail", "statisticiens", "chargés d'études"],
      tools: ["offres d'emploi collectées sur le web", "tableaux de bord en données ouvertes", "enquêtes auprès des ménages et des entreprises"],
      outputs: ["un observatoire régional de l'emploi et des compétences", "un tableau de bord ouvert des métiers en tension mis à jour chaque mois", "un modèle de prévision des compétences partagé avec les centres de formation"],
      problems: [
        "les centres de formation conçoivent leurs cursus sans aucune donnée sur les emplois offerts",
        "les statistiques du travail sont publiées avec des années de retard et ignorent l'économie informelle",
        "personne ne sait quelles compétences seront nécessaires dans cinq ans",
      ],
      keywords: ["information sur le marché du travail", "anticipation des compétences", "données massives", "offres d'emploi", "prospective", "observatoire"],
      titles: ["Observatoire des compétences de {city}", "Des données pour mieux former", "Lire le marché du travail", "Anticiper les compétences de demain"],
    },
    es: {
      sector: "el ámbito de la información laboral",
      skills: ["anticipación de necesidades de competencias", "análisis de vacantes en línea", "diseño de encuestas a empleadores", "visualización de datos para tomadores de decisión"],
      jobs: ["analistas del mercado laboral", "estadísticos", "técnicos de política pública"],
      tools: ["avisos de empleo extraídos de la web", "tableros de datos abiertos", "encuestas de hogares y de empresas"],
      outputs: ["un observatorio regional de empleo y competencias", "un tablero abierto de ocupaciones demandadas actualizado cada mes", "un modelo de prospectiva de competencias compartido con los centros de formación"],
      problems: [
        "los centros de formación planifican sus cursos sin datos sobre los empleos que ofrecen las empresas",
        "las estadísticas laborales se publican con años de retraso y no captan la economía informal",
        "nadie sabe qué competencias se necesitarán dentro de cinco años",
      ],
      keywords: ["información del mercado laboral", "anticipación de competencias", "big data", "vacantes", "prospectiva", "observatorio laboral"],
      titles: ["Observatorio de competencias de {city}", "Datos para mejores decisiones", "Leer el mercado laboral", "Anticipar las competencias del mañana"],
    },
    pt: {
      sector: "o domínio da informação sobre o mercado de trabalho",
      skills: ["antecipação de necessidades de competências", "análise de ofertas de emprego online", "conceção de inquéritos a empregadores", "visualização de dados para decisores"],
      jobs: ["analistas do mercado de trabalho", "estatísticos", "técnicos de políticas públicas"],
      tools: ["anúncios de emprego recolhidos na web", "painéis de dados abertos", "inquéritos a agregados familiares e empresas"],
      outputs: ["um observatório regional de emprego e competências", "um painel aberto das profissões mais procuradas atualizado todos os meses", "um modelo de previsão de competências partilhado com os centros de formação"],
      problems: [
        "os centros de formação planeiam os cursos sem dados sobre os empregos oferecidos",
        "as estatísticas do trabalho são publicadas com anos de atraso e ignoram a economia informal",
        "ninguém sabe que competências serão necessárias daqui a cinco anos",
      ],
      keywords: ["informação sobre o mercado de trabalho", "antecipação de competências", "big data", "ofertas de emprego", "prospetiva", "observatório"],
      titles: ["Observatório de competências de {city}", "Dados para melhores decisões", "Ler o mercado de trabalho", "Antecipar as competências de amanhã"],
    },
  },
};

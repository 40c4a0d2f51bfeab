import type { Theme } from "./theme.js";

export const fisheries: Theme = {
  id: "fisheries",
  name: "Fisheries, aquaculture and the blue economy",
  categories: ["entrepreneurship", "training-delivery"],
  beneficiaries: ["rural-communities", "informal-economy-workers", "indigenous-peoples"],
  weight: 3,
  wording: {
    en: {
      sector: "the blue economy",
      skills: ["sustainable fishing practices", "fish smoking and cold chain handling", "aquaculture pond management", "boat engine maintenance and sea safety"],
      jobs: ["fish farmers", "seafarers", "fish processors"],
      tools: ["improved fish smoking ovens", "demonstration fish ponds", "GPS and marine radios"],
      outputs: ["a floating classroom that visits fishing villages", "a women-led fish processing cooperative", "a hatchery that trains young fish farmers"],
      problems: [
        "overfishing and climate change are shrinking the catch of small-scale fishers",
        "women fish processors lose much of their product because they lack cold storage",
        "young people in coastal villages see no future in fishing",
      ],
      keywords: ["fisheries", "aquaculture", "blue economy", "fish processing", "coastal communities", "seafarers"],
      titles: ["Blue Skills for Coastal Youth", "From Catch to Market", "Fish Farming Futures", "Sea Safety and Skills in {city}", "Blue Economy Academy"],
    },
    fr: {
      sector: "l'économie bleue",
      skills: ["pêche durable", "fumage du poisson et chaîne du froid", "gestion d'étangs piscicoles", "entretien des moteurs de pirogue et sécurité en mer"],
      jobs: ["pisciculteurs", "marins pêcheurs", "transformatrices de poisson"],
      tools: ["fours de fumage améliorés", "étangs piscicoles de démonstration", "GPS et radios marines"],
      outputs: ["une classe flottante qui se rend dans les villages de pêcheurs", "une coopérative de transformation du poisson dirigée par des femmes", "une écloserie qui forme de jeunes pisciculteurs"],
      problems: [
        "la surpêche et le changement climatique réduisent les prises des pêcheurs artisans",
        "les transformatrices de poisson perdent une grande partie de leurs produits faute de stockage frigorifique",
        "les jeunes des villages côtiers ne voient aucun avenir dans la pêche",
      ],
      keywords: ["pêche", "aquaculture", "économie bleue", "transformation du poisson", "communautés côtières", "pêche artisanale"],
      titles: ["Compétences bleues pour les jeunes du littoral", "De la pêche au marché", "L'avenir de la pisciculture", "Sécurité en mer à {city}"],
    },
    es: {
      sector: "la economía azul",
      skills: ["pesca sostenible", "ahumado de pescado y cadena de frío", "manejo de estanques acuícolas", "mantenimiento de motores fuera de borda y seguridad en el mar"],
      jobs: ["acuicultores", "pescadores embarcados", "procesadoras de pescado"],
      tools: ["hornos mejorados de ahumado", "estanques demostrativos", "GPS y radios marinas"],
      outputs: ["un aula flotante que recorre las caletas de pescadores", "una cooperativa de procesamiento de pescado liderada por mujeres", "un criadero que forma a jóvenes acuicultores"],
      problems: [
        "la sobrepesca y el cambio climático reducen las capturas de los pescadores artesanales",
        "las procesadoras de pescado pierden gran parte del producto por falta de cadena de frío",
        "los jóvenes de las comunidades costeras no ven futuro en la pesca",
      ],
      keywords: ["pesca", "acuicultura", "economía azul", "procesamiento de pescado", "comunidades costeras", "pesca artesanal"],
      titles: ["Competencias azules para la juventud costera", "De la pesca al mercado", "El futuro de la acuicultura", "Seguridad en el mar en {city}"],
    },
    pt: {
      sector: "a economia azul",
      skills: ["pesca sustentável", "fumagem de peixe e cadeia de frio", "gestão de tanques de aquacultura", "manutenção de motores de barco e segurança no mar"],
      jobs: ["aquacultores", "pescadores", "processadoras de pescado"],
      tools: ["fornos de fumagem melhorados", "tanques de demonstração", "GPS e rádios marítimos"],
      outputs: ["uma sala de aula flutuante que visita as aldeias de pescadores", "uma cooperativa de processamento de pescado liderada por mulheres", "uma maternidade de peixes que forma jovens aquacultores"],
      problems: [
        "a sobrepesca e as alterações climáticas estão a reduzir as capturas dos pescadores artesanais",
        "as processadoras de pescado perdem grande parte do produto por falta de frio",
        "os jovens das aldeias costeiras não veem futuro na pesca",
      ],
      keywords: ["pesca", "aquacultura", "economia azul", "processamento de pescado", "comunidades costeiras", "pesca artesanal"],
      titles: ["Competências azuis para jovens do litoral", "Da pesca ao mercado", "O futuro da aquacultura", "Segurança no mar em {city}"],
    },
  },
};

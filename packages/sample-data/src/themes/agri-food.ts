import type { Theme } from "./theme.js";

export const agriFood: Theme = {
  id: "agri-food",
  name: "Agriculture and agri-food value chains",
  categories: ["entrepreneurship", "training-delivery"],
  beneficiaries: ["rural-communities", "youth", "women"],
  weight: 8,
  wording: {
    en: {
      sector: "the agri-food sector",
      skills: ["climate-smart agriculture", "post-harvest handling and storage", "food processing and packaging", "drip irrigation", "poultry and small livestock farming"],
      jobs: ["agricultural extension agents", "food processing operators", "agro-dealers", "farm managers"],
      tools: ["demonstration plots", "solar dryers and small milling machines", "farmer field schools"],
      outputs: ["a cooperative processing unit for cassava and maize", "a network of youth-led farmer field schools", "a market linkage platform that connects smallholders with buyers"],
      problems: [
        "up to 40% of the harvest is lost after it leaves the field",
        "young people leave farming because it offers low incomes and little prospect",
        "smallholder farmers lack the skills to meet the quality standards of food buyers",
      ],
      keywords: ["agriculture", "agribusiness", "value chains", "smallholder farmers", "food processing", "climate-smart agriculture"],
      titles: ["Youth in Agribusiness", "From Farm to Market", "Growing Skills in {city}", "Agripreneurs of Tomorrow", "Smart Farming Skills Initiative"],
    },
    fr: {
      sector: "le secteur agroalimentaire",
      skills: ["agriculture intelligente face au climat", "gestion et conservation post-récolte", "transformation et conditionnement des produits agricoles", "irrigation goutte-à-goutte", "élevage de volailles et de petits ruminants"],
      jobs: ["conseillers agricoles", "opérateurs de transformation agroalimentaire", "distributeurs d'intrants agricoles", "gestionnaires d'exploitation"],
      tools: ["parcelles de démonstration", "séchoirs solaires et petits moulins", "champs-écoles paysans"],
      outputs: ["une unité coopérative de transformation du manioc et du maïs", "un réseau de champs-écoles animés par des jeunes", "une plateforme de mise en marché qui relie les petits producteurs aux acheteurs"],
      problems: [
        "jusqu'à 40 % des récoltes sont perdues après la sortie du champ",
        "les jeunes quittent l'agriculture parce qu'elle offre de faibles revenus et peu de perspectives",
        "les petits producteurs manquent des compétences nécessaires pour respecter les normes de qualité des acheteurs",
      ],
      keywords: ["agriculture", "agrobusiness", "chaînes de valeur", "petits producteurs", "transformation agroalimentaire", "agroécologie"],
      titles: ["Jeunes et agrobusiness", "Du champ au marché", "Cultiver les compétences à {city}", "Agripreneurs de demain"],
    },
    es: {
      sector: "el sector agroalimentario",
      skills: ["agricultura climáticamente inteligente", "manejo poscosecha y almacenamiento", "procesamiento y empaque de alimentos", "riego por goteo", "cría de aves y ganado menor"],
      jobs: ["extensionistas agrícolas", "operarios de procesamiento de alimentos", "comercializadores de insumos agrícolas", "administradores de fincas"],
      tools: ["parcelas demostrativas", "secadores solares y pequeños molinos", "escuelas de campo para agricultores"],
      outputs: ["una planta cooperativa de procesamiento de café y cacao", "una red de escuelas de campo dirigidas por jóvenes", "una plataforma comercial que conecta a pequeños productores con compradores"],
      problems: [
        "hasta el 40 % de la cosecha se pierde después de salir de la parcela",
        "los jóvenes abandonan el campo porque ofrece ingresos bajos y pocas perspectivas",
        "los pequeños productores carecen de las competencias para cumplir las normas de calidad de los compradores",
      ],
      keywords: ["agricultura", "agronegocios", "cadenas de valor", "pequeños productores", "agroindustria", "agricultura sostenible"],
      titles: ["Jóvenes en agronegocios", "Del campo al mercado", "Sembrando competencias en {city}", "Agroemprendedores del mañana"],
    },
    pt: {
      sector: "o setor agroalimentar",
      skills: ["agricultura inteligente face ao clima", "manuseamento pós-colheita e armazenamento", "processamento e embalagem de alimentos", "rega gota a gota", "criação de aves e pequenos ruminantes"],
      jobs: ["extensionistas agrícolas", "operadores de processamento alimentar", "comerciantes de insumos agrícolas", "gestores de exploração agrícola"],
      tools: ["campos de demonstração", "secadores solares e pequenos moinhos", "escolas de campo para agricultores"],
      outputs: ["uma unidade cooperativa de processamento de mandioca e caju", "uma rede de escolas de campo dinamizadas por jovens", "uma plataforma comercial que liga pequenos produtores a compradores"],
      problems: [
        "até 40% da colheita perde-se depois de sair do campo",
        "os jovens abandonam a agricultura porque oferece rendimentos baixos e poucas perspetivas",
        "os pequenos produtores não têm as competências necessárias para cumprir as normas de qualidade dos compradores",
      ],
      keywords: ["agricultura", "agronegócio", "cadeias de valor", "pequenos produtores", "agroindústria", "agricultura sustentável"],
      titles: ["Jovens no agronegócio", "Do campo ao mercado", "Cultivar competências em {city}", "Agroempreendedores do futuro"],
    },
  },
};

import type { Theme } from "./theme.js";

export const creativeIndustries: Theme = {
  id: "creative-industries",
  name: "Creative and cultural industries",
  categories: ["entrepreneurship", "core-life-skills"],
  beneficiaries: ["youth", "women", "indigenous-peoples"],
  weight: 4,
  wording: {
    en: {
      sector: "the creative industries",
      skills: ["video production and editing", "music production", "fashion design and garment making", "traditional crafts and product design", "graphic design and animation"],
      jobs: ["video editors", "sound engineers", "fashion designers", "artisans"],
      tools: ["shared recording studios", "digital cameras and editing suites", "e-commerce platforms for handmade products"],
      outputs: ["a creative hub with a recording studio and a maker space", "an online shop for artisans' products", "a yearly showcase where young creatives meet buyers and producers"],
      problems: [
        "talented young artists cannot turn their work into a stable income",
        "traditional craft skills are disappearing as older artisans retire",
        "the film and music industry grows quickly but has almost no formal training",
      ],
      keywords: ["creative economy", "culture", "crafts", "music", "film", "fashion"],
      titles: ["Creative Futures", "Crafting Livelihoods", "Studio {city}", "From Talent to Income", "Heritage Crafts Academy"],
    },
    fr: {
      sector: "les industries culturelles et créatives",
      skills: ["production et montage vidéo", "production musicale", "stylisme et confection", "artisanat traditionnel et design de produits", "graphisme et animation"],
      jobs: ["monteurs vidéo", "ingénieurs du son", "stylistes", "artisans"],
      tools: ["studios d'enregistrement partagés", "caméras numériques et stations de montage", "plateformes de vente en ligne pour les produits artisanaux"],
      outputs: ["un pôle créatif avec un studio d'enregistrement et un fablab", "une boutique en ligne pour les produits des artisans", "une vitrine annuelle où les jeunes créateurs rencontrent acheteurs et producteurs"],
      problems: [
        "les jeunes artistes talentueux n'arrivent pas à vivre de leur travail",
        "les savoir-faire artisanaux traditionnels disparaissent à mesure que les anciens prennent leur retraite",
        "le cinéma et la musique se développent vite mais n'offrent presque aucune formation formelle",
      ],
      keywords: ["économie créative", "culture", "artisanat", "musique", "cinéma", "mode"],
      titles: ["Avenirs créatifs", "Vivre de son art", "Studio {city}", "Du talent au revenu", "Académie des métiers d'art"],
    },
    es: {
      sector: "las industrias culturales y creativas",
      skills: ["producción y edición de video", "producción musical", "diseño de modas y confección", "artesanía tradicional y diseño de producto", "diseño gráfico y animación"],
      jobs: ["editores de video", "ingenieros de sonido", "diseñadores de moda", "artesanos"],
      tools: ["estudios de grabación compartidos", "cámaras digitales y equipos de edición", "plataformas de comercio electrónico para productos artesanales"],
      outputs: ["un centro creativo con estudio de grabación y taller de fabricación", "una tienda en línea para los productos de los artesanos", "una muestra anual donde los jóvenes creadores se encuentran con compradores y productores"],
      problems: [
        "los jóvenes artistas con talento no logran vivir de su trabajo",
        "los saberes artesanales tradicionales desaparecen a medida que los maestros mayores se retiran",
        "el cine y la música crecen rápido pero casi no ofrecen formación formal",
      ],
      keywords: ["economía creativa", "cultura", "artesanía", "música", "cine", "moda"],
      titles: ["Futuros creativos", "Vivir del arte", "Estudio {city}", "Del talento al ingreso", "Escuela de oficios artesanales"],
    },
    pt: {
      sector: "as indústrias culturais e criativas",
      skills: ["produção e edição de vídeo", "produção musical", "design de moda e confeção", "artesanato tradicional e design de produto", "design gráfico e animação"],
      jobs: ["editores de vídeo", "técnicos de som", "designers de moda", "artesãos"],
      tools: ["estúdios de gravação partilhados", "câmaras digitais e estações de edição", "plataformas de comércio eletrónico para produtos artesanais"],
      outputs: ["um centro criativo com estúdio de gravação e oficina de fabrico", "uma loja online para os produtos dos artesãos", "uma mostra anual onde os jovens criadores encontram compradores e produtores"],
      problems: [
        "os jovens artistas talentosos não conseguem viver do seu trabalho",
        "os saberes artesanais tradicionais estão a desaparecer à medida que os mestres mais velhos se reformam",
        "o cinema e a música crescem depressa mas quase não têm formação formal",
      ],
      keywords: ["economia criativa", "cultura", "artesanato", "música", "cinema", "moda"],
      titles: ["Futuros criativos", "Viver da arte", "Estúdio {city}", "Do talento ao rendimento", "Escola de ofícios artesanais"],
    },
  },
};

import type { Theme } from "./theme.js";

export const tourism: Theme = {
  id: "tourism",
  name: "Tourism and hospitality",
  categories: ["work-based-learning", "entrepreneurship"],
  beneficiaries: ["youth", "women", "smes-employers"],
  weight: 5,
  wording: {
    en: {
      sector: "the tourism and hospitality sector",
      skills: ["hotel front office operations", "professional cooking", "tour guiding", "food safety and hygiene", "customer service in foreign languages"],
      jobs: ["chefs", "tour guides", "hotel receptionists", "housekeeping supervisors"],
      tools: ["training restaurants open to the public", "partner hotels and guesthouses", "booking software"],
      outputs: ["a training hotel run by students", "a community-based tourism circuit managed by local guides", "a hospitality job board shared by partner hotels"],
      problems: [
        "tourism is recovering after the pandemic but hotels cannot find trained staff",
        "small guesthouses lose customers because of poor service and hygiene",
        "local communities earn little from the visitors who come to their region",
      ],
      keywords: ["tourism", "hospitality", "hotels", "culinary arts", "ecotourism", "customer service"],
      titles: ["Hospitality Skills for {city}", "Welcome Skills", "Community Tourism Guides", "Kitchen to Career", "Sustainable Tourism Academy"],
    },
    fr: {
      sector: "le secteur du tourisme et de l'hôtellerie",
      skills: ["réception hôtelière", "cuisine professionnelle", "guidage touristique", "hygiène et sécurité alimentaire", "accueil de la clientèle en langues étrangères"],
      jobs: ["cuisiniers", "guides touristiques", "réceptionnistes", "gouvernants d'hôtel"],
      tools: ["restaurants d'application ouverts au public", "hôtels et maisons d'hôtes partenaires", "logiciels de réservation"],
      outputs: ["un hôtel d'application géré par les apprenants", "un circuit de tourisme communautaire animé par des guides locaux", "une bourse de l'emploi hôtelier partagée par les hôtels partenaires"],
      problems: [
        "le tourisme repart après la pandémie mais les hôtels ne trouvent pas de personnel formé",
        "les petites maisons d'hôtes perdent des clients à cause d'un service et d'une hygiène insuffisants",
        "les communautés locales tirent peu de revenus des visiteurs qui viennent dans leur région",
      ],
      keywords: ["tourisme", "hôtellerie", "restauration", "arts culinaires", "écotourisme", "accueil"],
      titles: ["Métiers de l'hôtellerie à {city}", "Former pour mieux accueillir", "Guides du tourisme communautaire", "De la cuisine à l'emploi"],
    },
    es: {
      sector: "el sector del turismo y la hostelería",
      skills: ["recepción hotelera", "cocina profesional", "guianza turística", "higiene y seguridad alimentaria", "atención al cliente en idiomas extranjeros"],
      jobs: ["cocineros", "guías de turismo", "recepcionistas de hotel", "supervisores de pisos"],
      tools: ["restaurantes escuela abiertos al público", "hoteles y hostales aliados", "programas de reservas"],
      outputs: ["un hotel escuela gestionado por los estudiantes", "un circuito de turismo comunitario gestionado por guías locales", "una bolsa de empleo hotelero compartida por los hoteles aliados"],
      problems: [
        "el turismo se recupera tras la pandemia pero los hoteles no encuentran personal capacitado",
        "los pequeños hostales pierden clientes por un servicio y una higiene deficientes",
        "las comunidades locales obtienen pocos ingresos de los visitantes que llegan a su región",
      ],
      keywords: ["turismo", "hostelería", "hotelería", "gastronomía", "ecoturismo", "atención al cliente"],
      titles: ["Competencias turísticas para {city}", "Bienvenida con calidad", "Guías de turismo comunitario", "De la cocina al empleo"],
    },
    pt: {
      sector: "o setor do turismo e da hotelaria",
      skills: ["receção hoteleira", "cozinha profissional", "guia turístico", "higiene e segurança alimentar", "atendimento ao cliente em línguas estrangeiras"],
      jobs: ["cozinheiros", "guias turísticos", "rececionistas de hotel", "governantes de andares"],
      tools: ["restaurantes de aplicação abertos ao público", "hotéis e pousadas parceiros", "programas de reservas"],
      outputs: ["um hotel-escola gerido pelos formandos", "um circuito de turismo comunitário gerido por guias locais", "uma bolsa de emprego hoteleiro partilhada pelos hotéis parceiros"],
      problems: [
        "o turismo está a recuperar depois da pandemia mas os hotéis não encontram pessoal formado",
        "as pequenas pousadas perdem clientes por causa de um serviço e de uma higiene deficientes",
        "as comunidades locais ganham pouco com os visitantes que chegam à sua região",
      ],
      keywords: ["turismo", "hotelaria", "restauração", "gastronomia", "ecoturismo", "atendimento ao cliente"],
      titles: ["Competências turísticas para {city}", "Receber com qualidade", "Guias de turismo comunitário", "Da cozinha ao emprego"],
    },
  },
};

import type { Theme } from "./theme.js";

export const informalEconomy: Theme = {
  id: "informal-economy",
  name: "Upgrading skills in the informal economy",
  categories: ["rpl-certification", "entrepreneurship"],
  beneficiaries: ["informal-economy-workers", "women", "low-skilled-adults"],
  weight: 6,
  wording: {
    en: {
      sector: "the informal economy",
      skills: ["basic bookkeeping", "product quality and pricing", "mobile money and digital payments", "occupational health for street vendors"],
      jobs: ["registered market traders", "self-employed artisans", "members of workers' cooperatives"],
      tools: ["evening classes in market halls", "mobile money accounts", "pictorial record books"],
      outputs: ["a savings and skills group for market women", "a simplified registration desk for informal businesses", "a cooperative that gives street vendors access to social protection"],
      problems: [
        "eight in ten workers earn their living in the informal economy without any social protection",
        "market traders and street vendors have never had access to formal training",
        "informal businesses stay small because owners lack basic management skills",
      ],
      keywords: ["informal economy", "formalization", "street vendors", "market traders", "social protection", "cooperatives"],
      titles: ["From Informal to Formal", "Market Skills for Traders in {city}", "Stronger Together: Cooperatives of Informal Workers", "Skills for Street Vendors", "Decent Work in the Informal Economy"],
    },
    fr: {
      sector: "l'économie informelle",
      skills: ["comptabilité simplifiée", "qualité et fixation des prix", "paiement mobile et services financiers numériques", "santé au travail pour les vendeurs de rue"],
      jobs: ["commerçants enregistrés", "artisans indépendants", "membres de coopératives de travailleurs"],
      tools: ["cours du soir dans les marchés", "comptes de mobile money", "cahiers de gestion illustrés"],
      outputs: ["un groupe d'épargne et de formation pour les commerçantes", "un guichet simplifié d'immatriculation des entreprises informelles", "une coopérative qui ouvre aux vendeurs de rue l'accès à la protection sociale"],
      problems: [
        "huit travailleurs sur dix gagnent leur vie dans l'économie informelle sans aucune protection sociale",
        "les commerçants et les vendeurs de rue n'ont jamais eu accès à une formation formelle",
        "les entreprises informelles restent petites faute de compétences de gestion de base",
      ],
      keywords: ["économie informelle", "formalisation", "vendeurs de rue", "commerçants", "protection sociale", "coopératives"],
      titles: ["De l'informel au formel", "Compétences pour les commerçants de {city}", "Plus forts ensemble : coopératives de travailleurs informels", "Travail décent dans l'économie informelle"],
    },
    es: {
      sector: "la economía informal",
      skills: ["contabilidad básica", "calidad y fijación de precios", "dinero móvil y pagos digitales", "salud ocupacional para vendedores ambulantes"],
      jobs: ["comerciantes formalizados", "artesanos independientes", "socios de cooperativas de trabajo"],
      tools: ["clases nocturnas en los mercados", "cuentas de dinero móvil", "cuadernos de registro ilustrados"],
      outputs: ["un grupo de ahorro y formación para comerciantes de mercado", "una ventanilla simplificada de registro para negocios informales", "una cooperativa que da a los vendedores ambulantes acceso a la protección social"],
      problems: [
        "ocho de cada diez trabajadores se ganan la vida en la economía informal sin ninguna protección social",
        "los comerciantes y vendedores ambulantes nunca han tenido acceso a formación formal",
        "los negocios informales no crecen porque sus dueños carecen de competencias básicas de gestión",
      ],
      keywords: ["economía informal", "formalización", "vendedores ambulantes", "comerciantes", "protección social", "cooperativas"],
      titles: ["De lo informal a lo formal", "Competencias para comerciantes de {city}", "Más fuertes juntos: cooperativas de trabajadores informales", "Trabajo decente en la economía informal"],
    },
    pt: {
      sector: "a economia informal",
      skills: ["contabilidade básica", "qualidade e fixação de preços", "dinheiro móvel e pagamentos digitais", "saúde ocupacional para vendedores de rua"],
      jobs: ["comerciantes registados", "artesãos independentes", "membros de cooperativas de trabalhadores"],
      tools: ["aulas noturnas nos mercados", "contas de dinheiro móvel", "cadernos de registo ilustrados"],
      outputs: ["um grupo de poupança e formação para comerciantes dos mercados", "um balcão simplificado de registo para negócios informais", "uma cooperativa que dá aos vendedores de rua acesso à proteção social"],
      problems: [
        "oito em cada dez trabalhadores ganham a vida na economia informal sem qualquer proteção social",
        "os comerciantes e vendedores de rua nunca tiveram acesso a formação formal",
        "os negócios informais não crescem porque os donos não têm competências básicas de gestão",
      ],
      keywords: ["economia informal", "formalização", "vendedores de rua", "comerciantes", "proteção social", "cooperativas"],
      titles: ["Do informal ao formal", "Competências para os comerciantes de {city}", "Mais fortes juntos: cooperativas de trabalhadores informais", "Trabalho digno na economia informal"],
    },
  },
};

import type { Theme } from "./theme.js";

export const mining: Theme = {
  id: "mining",
  name: "Mining and extractive industries",
  categories: ["work-based-learning", "skills-ecosystem"],
  beneficiaries: ["workers", "rural-communities", "indigenous-peoples"],
  weight: 3,
  wording: {
    en: {
      sector: "the mining industry",
      skills: ["heavy equipment operation", "mine safety and rescue", "environmental rehabilitation of mine sites", "safer artisanal gold processing without mercury"],
      jobs: ["heavy equipment operators", "mine safety officers", "maintenance fitters"],
      tools: ["excavator simulators", "mercury-free gold processing kits", "underground safety drills"],
      outputs: ["a local content training centre run with the mining companies", "a certification path for artisanal miners", "a skills plan for mine closure that prepares workers for other jobs"],
      problems: [
        "mining companies bring skilled workers from abroad because local people lack qualifications",
        "artisanal miners work in dangerous conditions and use mercury",
        "communities near the mines see few of the jobs the industry creates",
      ],
      keywords: ["mining", "extractive industries", "artisanal mining", "local content", "mine safety", "heavy equipment"],
      titles: ["Local Skills for Mining Jobs", "Safe and Skilled Miners", "Beyond the Mine", "Mining Skills Centre {city}", "Mercury-Free Gold"],
    },
    fr: {
      sector: "le secteur minier",
      skills: ["conduite d'engins lourds", "sécurité et sauvetage miniers", "réhabilitation environnementale des sites miniers", "traitement artisanal de l'or sans mercure"],
      jobs: ["conducteurs d'engins", "responsables de la sécurité minière", "mécaniciens de maintenance"],
      tools: ["simulateurs de pelles hydrauliques", "kits de traitement de l'or sans mercure", "exercices de sécurité en galerie"],
      outputs: ["un centre de formation au contenu local géré avec les sociétés minières", "un parcours de certification pour les orpailleurs", "un plan de compétences pour l'après-mine qui prépare les travailleurs à d'autres métiers"],
      problems: [
        "les sociétés minières font venir des travailleurs qualifiés de l'étranger faute de main-d'œuvre locale qualifiée",
        "les orpailleurs travaillent dans des conditions dangereuses et utilisent du mercure",
        "les communautés riveraines des mines profitent peu des emplois créés par le secteur",
      ],
      keywords: ["mines", "industries extractives", "orpaillage", "contenu local", "sécurité minière", "engins lourds"],
      titles: ["Compétences locales pour les emplois miniers", "Des mineurs formés et en sécurité", "Après la mine", "Centre des métiers de la mine de {city}"],
    },
    es: {
      sector: "el sector minero",
      skills: ["operación de maquinaria pesada", "seguridad y rescate minero", "rehabilitación ambiental de zonas mineras", "beneficio artesanal de oro sin mercurio"],
      jobs: ["operadores de maquinaria pesada", "supervisores de seguridad minera", "mecánicos de mantenimiento"],
      tools: ["simuladores de excavadoras", "kits de beneficio de oro sin mercurio", "simulacros de seguridad en socavón"],
      outputs: ["un centro de formación en contenido local gestionado con las empresas mineras", "una ruta de certificación para mineros artesanales", "un plan de competencias para el cierre de minas que prepara a los trabajadores para otros empleos"],
      problems: [
        "las empresas mineras traen trabajadores calificados del exterior porque la población local carece de formación",
        "los mineros artesanales trabajan en condiciones peligrosas y usan mercurio",
        "las comunidades cercanas a las minas acceden a pocos de los empleos que crea la industria",
      ],
      keywords: ["minería", "industrias extractivas", "minería artesanal", "contenido local", "seguridad minera", "maquinaria pesada"],
      titles: ["Competencias locales para la minería", "Mineros seguros y calificados", "Más allá de la mina", "Centro de formación minera de {city}"],
    },
    pt: {
      sector: "o setor mineiro",
      skills: ["operação de máquinas pesadas", "segurança e salvamento mineiro", "recuperação ambiental de zonas mineiras", "processamento artesanal de ouro sem mercúrio"],
      jobs: ["operadores de máquinas pesadas", "técnicos de segurança mineira", "mecânicos de manutenção"],
      tools: ["simuladores de escavadoras", "kits de processamento de ouro sem mercúrio", "simulacros de segurança subterrânea"],
      outputs: ["um centro de formação em conteúdo local gerido com as empresas mineiras", "um percurso de certificação para mineiros artesanais", "um plano de competências para o fecho das minas que prepara os trabalhadores para outros empregos"],
      problems: [
        "as empresas mineiras trazem trabalhadores qualificados do estrangeiro porque a população local não tem qualificações",
        "os mineiros artesanais trabalham em condições perigosas e usam mercúrio",
        "as comunidades vizinhas das minas têm acesso a poucos dos empregos criados pelo setor",
      ],
      keywords: ["mineração", "indústrias extrativas", "mineração artesanal", "conteúdo local", "segurança mineira", "máquinas pesadas"],
      titles: ["Competências locais para a mineração", "Mineiros seguros e qualificados", "Para além da mina", "Centro de formação mineira de {city}"],
    },
  },
};

import type { Theme } from "./theme.js";

export const digitalSkills: Theme = {
  id: "digital-skills",
  name: "Digital skills and online platforms",
  categories: ["training-delivery", "core-life-skills"],
  beneficiaries: ["youth", "students", "unemployed"],
  weight: 7,
  wording: {
    en: {
      sector: "the digital economy",
      skills: ["basic computer literacy", "web development", "digital marketing", "online freelancing", "mobile app development"],
      jobs: ["junior web developers", "digital marketers", "IT support technicians", "online freelancers"],
      tools: ["shared computer labs", "low-bandwidth e-learning modules", "open-source coding platforms"],
      outputs: ["a community coding bootcamp", "an online platform that connects trainees with remote work", "a network of digital skills hubs in public libraries"],
      problems: [
        "fewer than one in five young people has ever used a computer for work",
        "employers struggle to find staff with even basic digital skills",
        "the fast growth of online work has left most jobseekers behind",
      ],
      keywords: ["digital skills", "coding", "e-learning", "online work", "ICT", "digital literacy"],
      titles: ["Code for Change", "Digital Skills for All", "Bridging the Digital Divide in {city}", "{city} Digital Academy", "Online Work Readiness Programme"],
    },
    fr: {
      sector: "l'économie numérique",
      skills: ["bureautique et informatique de base", "développement web", "marketing digital", "travail indépendant en ligne", "développement d'applications mobiles"],
      jobs: ["développeurs web", "community managers", "techniciens de maintenance informatique", "travailleurs indépendants en ligne"],
      tools: ["salles informatiques partagées", "modules de e-learning à faible bande passante", "plateformes de programmation libres"],
      outputs: ["un bootcamp de programmation communautaire", "une plateforme en ligne qui met en relation les apprenants et les offres de travail à distance", "un réseau d'espaces numériques dans les bibliothèques publiques"],
      problems: [
        "moins d'un jeune sur cinq a déjà utilisé un ordinateur dans un cadre professionnel",
        "les employeurs peinent à recruter du personnel maîtrisant les compétences numériques de base",
        "la croissance rapide du travail en ligne laisse de côté la plupart des demandeurs d'emploi",
      ],
      keywords: ["compétences numériques", "programmation", "e-learning", "travail en ligne", "TIC", "inclusion numérique"],
      titles: ["Coder pour l'avenir", "Compétences numériques pour tous", "Réduire la fracture numérique à {city}", "Académie du numérique de {city}"],
    },
    es: {
      sector: "la economía digital",
      skills: ["alfabetización digital", "desarrollo web", "marketing digital", "trabajo independiente en línea", "desarrollo de aplicaciones móviles"],
      jobs: ["desarrolladores web junior", "especialistas en marketing digital", "técnicos de soporte informático", "trabajadores independientes en línea"],
      tools: ["salas de cómputo compartidas", "módulos de aprendizaje en línea de bajo consumo de datos", "plataformas de programación de código abierto"],
      outputs: ["un bootcamp comunitario de programación", "una plataforma en línea que conecta a los participantes con trabajos remotos", "una red de centros digitales en bibliotecas públicas"],
      problems: [
        "menos de uno de cada cinco jóvenes ha usado una computadora para trabajar",
        "los empleadores no encuentran personal con competencias digitales básicas",
        "el rápido crecimiento del trabajo en línea ha dejado atrás a la mayoría de quienes buscan empleo",
      ],
      keywords: ["competencias digitales", "programación", "aprendizaje en línea", "trabajo remoto", "TIC", "inclusión digital"],
      titles: ["Programa tu futuro", "Competencias digitales para todos", "Cerrando la brecha digital en {city}", "Academia digital de {city}"],
    },
    pt: {
      sector: "a economia digital",
      skills: ["literacia digital", "desenvolvimento web", "marketing digital", "trabalho independente online", "desenvolvimento de aplicações móveis"],
      jobs: ["programadores web", "profissionais de marketing digital", "técnicos de suporte informático", "trabalhadores independentes online"],
      tools: ["salas de informática partilhadas", "módulos de ensino a distância de baixo consumo de dados", "plataformas de programação de código aberto"],
      outputs: ["um bootcamp comunitário de programação", "uma plataforma online que liga os formandos a trabalho remoto", "uma rede de centros digitais em bibliotecas públicas"],
      problems: [
        "menos de um em cada cinco jovens já usou um computador para trabalhar",
        "os empregadores não encontram pessoal com competências digitais básicas",
        "o crescimento rápido do trabalho online deixou para trás a maioria dos candidatos a emprego",
      ],
      keywords: ["competências digitais", "programação", "ensino a distância", "trabalho remoto", "TIC", "inclusão digital"],
      titles: ["Programar para mudar", "Competências digitais para todos", "Reduzir a exclusão digital em {city}", "Academia digital de {city}"],
    },
  },
};

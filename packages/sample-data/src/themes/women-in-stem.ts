import type { Theme } from "./theme.js";

export const womenInStem: Theme = {
  id: "women-in-stem",
  name: "Women in science, technology and engineering",
  categories: ["social-inclusion", "career-guidance"],
  beneficiaries: ["women", "students", "youth"],
  weight: 5,
  wording: {
    en: {
      sector: "science, technology and engineering careers",
      skills: ["electronics and robotics", "data analysis", "engineering drawing and CAD", "software testing"],
      jobs: ["engineering technicians", "data analysts", "software testers", "laboratory technicians"],
      tools: ["robotics kits", "girls-only coding clubs", "science fairs and industry visits"],
      outputs: ["a mentoring network of women engineers", "STEM clubs for girls in secondary schools", "a scholarship scheme for young women entering technical courses"],
      problems: [
        "fewer than one in five engineering students are women",
        "girls drop science subjects early because of stereotypes and a lack of role models",
        "technical colleges are not safe or welcoming places for young women",
      ],
      keywords: ["STEM", "women in tech", "gender equality", "engineering", "girls' education", "role models"],
      titles: ["Girls Who Engineer", "Women in STEM {city}", "She Codes, She Builds", "Breaking Stereotypes in Technical Careers", "Future Female Engineers"],
    },
    fr: {
      sector: "les métiers scientifiques et techniques",
      skills: ["électronique et robotique", "analyse de données", "dessin technique et CAO", "test de logiciels"],
      jobs: ["techniciennes et techniciens en ingénierie", "analystes de données", "testeurs de logiciels", "techniciens de laboratoire"],
      tools: ["kits de robotique", "clubs de programmation réservés aux filles", "salons scientifiques et visites d'entreprises"],
      outputs: ["un réseau de mentorat de femmes ingénieures", "des clubs STIM pour les filles dans les lycées", "un programme de bourses pour les jeunes femmes qui entrent en filière technique"],
      problems: [
        "moins d'un étudiant en ingénierie sur cinq est une femme",
        "les filles abandonnent tôt les matières scientifiques à cause des stéréotypes et du manque de modèles",
        "les lycées techniques ne sont ni sûrs ni accueillants pour les jeunes femmes",
      ],
      keywords: ["STIM", "femmes et technologie", "égalité de genre", "ingénierie", "éducation des filles", "modèles féminins"],
      titles: ["Les filles ingénieures", "Femmes et sciences à {city}", "Elles codent, elles construisent", "Briser les stéréotypes dans les métiers techniques"],
    },
    es: {
      sector: "las carreras científicas y tecnológicas",
      skills: ["electrónica y robótica", "análisis de datos", "dibujo técnico y CAD", "pruebas de software"],
      jobs: ["técnicas en ingeniería", "analistas de datos", "probadoras de software", "técnicas de laboratorio"],
      tools: ["kits de robótica", "clubes de programación para niñas", "ferias de ciencia y visitas a empresas"],
      outputs: ["una red de mentoría de mujeres ingenieras", "clubes STEM para niñas en la secundaria", "un programa de becas para jóvenes que ingresan a carreras técnicas"],
      problems: [
        "menos de una de cada cinco personas que estudian ingeniería es mujer",
        "las niñas abandonan pronto las ciencias por los estereotipos y la falta de referentes",
        "los institutos técnicos no son espacios seguros ni acogedores para las jóvenes",
      ],
      keywords: ["STEM", "mujeres en tecnología", "igualdad de género", "ingeniería", "educación de las niñas", "referentes femeninos"],
      titles: ["Niñas que hacen ingeniería", "Mujeres en STEM en {city}", "Ellas programan, ellas construyen", "Rompiendo estereotipos en carreras técnicas"],
    },
    pt: {
      sector: "as carreiras científicas e tecnológicas",
      skills: ["eletrónica e robótica", "análise de dados", "desenho técnico e CAD", "testes de software"],
      jobs: ["técnicas de engenharia", "analistas de dados", "testadoras de software", "técnicas de laboratório"],
      tools: ["kits de robótica", "clubes de programação para raparigas", "feiras de ciência e visitas a empresas"],
      outputs: ["uma rede de mentoria de mulheres engenheiras", "clubes STEM para raparigas no ensino secundário", "um programa de bolsas para jovens mulheres que entram em cursos técnicos"],
      problems: [
        "menos de uma em cada cinco pessoas que estudam engenharia é mulher",
        "as raparigas abandonam cedo as ciências por causa dos estereótipos e da falta de referências",
        "as escolas técnicas não são espaços seguros nem acolhedores para as jovens",
      ],
      keywords: ["STEM", "mulheres na tecnologia", "igualdade de género", "engenharia", "educação das raparigas", "referências femininas"],
      titles: ["Raparigas na engenharia", "Mulheres em STEM em {city}", "Elas programam, elas constroem", "Quebrar estereótipos nas carreiras técnicas"],
    },
  },
};

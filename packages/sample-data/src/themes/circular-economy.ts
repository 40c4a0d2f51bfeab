import type { Theme } from "./theme.js";

export const circularEconomy: Theme = {
  id: "circular-economy",
  name: "Circular economy, waste and recycling",
  categories: ["entrepreneurship", "social-inclusion"],
  beneficiaries: ["informal-economy-workers", "women", "youth"],
  weight: 4,
  wording: {
    en: {
      sector: "the waste and recycling sector",
      skills: ["plastic waste sorting and recycling", "electronic waste repair and dismantling", "composting", "upcycling of textiles"],
      jobs: ["recycling technicians", "electronics repairers", "waste collection entrepreneurs"],
      tools: ["plastic shredders and moulding machines", "e-waste repair benches", "community composting sites"],
      outputs: ["a recycling cooperative of former waste pickers", "a repair café that trains young people to fix phones and appliances", "a partnership with the city to buy sorted waste from trained collectors"],
      problems: [
        "waste pickers collect most of the city's recyclables but earn very little and face health risks",
        "piles of plastic and electronic waste grow every year without any local recycling industry",
        "repair skills are disappearing even though broken devices could be fixed",
      ],
      keywords: ["circular economy", "recycling", "waste pickers", "e-waste", "plastic", "repair"],
      titles: ["Waste to Wealth", "Circular Skills {city}", "Repair, Reuse, Recycle", "Green Livelihoods from Waste", "The Repair Academy"],
    },
    fr: {
      sector: "le secteur des déchets et du recyclage",
      skills: ["tri et recyclage des déchets plastiques", "réparation et démantèlement des déchets électroniques", "compostage", "surcyclage des textiles"],
      jobs: ["techniciens du recyclage", "réparateurs d'appareils électroniques", "entrepreneurs de la collecte des déchets"],
      tools: ["broyeurs et presses à injecter le plastique", "établis de réparation électronique", "plateformes de compostage de quartier"],
      outputs: ["une coopérative de recyclage d'anciens récupérateurs de déchets", "un repair café qui apprend aux jeunes à réparer téléphones et appareils", "un partenariat avec la ville pour racheter les déchets triés par les collecteurs formés"],
      problems: [
        "les récupérateurs collectent l'essentiel des déchets recyclables de la ville mais gagnent très peu et s'exposent à des risques sanitaires",
        "les montagnes de déchets plastiques et électroniques grossissent chaque année sans aucune filière locale de recyclage",
        "les savoir-faire de réparation disparaissent alors que les appareils pourraient être réparés",
      ],
      keywords: ["économie circulaire", "recyclage", "récupérateurs", "déchets électroniques", "plastique", "réparation"],
      titles: ["Des déchets à la richesse", "Compétences circulaires à {city}", "Réparer, réutiliser, recycler", "Emplois verts issus des déchets"],
    },
    es: {
      sector: "el sector de los residuos y el reciclaje",
      skills: ["clasificación y reciclaje de plásticos", "reparación y desmontaje de residuos electrónicos", "compostaje", "reutilización creativa de textiles"],
      jobs: ["técnicos de reciclaje", "reparadores de aparatos electrónicos", "emprendedores de recolección de residuos"],
      tools: ["trituradoras y moldeadoras de plástico", "bancos de reparación electrónica", "composteras comunitarias"],
      outputs: ["una cooperativa de reciclaje de recicladores de base", "un taller de reparación que enseña a los jóvenes a arreglar teléfonos y electrodomésticos", "un acuerdo con el municipio para comprar los residuos clasificados por recolectores capacitados"],
      problems: [
        "los recicladores de base recogen la mayor parte de los materiales reciclables de la ciudad pero ganan muy poco y corren riesgos para su salud",
        "los residuos plásticos y electrónicos crecen cada año sin una industria local de reciclaje",
        "los oficios de reparación desaparecen aunque los aparatos podrían arreglarse",
      ],
      keywords: ["economía circular", "reciclaje", "recicladores de base", "residuos electrónicos", "plástico", "reparación"],
      titles: ["De residuo a recurso", "Competencias circulares en {city}", "Reparar, reutilizar, reciclar", "Empleos verdes desde los residuos"],
    },
    pt: {
      sector: "o setor dos resíduos e da reciclagem",
      skills: ["triagem e reciclagem de plásticos", "reparação e desmontagem de resíduos eletrónicos", "compostagem", "reaproveitamento de têxteis"],
      jobs: ["técnicos de reciclagem", "reparadores de aparelhos eletrónicos", "empreendedores da recolha de resíduos"],
      tools: ["trituradoras e moldadoras de plástico", "bancadas de reparação eletrónica", "compostores comunitários"],
      outputs: ["uma cooperativa de reciclagem de catadores", "uma oficina de reparação que ensina os jovens a arranjar telemóveis e eletrodomésticos", "um acordo com a câmara municipal para comprar os resíduos triados por recolhedores formados"],
      problems: [
        "os catadores recolhem a maior parte dos recicláveis da cidade mas ganham muito pouco e correm riscos de saúde",
        "os resíduos plásticos e eletrónicos aumentam todos os anos sem uma indústria local de reciclagem",
        "os ofícios de reparação estão a desaparecer embora os aparelhos pudessem ser arranjados",
      ],
      keywords: ["economia circular", "reciclagem", "catadores", "resíduos eletrónicos", "plástico", "reparação"],
      titles: ["Do lixo ao valor", "Competências circulares em {city}", "Reparar, reutilizar, reciclar", "Empregos verdes a partir dos resíduos"],
    },
  },
};

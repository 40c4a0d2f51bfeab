import type { Theme } from "./theme.js";

export const smeApprenticeships: Theme = {
  id: "sme-apprenticeships",
  name: "Quality apprenticeships in small enterprises",
  categories: ["work-based-learning", "skills-ecosystem"],
  beneficiaries: ["youth", "smes-employers", "neet"],
  weight: 6,
  wording: {
    en: {
      sector: "the small business sector",
      skills: ["motorcycle and car mechanics", "welding and metal fabrication", "tailoring", "hairdressing and beauty", "refrigeration and air conditioning repair"],
      jobs: ["motor mechanics", "welders", "tailors", "refrigeration technicians"],
      tools: ["master craftspersons' workshops", "apprenticeship logbooks", "shared tool libraries"],
      outputs: ["a dual apprenticeship scheme shared by small workshops", "a training programme for master craftspersons who take apprentices", "a digital logbook that records what apprentices learn in each workshop"],
      problems: [
        "traditional apprenticeships in small workshops are long, unpaid and rarely recognised",
        "small businesses would take apprentices but cannot afford to train them",
        "master craftspersons teach old techniques and have no support to update their skills",
      ],
      keywords: ["apprenticeship", "SMEs", "master craftspersons", "informal apprenticeship", "mechanics", "dual training"],
      titles: ["Quality Apprenticeships in Small Workshops", "Learning by Doing in {city}", "Master and Apprentice", "Apprenticeship Pathways for Youth", "Workshop Academy"],
    },
    fr: {
      sector: "le secteur de l'artisanat et des petites entreprises",
      skills: ["mécanique auto et moto", "soudure et construction métallique", "couture", "coiffure et esthétique", "froid et climatisation"],
      jobs: ["mécaniciens", "soudeurs", "couturiers", "frigoristes"],
      tools: ["ateliers de maîtres artisans", "carnets d'apprentissage", "outilthèques partagées"],
      outputs: ["un dispositif d'apprentissage dual partagé par les petits ateliers", "un programme de formation des maîtres artisans qui accueillent des apprentis", "un carnet numérique qui enregistre ce que les apprentis apprennent dans chaque atelier"],
      problems: [
        "l'apprentissage traditionnel dans les petits ateliers est long, non rémunéré et rarement reconnu",
        "les petites entreprises accueilleraient des apprentis mais n'ont pas les moyens de les former",
        "les maîtres artisans transmettent des techniques anciennes sans appui pour se mettre à jour",
      ],
      keywords: ["apprentissage", "PME", "maîtres artisans", "apprentissage traditionnel", "mécanique", "formation duale"],
      titles: ["Un apprentissage de qualité dans les ateliers", "Apprendre en faisant à {city}", "Maître et apprenti", "Parcours d'apprentissage pour les jeunes"],
    },
    es: {
      sector: "el sector de las pequeñas empresas",
      skills: ["mecánica automotriz y de motocicletas", "soldadura y metalmecánica", "confección", "peluquería y estética", "refrigeración y aire acondicionado"],
      jobs: ["mecánicos", "soldadores", "modistas", "técnicos en refrigeración"],
      tools: ["talleres de maestros artesanos", "bitácoras de aprendizaje", "bancos de herramientas compartidos"],
      outputs: ["un esquema de formación dual compartido por pequeños talleres", "un programa de formación para maestros artesanos que reciben aprendices", "una bitácora digital que registra lo que aprenden los aprendices en cada taller"],
      problems: [
        "el aprendizaje tradicional en pequeños talleres es largo, no remunerado y rara vez reconocido",
        "las pequeñas empresas recibirían aprendices pero no pueden costear su formación",
        "los maestros artesanos enseñan técnicas antiguas y no tienen apoyo para actualizarse",
      ],
      keywords: ["aprendizaje", "pymes", "maestros artesanos", "formación dual", "mecánica", "talleres"],
      titles: ["Aprendizaje de calidad en pequeños talleres", "Aprender haciendo en {city}", "Maestro y aprendiz", "Rutas de aprendizaje para jóvenes"],
    },
    pt: {
      sector: "o setor das pequenas empresas",
      skills: ["mecânica auto e de motociclos", "soldadura e serralharia", "costura", "cabeleireiro e estética", "refrigeração e ar condicionado"],
      jobs: ["mecânicos", "soldadores", "costureiros", "técnicos de refrigeração"],
      tools: ["oficinas de mestres artesãos", "cadernetas de aprendizagem", "bancos de ferramentas partilhados"],
      outputs: ["um esquema de aprendizagem dual partilhado por pequenas oficinas", "um programa de formação para mestres artesãos que recebem aprendizes", "uma caderneta digital que regista o que os aprendizes aprendem em cada oficina"],
      problems: [
        "a aprendizagem tradicional nas pequenas oficinas é longa, não remunerada e raramente reconhecida",
        "as pequenas empresas receberiam aprendizes mas não conseguem pagar a sua formação",
        "os mestres artesãos ensinam técnicas antigas e não têm apoio para se atualizarem",
      ],
      keywords: ["aprendizagem", "PME", "mestres artesãos", "formação dual", "mecânica", "oficinas"],
      titles: ["Aprendizagem de qualidade nas oficinas", "Aprender fazendo em {city}", "Mestre e aprendiz", "Percursos de aprendizagem para jovens"],
    },
  },
};

import type { Theme } from "./theme.js";

export const greenJobs: Theme = {
  id: "green-jobs",
  name: "Green jobs and renewable energy",
  categories: ["work-based-learning", "training-delivery"],
  beneficiaries: ["youth", "rural-communities", "women"],
  weight: 7,
  wording: {
    en: {
      sector: "the renewable energy sector",
      skills: ["solar panel installation", "maintenance of solar water pumps", "energy efficiency audits", "mini-grid operation", "battery storage and off-grid electrical wiring"],
      jobs: ["solar technicians", "mini-grid operators", "energy auditors", "green electricians"],
      tools: ["solar home system kits", "training rooftops fitted with photovoltaic panels", "portable energy meters"],
      outputs: ["a solar training yard with real installations", "a register of certified solar installers", "a mobile repair service for off-grid solar systems"],
      problems: [
        "new solar mini-grids are being built faster than local technicians can be trained",
        "most rural households still lack electricity while qualified solar installers are scarce",
        "the energy transition creates green jobs that few training centres prepare for",
      ],
      keywords: ["solar energy", "green jobs", "renewable energy", "photovoltaic", "mini-grids", "energy transition"],
      titles: ["Solar Skills Academy", "Green Jobs for {city}", "Powering Futures: Solar Technician Training", "Women in Solar", "Bright Skills for a Green Transition"],
    },
    fr: {
      sector: "le secteur des énergies renouvelables",
      skills: ["installation de panneaux solaires", "maintenance des pompes solaires", "audit d'efficacité énergétique", "exploitation de mini-réseaux", "câblage électrique et stockage par batteries"],
      jobs: ["techniciens solaires", "opérateurs de mini-réseaux", "auditeurs énergétiques", "électriciens spécialisés en énergies vertes"],
      tools: ["kits solaires domestiques", "toits-écoles équipés de panneaux photovoltaïques", "appareils de mesure de l'énergie"],
      outputs: ["une plateforme technique solaire avec de vraies installations", "un registre d'installateurs solaires certifiés", "un service mobile de réparation des systèmes solaires hors réseau"],
      problems: [
        "les mini-réseaux solaires se construisent plus vite qu'on ne forme de techniciens locaux",
        "la plupart des ménages ruraux n'ont toujours pas accès à l'électricité alors que les installateurs solaires qualifiés sont rares",
        "la transition énergétique crée des emplois verts auxquels peu de centres de formation préparent",
      ],
      keywords: ["énergie solaire", "emplois verts", "énergies renouvelables", "photovoltaïque", "mini-réseaux", "transition énergétique"],
      titles: ["Académie des métiers du solaire", "Emplois verts pour {city}", "Former les techniciens solaires de demain", "Femmes et énergie solaire"],
    },
    es: {
      sector: "el sector de las energías renovables",
      skills: ["instalación de paneles solares", "mantenimiento de bombas solares", "auditorías de eficiencia energética", "operación de minirredes", "cableado eléctrico y almacenamiento en baterías"],
      jobs: ["técnicos solares", "operadores de minirredes", "auditores energéticos", "electricistas especializados en energías limpias"],
      tools: ["kits solares domiciliarios", "techos de práctica con paneles fotovoltaicos", "medidores portátiles de energía"],
      outputs: ["un patio de prácticas solares con instalaciones reales", "un registro de instaladores solares certificados", "un servicio móvil de reparación de sistemas solares aislados"],
      problems: [
        "las minirredes solares se construyen más rápido de lo que se forman técnicos locales",
        "muchos hogares rurales siguen sin electricidad mientras escasean los instaladores solares calificados",
        "la transición energética crea empleos verdes para los que pocos centros de formación preparan",
      ],
      keywords: ["energía solar", "empleos verdes", "energías renovables", "fotovoltaica", "minirredes", "transición energética"],
      titles: ["Academia de energía solar", "Empleos verdes para {city}", "Técnicos solares para la transición", "Mujeres en energía solar"],
    },
    pt: {
      sector: "o setor das energias renováveis",
      skills: ["instalação de painéis solares", "manutenção de bombas solares", "auditorias de eficiência energética", "operação de mini-redes", "cablagem elétrica e armazenamento em baterias"],
      jobs: ["técnicos solares", "operadores de mini-redes", "auditores energéticos", "eletricistas especializados em energias limpas"],
      tools: ["kits solares domésticos", "telhados de treino com painéis fotovoltaicos", "medidores portáteis de energia"],
      outputs: ["um centro prático de energia solar com instalações reais", "um registo de instaladores solares certificados", "um serviço móvel de reparação de sistemas solares isolados"],
      problems: [
        "as mini-redes solares estão a ser construídas mais depressa do que se formam técnicos locais",
        "muitas famílias rurais continuam sem eletricidade enquanto faltam instaladores solares qualificados",
        "a transição energética cria empregos verdes para os quais poucos centros de formação preparam",
      ],
      keywords: ["energia solar", "empregos verdes", "energias renováveis", "fotovoltaica", "mini-redes", "transição energética"],
      titles: ["Academia de energia solar", "Empregos verdes em {city}", "Técnicos solares para a transição", "Mulheres na energia solar"],
    },
  },
};

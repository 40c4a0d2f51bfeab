import type { Theme } from "./theme.js";

export const microCredentials: Theme = {
  id: "micro-credentials",
  name: "Micro-credentials and digital badges",
  categories: ["rpl-certification", "training-delivery"],
  beneficiaries: ["workers", "low-skilled-adults", "older-workers"],
  weight: 4,
  wording: {
    en: {
      sector: "lifelong learning",
      skills: ["short modular courses", "competency-based assessment", "workplace health and safety", "customer relations"],
      jobs: ["certified machine operators", "skilled retail staff", "team leaders"],
      tools: ["digital badges", "blockchain-secured certificates", "online assessment tools"],
      outputs: ["a catalogue of stackable micro-credentials recognised by employers", "a digital wallet where workers keep their certificates", "a credit system that lets micro-credentials add up to a full qualification"],
      problems: [
        "adults cannot leave work for months to earn a full qualification",
        "employers do not trust certificates because they are easy to forge",
        "short courses taken by workers are not recognised by the national qualifications framework",
      ],
      keywords: ["micro-credentials", "digital badges", "lifelong learning", "upskilling", "qualifications framework", "reskilling"],
      titles: ["Stackable Skills", "Badges for Jobs", "Learn, Earn, Certify", "Micro-credentials for Workers in {city}", "Skills Wallet"],
    },
    fr: {
      sector: "la formation tout au long de la vie",
      skills: ["modules courts capitalisables", "évaluation par compétences", "santé et sécurité au travail", "relation client"],
      jobs: ["opérateurs de machines certifiés", "employés qualifiés du commerce", "chefs d'équipe"],
      tools: ["badges numériques", "certificats sécurisés par la blockchain", "outils d'évaluation en ligne"],
      outputs: ["un catalogue de micro-certifications capitalisables reconnues par les employeurs", "un portefeuille numérique où les travailleurs conservent leurs certificats", "un système de crédits qui permet de cumuler les micro-certifications jusqu'à un diplôme complet"],
      problems: [
        "les adultes ne peuvent pas quitter leur travail pendant des mois pour obtenir un diplôme complet",
        "les employeurs ne font pas confiance aux certificats car ils sont faciles à falsifier",
        "les formations courtes suivies par les travailleurs ne sont pas reconnues par le cadre national des certifications",
      ],
      keywords: ["micro-certifications", "badges numériques", "formation tout au long de la vie", "montée en compétences", "cadre national des certifications", "reconversion"],
      titles: ["Des compétences capitalisables", "Des badges pour l'emploi", "Apprendre, travailler, certifier", "Micro-certifications à {city}"],
    },
    es: {
      sector: "el aprendizaje a lo largo de la vida",
      skills: ["cursos modulares cortos", "evaluación por competencias", "seguridad y salud en el trabajo", "atención al cliente"],
      jobs: ["operadores de maquinaria certificados", "vendedores calificados", "jefes de equipo"],
      tools: ["insignias digitales", "certificados protegidos con blockchain", "herramientas de evaluación en línea"],
      outputs: ["un catálogo de microcredenciales acumulables reconocidas por los empleadores", "una billetera digital donde los trabajadores guardan sus certificados", "un sistema de créditos que permite sumar microcredenciales hasta obtener una titulación completa"],
      problems: [
        "las personas adultas no pueden dejar el trabajo durante meses para obtener una titulación completa",
        "los empleadores no confían en los certificados porque son fáciles de falsificar",
        "los cursos cortos que toman los trabajadores no están reconocidos en el marco nacional de cualificaciones",
      ],
      keywords: ["microcredenciales", "insignias digitales", "aprendizaje permanente", "actualización de competencias", "marco de cualificaciones", "reconversión laboral"],
      titles: ["Competencias acumulables", "Insignias para el empleo", "Aprender, trabajar, certificar", "Microcredenciales en {city}"],
    },
    pt: {
      sector: "a aprendizagem ao longo da vida",
      skills: ["cursos modulares curtos", "avaliação por competências", "segurança e saúde no trabalho", "relação com o cliente"],
      jobs: ["operadores de máquinas certificados", "profissionais qualificados do comércio", "chefes de equipa"],
      tools: ["crachás digitais", "certificados protegidos por blockchain", "ferramentas de avaliação online"],
      outputs: ["um catálogo de microcredenciais acumuláveis reconhecidas pelos empregadores", "uma carteira digital onde os trabalhadores guardam os seus certificados", "um sistema de créditos que permite somar microcredenciais até uma qualificação completa"],
      problems: [
        "os adultos não podem deixar o trabalho durante meses para obter uma qualificação completa",
        "os empregadores não confiam nos certificados porque são fáceis de falsificar",
        "os cursos curtos feitos pelos trabalhadores não são reconhecidos pelo quadro nacional de qualificações",
      ],
      keywords: ["microcredenciais", "crachás digitais", "aprendizagem ao longo da vida", "requalificação", "quadro nacional de qualificações", "reconversão"],
      titles: ["Competências acumuláveis", "Crachás para o emprego", "Aprender, trabalhar, certificar", "Microcredenciais em {city}"],
    },
  },
};

import type { Theme } from "./theme.js";

export const skillsFinancing: Theme = {
  id: "skills-financing",
  name: "Financing skills: training funds, levies and vouchers",
  categories: ["skills-ecosystem", "entrepreneurship"],
  beneficiaries: ["smes-employers", "workers", "informal-economy-workers"],
  weight: 4,
  wording: {
    en: {
      sector: "skills financing",
      skills: ["training needs analysis in small firms", "management of training funds", "results-based contracting of training providers"],
      jobs: ["training fund officers", "human resources managers", "trained employees of small firms"],
      tools: ["training vouchers", "payroll training levies", "matching grants"],
      outputs: ["a training voucher scheme for micro and small enterprises", "a sector training fund managed jointly by employers and unions", "a results-based financing pilot that pays providers when graduates find jobs"],
      problems: [
        "small firms pay the training levy but almost never benefit from it",
        "public training budgets are spent on courses that do not lead to jobs",
        "workers in small enterprises have no paid time or money for training",
      ],
      keywords: ["training levy", "training fund", "vouchers", "skills financing", "results-based financing", "SMEs"],
      titles: ["Skills Vouchers for Small Firms", "Making the Training Levy Work", "Pay for Results", "A Training Fund for {city}", "Investing in Workers"],
    },
    fr: {
      sector: "le financement de la formation",
      skills: ["analyse des besoins de formation dans les petites entreprises", "gestion des fonds de formation", "contractualisation des prestataires sur la base des résultats"],
      jobs: ["gestionnaires de fonds de formation", "responsables des ressources humaines", "salariés formés des petites entreprises"],
      tools: ["chèques formation", "taxes d'apprentissage", "subventions à contrepartie"],
      outputs: ["un dispositif de chèques formation pour les micro et petites entreprises", "un fonds sectoriel de formation géré par les employeurs et les syndicats", "un projet pilote de financement basé sur les résultats qui rémunère les prestataires quand les diplômés trouvent un emploi"],
      problems: [
        "les petites entreprises paient la taxe de formation mais n'en bénéficient presque jamais",
        "les budgets publics de formation financent des cours qui ne débouchent pas sur un emploi",
        "les salariés des petites entreprises n'ont ni temps rémunéré ni argent pour se former",
      ],
      keywords: ["taxe de formation", "fonds de formation", "chèques formation", "financement des compétences", "financement basé sur les résultats", "PME"],
      titles: ["Chèques formation pour les petites entreprises", "Faire fonctionner le fonds de formation", "Payer pour les résultats", "Un fonds de formation pour {city}"],
    },
    es: {
      sector: "el financiamiento de la formación",
      skills: ["diagnóstico de necesidades de formación en pequeñas empresas", "gestión de fondos de capacitación", "contratación de proveedores de formación por resultados"],
      jobs: ["gestores de fondos de capacitación", "responsables de recursos humanos", "trabajadores capacitados de pequeñas empresas"],
      tools: ["vales de capacitación", "contribuciones parafiscales para la formación", "fondos de contrapartida"],
      outputs: ["un sistema de vales de capacitación para micro y pequeñas empresas", "un fondo sectorial de capacitación gestionado por empleadores y sindicatos", "un piloto de financiamiento por resultados que paga a los proveedores cuando los egresados consiguen empleo"],
      problems: [
        "las pequeñas empresas pagan la contribución para la formación pero casi nunca se benefician de ella",
        "los presupuestos públicos de formación se gastan en cursos que no llevan a un empleo",
        "los trabajadores de pequeñas empresas no tienen tiempo remunerado ni dinero para capacitarse",
      ],
      keywords: ["contribución para la formación", "fondo de capacitación", "vales", "financiamiento de competencias", "pago por resultados", "pymes"],
      titles: ["Vales de capacitación para pymes", "Un fondo de formación que funcione", "Pagar por resultados", "Un fondo de capacitación para {city}"],
    },
    pt: {
      sector: "o financiamento da formação",
      skills: ["diagnóstico de necessidades de formação em pequenas empresas", "gestão de fundos de formação", "contratação de formadores com base em resultados"],
      jobs: ["gestores de fundos de formação", "responsáveis de recursos humanos", "trabalhadores formados de pequenas empresas"],
      tools: ["cheques-formação", "contribuições para a formação profissional", "subsídios de contrapartida"],
      outputs: ["um sistema de cheques-formação para micro e pequenas empresas", "um fundo setorial de formação gerido por empregadores e sindicatos", "um piloto de financiamento por resultados que paga às entidades formadoras quando os diplomados encontram emprego"],
      problems: [
        "as pequenas empresas pagam a contribuição para a formação mas quase nunca beneficiam dela",
        "os orçamentos públicos de formação financiam cursos que não levam a um emprego",
        "os trabalhadores das pequenas empresas não têm tempo pago nem dinheiro para se formarem",
      ],
      keywords: ["contribuição para a formação", "fundo de formação", "cheques-formação", "financiamento de competências", "pagamento por resultados", "PME"],
      titles: ["Cheques-formação para pequenas empresas", "Um fundo de formação que funcione", "Pagar por resultados", "Um fundo de formação para {city}"],
    },
  },
};

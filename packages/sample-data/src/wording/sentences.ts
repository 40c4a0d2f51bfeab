/**
 * Sentence templates shared by every theme, per language. Each proposal draws
 * a few of them; the theme and category wording fill the slots, so that the
 * words that make proposals similar are the theme's, not these.
 *
 * Slots: {n} {benef} {benefDef} {skill} {skill2} {skill3} {job} {job2} {tool} {tool2} {output}
 * {problem} {problem2} {sector} {inSector} {city} {inCountry} {months} {pct} {partners}
 * {n2} {n3} {n4} {n5} {few} {raise} {years} {secondarySector} {secondarySkill} {title} {brand}.
 */
import type { Localized } from "../types.js";

/** Sentences that use the theme's words, and sentences that any proposal could write. */
export interface Pooled {
  themed: readonly string[];
  generic: readonly string[];
}

export interface SentenceSet {
  /** Opening sentence that states the problem. */
  context: readonly string[];
  /** What the project does, with whom. */
  approach: readonly string[];
  /** What the project leaves behind. */
  output: readonly string[];
  /** How training is practised. */
  tools: readonly string[];
  /** Why the occupation matters. */
  demand: readonly string[];
  /** A second theme the project touches. */
  secondary: readonly string[];
  /** The modules of the course. */
  curriculum: readonly string[];
  /** A second side of the problem ({problem2}). */
  problem: readonly string[];
  /** Where graduates will work. */
  jobs: readonly string[];
  /** Generic sentences any proposal could contain. */
  filler: readonly string[];
  /** Objectives, joined by semicolons: themed ones use the theme's words, generic ones do not. */
  objectives: Pooled;
  impact: Pooled;
  results: Pooled;
  /** Ways to turn a theme title into a proposal title. */
  titles: readonly string[];
}

export const SENTENCES: Localized<SentenceSet> = {
  en: {
    context: [
      "In {city}, {problem}.",
      "{InCountry}, {problem}.",
      "Our needs assessment with local employers showed that {problem}.",
      "Today, {problem}.",
      "Across our region, {problem}.",
    ],
    approach: [
      "We will train {n} {benef} in {skill} and {skill2} through a {months}-month programme that combines classroom sessions with hands-on practice using {tool}.",
      "Over {months} months, {n} {benef} will learn {skill} and {skill2} and prepare to work as {job}.",
      "The programme prepares {n} {benef} to work as {job}, with modules on {skill} and {skill2}.",
      "Our project offers {n} {benef} practical training in {skill}, using {tool}, so that they can find work as {job}.",
    ],
    output: [
      "We will also set up {output}.",
      "A key result will be {output}.",
      "To make the change last, the project will create {output}.",
      "With our partners, we will establish {output} in {city}.",
    ],
    tools: ["Practical sessions make use of {tool} and {tool2}.", "Participants will practise with {tool} from the first week."],
    demand: ["Demand for {job} {inSector} is growing quickly.", "Employers {inSector} say they cannot find enough {job}."],
    secondary: [
      "The project also addresses {secondarySector}: participants will receive basic training in {secondarySkill}.",
      "Because many of our trainees also work in {secondarySector}, a short module covers {secondarySkill}.",
    ],
    curriculum: ["The curriculum has three modules: {skill}, {skill2} and {skill3}.", "Trainees choose between {skill} and {skill2}, after a common module on {skill3}."],
    problem: ["At the same time, {problem2}.", "In addition, {problem2}."],
    jobs: ["Graduates will be able to work as {job} or {job2}.", "The region lacks {job} and {job2}, exactly the profiles we train."],
    filler: [
      "The project builds on {years} years of experience working with {benefDef} in {city}.",
      "We work with {partners} partners, including local authorities, employers and community organisations.",
      "A steering committee will meet every quarter to review progress and adjust the plan.",
      "Monitoring data will be collected at enrolment, at the end of training and six months later.",
      "Gender equality is built into every activity, from recruitment to job placement.",
      "After the pilot, the model will be handed over to local partners so that it continues without external funding.",
      "The approach is simple to replicate and could be adapted to other regions {inCountry}.",
      "All training materials will be published under an open licence.",
      "Participants receive a small stipend to cover transport and meals during training.",
      "We will share lessons learned with other training providers and the ministry through workshops.",
      "Our team includes trainers, social workers and a monitoring and evaluation officer.",
      "The budget covers equipment, trainers' fees, stipends and an independent evaluation.",
      "Local radio and social media will be used to reach people who do not use formal employment services.",
      "Success will be measured by employment rates, earnings and participants' own feedback.",
      "Employers have already committed to offer internships to the best trainees.",
    ],
    objectives: {
      themed: ["to train {n} {benef} in {skill}", "to set up {output}", "to prepare {benefDef} to work as {job}", "to give {n} {benef} recognised skills in {skill2}"],
      generic: [
        "to help at least {pct}% of graduates find decent work within six months",
        "to build lasting partnerships with {partners} employers",
        "to improve the quality and relevance of training {inSector}",
      ],
    },
    impact: {
      themed: [
        "There will be a larger pool of qualified {job} in {city}.",
        "Employers will be able to hire {job} locally instead of recruiting them elsewhere.",
        "Graduates will earn a living from {skill} and pass their skills on to others.",
      ],
      generic: [
        "We expect {pct}% of graduates to be in work within six months, with average earnings {raise}% higher than before.",
        "The project will reach {n} {benef} directly and about {n3} family members indirectly.",
        "In the long term, the project will help make training {inSector} more responsive to labour market needs.",
      ],
    },
    results: {
      themed: ["{Output} will be up and running in {city}.", "At least {n5} participants will be working as {job}.", "{n4} participants will be certified in {skill}."],
      generic: [
        "By the end of the project, {n2} participants will have completed the training and {n4} will hold a recognised certificate.",
        "A final evaluation report and a guide for replication will be published.",
        "{partners} employers will have signed partnership agreements.",
      ],
    },
    titles: ["{title}", "{title}", "{title}", "{brand}: {title}", "{title}: a pilot in {city}"],
  },
  fr: {
    context: [
      "À {city}, {problem}.",
      "{InCountry}, {problem}.",
      "Notre diagnostic auprès des employeurs locaux montre que {problem}.",
      "Aujourd'hui, {problem}.",
      "Dans notre région, {problem}.",
    ],
    approach: [
      "Nous formerons {n} {benef} en {skill} et en {skill2} grâce à un programme de {months} mois qui associe cours en salle et pratique encadrée avec des {tool}.",
      "Pendant {months} mois, {n} {benef} se formeront en {skill} et en {skill2} pour devenir {job}.",
      "Le programme prépare {n} {benef} au métier de {job}, avec des modules de {skill} et de {skill2}.",
      "Notre projet propose à {n} {benef} une formation pratique en {skill}, avec des {tool}, pour leur permettre de trouver un emploi comme {job}.",
    ],
    output: [
      "Nous mettrons aussi en place {output}.",
      "Un résultat clé sera {output}.",
      "Pour que le changement dure, le projet créera {output}.",
      "Avec nos partenaires, nous créerons {output} à {city}.",
    ],
    tools: ["Les séances pratiques s'appuient sur des {tool} et des {tool2}.", "Les participants s'exerceront avec des {tool} dès la première semaine."],
    demand: ["La demande de {job} augmente rapidement {inSector}.", "Les employeurs {inSector} disent ne pas trouver assez de {job}."],
    secondary: [
      "Le projet s'intéresse aussi à {secondarySector} : les participants recevront une formation de base en {secondarySkill}.",
      "Comme beaucoup de nos apprenants travaillent aussi dans {secondarySector}, un module court de {secondarySkill} est prévu.",
    ],
    curriculum: ["Trois modules sont proposés : {skill}, {skill2} et {skill3}.", "Après un tronc commun de {skill3}, les apprenants choisissent entre {skill} et {skill2}."],
    problem: ["En même temps, {problem2}.", "De plus, {problem2}."],
    jobs: ["Les diplômés pourront devenir {job} ou {job2}.", "La région manque de {job} et de {job2}, précisément les profils que nous formons."],
    filler: [
      "Le projet s'appuie sur {years} ans d'expérience auprès de {benefDef} à {city}.",
      "Nous collaborons avec {partners} partenaires, dont des collectivités locales, des employeurs et des associations de quartier.",
      "Un comité de pilotage se réunira chaque trimestre pour suivre les progrès et ajuster le plan.",
      "Les données de suivi seront collectées à l'inscription, à la fin de la formation et six mois plus tard.",
      "L'égalité entre les femmes et les hommes est intégrée à chaque activité, du recrutement à l'insertion.",
      "Après la phase pilote, le modèle sera transféré aux partenaires locaux afin qu'il se poursuive sans financement extérieur.",
      "L'approche est simple à reproduire et pourrait être adaptée à d'autres régions du pays.",
      "Tous les supports de formation seront publiés sous licence libre.",
      "Les participants reçoivent une petite allocation pour couvrir le transport et les repas pendant la formation.",
      "Nous partagerons les enseignements tirés avec d'autres organismes de formation et le ministère lors d'ateliers.",
      "Notre équipe comprend des formateurs, des travailleurs sociaux et un chargé de suivi-évaluation.",
      "Le budget couvre les équipements, la rémunération des formateurs, les allocations et une évaluation indépendante.",
      "Les radios locales et les réseaux sociaux permettront de toucher les personnes qui ne fréquentent pas les services de l'emploi.",
      "La réussite sera mesurée par le taux d'insertion, les revenus et l'avis des participants eux-mêmes.",
      "Des employeurs se sont déjà engagés à offrir des stages aux meilleurs apprenants.",
    ],
    objectives: {
      themed: ["former {n} {benef} en {skill}", "mettre en place {output}", "préparer {benefDef} à devenir {job}", "certifier les compétences de {n} {benef} en {skill2}"],
      generic: [
        "aider au moins {pct} % des diplômés à trouver un emploi décent dans les six mois",
        "nouer des partenariats durables avec {partners} employeurs",
        "améliorer la qualité et la pertinence de la formation {inSector}",
      ],
    },
    impact: {
      themed: [
        "À {city}, le vivier de {job} sera nettement plus large.",
        "Les employeurs pourront recruter des {job} sur place au lieu de les faire venir d'ailleurs.",
        "Les diplômés vivront de leur savoir-faire en {skill} et le transmettront à leur tour.",
      ],
      generic: [
        "Nous prévoyons que {pct} % des diplômés aient un emploi dans les six mois, avec des revenus supérieurs de {raise} % en moyenne.",
        "Le projet touchera directement {n} {benef} et indirectement environ {n3} membres de leurs familles.",
        "À long terme, le projet contribuera à rendre la formation {inSector} plus adaptée aux besoins du marché du travail.",
      ],
    },
    results: {
      themed: ["{Output} fonctionnera à {city}.", "Au moins {n5} participants exerceront comme {job}.", "{n4} participants seront certifiés en {skill}."],
      generic: [
        "À la fin du projet, {n2} participants auront terminé la formation et {n4} détiendront un certificat reconnu.",
        "Un rapport d'évaluation finale et un guide de réplication seront publiés.",
        "{partners} employeurs auront signé une convention de partenariat.",
      ],
    },
    titles: ["{title}", "{title}", "{title}", "{brand} : {title}", "{title} : projet pilote à {city}"],
  },
  es: {
    context: [
      "En {city}, {problem}.",
      "{InCountry}, {problem}.",
      "Nuestro diagnóstico con empleadores locales mostró que {problem}.",
      "Hoy, {problem}.",
      "En nuestra región, {problem}.",
    ],
    approach: [
      "Formaremos a {n} {benef} en {skill} y {skill2} mediante un programa de {months} meses que combina clases presenciales con práctica con {tool}.",
      "Durante {months} meses, {n} {benef} se formarán en {skill} y {skill2} para desempeñarse como {job}.",
      "El programa prepara a {n} {benef} para ejercer como {job}, con módulos de {skill} y {skill2}.",
      "Nuestro proyecto ofrece a {n} {benef} formación práctica en {skill}, con {tool}, para que puedan emplearse como {job}.",
    ],
    output: [
      "También pondremos en marcha {output}.",
      "Un resultado clave será {output}.",
      "Para que el cambio perdure, el proyecto creará {output}.",
      "Con nuestros aliados, crearemos {output} en {city}.",
    ],
    tools: ["Las sesiones prácticas se apoyan en {tool} y {tool2}.", "Los participantes practicarán con {tool} desde la primera semana."],
    demand: ["La demanda de {job} crece rápidamente {inSector}.", "Los empleadores {inSector} dicen que no encuentran suficientes {job}."],
    secondary: [
      "El proyecto también aborda {secondarySector}: los participantes recibirán formación básica en {secondarySkill}.",
      "Como muchos de nuestros participantes también se desempeñan en {secondarySector}, se incluye un módulo corto de {secondarySkill}.",
    ],
    curriculum: ["El plan de estudios incluye tres módulos: {skill}, {skill2} y {skill3}.", "Tras un módulo común de {skill3}, los participantes eligen entre {skill} y {skill2}."],
    problem: ["Al mismo tiempo, {problem2}.", "Además, {problem2}."],
    jobs: ["Los egresados podrán desempeñarse como {job} o {job2}.", "Faltan {job} y {job2} en la región, justamente los perfiles para los que formamos."],
    filler: [
      "El proyecto se basa en {years} años de experiencia junto a {benefDef} en {city}.",
      "Colaboramos con {partners} aliados, entre ellos gobiernos locales, empresas y organizaciones comunitarias.",
      "Un comité directivo se reunirá cada trimestre para revisar los avances y ajustar el plan.",
      "Los datos de seguimiento se recogerán al inicio, al final de la formación y seis meses después.",
      "La igualdad de género está presente en todas las actividades, desde la convocatoria hasta la inserción laboral.",
      "Después del piloto, el modelo se transferirá a los aliados locales para que continúe sin financiamiento externo.",
      "El enfoque es fácil de replicar y podría adaptarse a otras regiones del país.",
      "Todos los materiales de formación se publicarán con licencia abierta.",
      "Los participantes reciben un pequeño estipendio para cubrir transporte y alimentación durante la formación.",
      "Compartiremos las lecciones aprendidas con otros centros de formación y con el ministerio mediante talleres.",
      "Nuestro equipo incluye instructores, trabajadores sociales y un responsable de monitoreo y evaluación.",
      "El presupuesto cubre equipamiento, honorarios de instructores, estipendios y una evaluación independiente.",
      "Las radios comunitarias y las redes sociales permitirán llegar a quienes no usan los servicios formales de empleo.",
      "El éxito se medirá por la tasa de empleo, los ingresos y la opinión de los propios participantes.",
      "Varias empresas ya se comprometieron a ofrecer pasantías a los mejores participantes.",
    ],
    objectives: {
      themed: ["formar a {n} {benef} en {skill}", "poner en marcha {output}", "preparar a {benefDef} para ejercer como {job}", "certificar las competencias de {n} {benef} en {skill2}"],
      generic: [
        "lograr que al menos el {pct} % de los egresados consiga un trabajo decente en seis meses",
        "establecer alianzas duraderas con {partners} empleadores",
        "mejorar la calidad y la pertinencia de la formación {inSector}",
      ],
    },
    impact: {
      themed: [
        "Habrá más {job} con formación reconocida en {city}.",
        "Las empresas podrán contratar {job} en la zona sin tener que buscar personal en otras regiones.",
        "Los egresados vivirán de su oficio en {skill} y lo enseñarán a otras personas.",
      ],
      generic: [
        "Esperamos que el {pct} % de los egresados tenga empleo en un plazo de seis meses, con ingresos un {raise} % más altos en promedio.",
        "El proyecto llegará directamente a {n} {benef} y de forma indirecta a unos {n3} familiares.",
        "A largo plazo, el proyecto ayudará a que la formación {inSector} responda mejor a las necesidades del mercado laboral.",
      ],
    },
    results: {
      themed: ["{Output} estará funcionando en {city}.", "Al menos {n5} participantes ejercerán como {job}.", "{n4} participantes obtendrán una certificación en {skill}."],
      generic: [
        "Al final del proyecto, {n2} participantes habrán completado la formación y {n4} contarán con un certificado reconocido.",
        "Se publicarán un informe de evaluación final y una guía de réplica.",
        "{partners} empleadores habrán firmado acuerdos de colaboración.",
      ],
    },
    titles: ["{title}", "{title}", "{title}", "{brand}: {title}", "{title}: piloto en {city}"],
  },
  pt: {
    context: [
      "Em {city}, {problem}.",
      "{InCountry}, {problem}.",
      "O nosso diagnóstico junto dos empregadores locais mostrou que {problem}.",
      "Hoje, {problem}.",
      "Na nossa região, {problem}.",
    ],
    approach: [
      "Vamos formar {n} {benef} em {skill} e {skill2} através de um programa de {months} meses que combina aulas presenciais e prática com {tool}.",
      "Durante {months} meses, {n} {benef} vão formar-se em {skill} e {skill2} para se tornarem {job}.",
      "O programa prepara {n} {benef} para atuar como {job}, com módulos de {skill} e {skill2}.",
      "O nosso projeto oferece a {n} {benef} formação prática em {skill}, com {tool}, para que possam empregar-se como {job}.",
    ],
    output: [
      "Também vamos criar {output}.",
      "Um resultado essencial será {output}.",
      "Para que a mudança perdure, o projeto vai criar {output}.",
      "Com os nossos parceiros, vamos criar {output} em {city}.",
    ],
    tools: ["As sessões práticas recorrem a {tool} e {tool2}.", "Os participantes vão praticar com {tool} desde a primeira semana."],
    demand: ["A procura de {job} está a crescer rapidamente {inSector}.", "Os empregadores {inSector} dizem que não encontram {job} suficientes."],
    secondary: [
      "O projeto aborda também {secondarySector}: os participantes receberão formação básica em {secondarySkill}.",
      "Como muitos dos nossos formandos também trabalham em {secondarySector}, está previsto um módulo curto de {secondarySkill}.",
    ],
    curriculum: ["O plano de estudos inclui três módulos: {skill}, {skill2} e {skill3}.", "Depois de um módulo comum de {skill3}, os formandos escolhem entre {skill} e {skill2}."],
    problem: ["Ao mesmo tempo, {problem2}.", "Além disso, {problem2}."],
    jobs: ["Os diplomados poderão atuar como {job} ou {job2}.", "Faltam {job} e {job2} na região, precisamente os perfis para os quais formamos."],
    filler: [
      "O projeto assenta em {years} anos de experiência junto de {benefDef} em {city}.",
      "Colaboramos com {partners} parceiros, incluindo autoridades locais, empresas e organizações comunitárias.",
      "Um comité de pilotagem vai reunir-se todos os trimestres para acompanhar o progresso e ajustar o plano.",
      "Os dados de monitorização serão recolhidos na inscrição, no fim da formação e seis meses depois.",
      "A igualdade de género está presente em todas as atividades, do recrutamento à inserção profissional.",
      "Depois do piloto, o modelo será transferido para os parceiros locais para que continue sem financiamento externo.",
      "A abordagem é fácil de replicar e pode ser adaptada a outras regiões do país.",
      "Todos os materiais de formação serão publicados com licença aberta.",
      "Os participantes recebem um pequeno subsídio para cobrir transporte e refeições durante a formação.",
      "Vamos partilhar as lições aprendidas com outras entidades formadoras e com o ministério em oficinas de trabalho.",
      "A nossa equipa inclui formadores, assistentes sociais e um responsável de monitorização e avaliação.",
      "O orçamento cobre equipamento, honorários dos formadores, subsídios e uma avaliação independente.",
      "As rádios comunitárias e as redes sociais permitirão chegar a quem não usa os serviços formais de emprego.",
      "O sucesso será medido pela taxa de emprego, pelos rendimentos e pela opinião dos próprios participantes.",
      "Várias empresas já se comprometeram a oferecer estágios aos melhores formandos.",
    ],
    objectives: {
      themed: ["formar {n} {benef} em {skill}", "criar {output}", "preparar {benefDef} para atuar como {job}", "certificar as competências de {n} {benef} em {skill2}"],
      generic: [
        "ajudar pelo menos {pct}% dos diplomados a encontrar um trabalho digno em seis meses",
        "estabelecer parcerias duradouras com {partners} empregadores",
        "melhorar a qualidade e a relevância da formação {inSector}",
      ],
    },
    impact: {
      themed: [
        "Haverá mais {job} com formação reconhecida em {city}.",
        "As empresas poderão contratar {job} na região sem ter de procurar pessoal fora dela.",
        "Os diplomados vão viver do seu ofício em {skill} e ensiná-lo a outras pessoas.",
      ],
      generic: [
        "Esperamos que {pct}% dos diplomados estejam empregados no prazo de seis meses, com rendimentos em média {raise}% mais altos.",
        "O projeto chegará diretamente a {n} {benef} e indiretamente a cerca de {n3} familiares.",
        "A longo prazo, o projeto ajudará a tornar a formação {inSector} mais ajustada às necessidades do mercado de trabalho.",
      ],
    },
    results: {
      themed: ["{Output} estará a funcionar em {city}.", "Pelo menos {n5} participantes terão emprego como {job}.", "{n4} participantes serão certificados em {skill}."],
      generic: [
        "No fim do projeto, {n2} participantes terão concluído a formação e {n4} terão um certificado reconhecido.",
        "Serão publicados um relatório de avaliação final e um guia de replicação.",
        "{partners} empregadores terão assinado acordos de parceria.",
      ],
    },
    titles: ["{title}", "{title}", "{title}", "{brand}: {title}", "{title}: projeto-piloto em {city}"],
  },
};

/** Preposition + sector, before contractions ("em o setor" becomes "no setor"). */
export const IN_SECTOR: Localized<string> = { en: "in", fr: "dans", es: "en", pt: "em" };

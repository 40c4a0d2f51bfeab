/**
 * What a proposal says because of its category: the way of working that the
 * category stands for, and keywords that go with it. Slots: {pct} {partners}
 * {few} {inSector} {benefDef}.
 */
import type { CategoryId } from "../labels.js";
import type { Localized } from "../types.js";

export interface CategoryWording {
  sentences: readonly string[];
  keywords: readonly string[];
}

export const CATEGORY_WORDING: Record<CategoryId, Localized<CategoryWording>> = {
  "work-based-learning": {
    en: {
      sentences: [
        "Trainees will spend {pct}% of their time in {partners} partner companies, each paired with an experienced mentor.",
        "Each apprentice signs a learning agreement with a host employer, and workplace supervisors are trained to assess progress.",
        "Classroom learning is limited to two days a week; the rest takes place on the job {inSector}.",
      ],
      keywords: ["apprenticeship", "work-based learning", "on-the-job training"],
    },
    fr: {
      sentences: [
        "Les apprenants passeront {pct} % de leur temps dans {partners} entreprises partenaires, chacun accompagné par un tuteur expérimenté.",
        "Chaque apprenti signe un contrat d'apprentissage avec une entreprise d'accueil, et les maîtres d'apprentissage sont formés pour évaluer les progrès.",
        "La formation en centre se limite à deux jours par semaine ; le reste se déroule en situation de travail {inSector}.",
      ],
      keywords: ["apprentissage", "alternance", "formation en entreprise"],
    },
    es: {
      sentences: [
        "Los aprendices pasarán el {pct} % de su tiempo en {partners} empresas asociadas, cada uno acompañado por un tutor con experiencia.",
        "Cada aprendiz firma un acuerdo de aprendizaje con una empresa de acogida, y los tutores de empresa reciben formación para evaluar los avances.",
        "La formación en aula se limita a dos días por semana; el resto se realiza en el puesto de trabajo {inSector}.",
      ],
      keywords: ["aprendizaje en el trabajo", "formación dual", "pasantías"],
    },
    pt: {
      sentences: [
        "Os aprendizes passarão {pct}% do tempo em {partners} empresas parceiras, cada um acompanhado por um tutor experiente.",
        "Cada aprendiz assina um acordo de aprendizagem com uma empresa de acolhimento, e os tutores das empresas recebem formação para avaliar o progresso.",
        "A formação em sala limita-se a dois dias por semana; o resto decorre no posto de trabalho {inSector}.",
      ],
      keywords: ["aprendizagem em contexto de trabalho", "formação dual", "estágios"],
    },
  },
  "rpl-certification": {
    en: {
      sentences: [
        "Workers who learned on the job will have their skills assessed and certified through a recognition of prior learning (RPL) process.",
        "Assessors will observe candidates at work and issue nationally recognised certificates to those who meet the standard.",
        "Candidates with skill gaps will receive short top-up training before a second assessment.",
      ],
      keywords: ["RPL", "certification", "skills recognition"],
    },
    fr: {
      sentences: [
        "Les travailleurs formés sur le tas verront leurs compétences évaluées et certifiées grâce à une démarche de validation des acquis de l'expérience (VAE).",
        "Des évaluateurs observeront les candidats en situation de travail et délivreront des certificats reconnus au niveau national à ceux qui atteignent le niveau requis.",
        "Les candidats présentant des lacunes suivront une courte formation complémentaire avant une seconde évaluation.",
      ],
      keywords: ["VAE", "certification", "reconnaissance des acquis"],
    },
    es: {
      sentences: [
        "Las personas que aprendieron en el trabajo verán sus competencias evaluadas y certificadas mediante un proceso de reconocimiento de aprendizajes previos.",
        "Los evaluadores observarán a los candidatos en su puesto de trabajo y otorgarán certificados con reconocimiento nacional a quienes cumplan el estándar.",
        "Quienes presenten brechas de competencias recibirán una formación complementaria corta antes de una segunda evaluación.",
      ],
      keywords: ["certificación de competencias", "reconocimiento de aprendizajes previos", "evaluación"],
    },
    pt: {
      sentences: [
        "Os trabalhadores que aprenderam no posto de trabalho terão as suas competências avaliadas e certificadas através de um processo de reconhecimento de aprendizagens prévias.",
        "Os avaliadores observarão os candidatos em contexto de trabalho e emitirão certificados reconhecidos a nível nacional para quem cumprir o padrão.",
        "Os candidatos com lacunas receberão uma formação complementar curta antes de uma segunda avaliação.",
      ],
      keywords: ["certificação de competências", "reconhecimento de aprendizagens", "avaliação"],
    },
  },
  "career-guidance": {
    en: {
      sentences: [
        "Career counsellors will run {few} guidance sessions in schools and youth centres, using labour market information to show which jobs are in demand.",
        "A job-matching service will connect graduates with employers and follow them during their first months at work.",
        "Each participant builds a personal career plan with a counsellor before choosing a training path.",
      ],
      keywords: ["career guidance", "job matching", "employment services"],
    },
    fr: {
      sentences: [
        "Des conseillers d'orientation animeront {few} séances dans les écoles et les maisons de jeunes, en s'appuyant sur l'information sur le marché du travail pour montrer les métiers qui recrutent.",
        "Un service de mise en relation connectera les diplômés avec les employeurs et les suivra pendant leurs premiers mois en emploi.",
        "Chaque participant élabore un projet professionnel avec un conseiller avant de choisir un parcours de formation.",
      ],
      keywords: ["orientation", "insertion professionnelle", "services de l'emploi"],
    },
    es: {
      sentences: [
        "Orientadores profesionales realizarán {few} sesiones en escuelas y centros juveniles, con información del mercado laboral que muestra qué empleos tienen demanda.",
        "Un servicio de intermediación laboral conectará a los egresados con empleadores y les dará seguimiento durante sus primeros meses de trabajo.",
        "Cada participante construye un plan de carrera personal con un orientador antes de elegir una ruta de formación.",
      ],
      keywords: ["orientación profesional", "intermediación laboral", "servicios de empleo"],
    },
    pt: {
      sentences: [
        "Conselheiros de orientação realizarão {few} sessões em escolas e centros juvenis, usando informação sobre o mercado de trabalho para mostrar as profissões com procura.",
        "Um serviço de intermediação ligará os diplomados aos empregadores e vai acompanhá-los nos primeiros meses de trabalho.",
        "Cada participante constrói um plano de carreira pessoal com um conselheiro antes de escolher um percurso de formação.",
      ],
      keywords: ["orientação profissional", "intermediação", "serviços de emprego"],
    },
  },
  "skills-data": {
    en: {
      sentences: [
        "A baseline survey of {few} employers will identify the skills most in demand {inSector}.",
        "We will publish an open dataset and a yearly report on skills gaps, developed with the national statistics office.",
        "Tracer studies will follow graduates for twelve months to measure employment outcomes.",
      ],
      keywords: ["skills survey", "tracer study", "labour market data"],
    },
    fr: {
      sentences: [
        "Une enquête de référence auprès de {few} employeurs permettra d'identifier les compétences les plus demandées {inSector}.",
        "Nous publierons un jeu de données ouvert et un rapport annuel sur les déficits de compétences, élaborés avec l'institut national de la statistique.",
        "Des études de suivi mesureront l'insertion professionnelle des diplômés pendant douze mois.",
      ],
      keywords: ["enquête sur les compétences", "étude de suivi", "données sur l'emploi"],
    },
    es: {
      sentences: [
        "Una encuesta de línea de base a {few} empleadores identificará las competencias más demandadas {inSector}.",
        "Publicaremos un conjunto de datos abiertos y un informe anual sobre brechas de competencias, elaborado con la oficina nacional de estadística.",
        "Estudios de seguimiento de egresados medirán su inserción laboral durante doce meses.",
      ],
      keywords: ["encuesta de competencias", "estudio de seguimiento", "datos laborales"],
    },
    pt: {
      sentences: [
        "Um inquérito de base a {few} empregadores identificará as competências mais procuradas {inSector}.",
        "Vamos publicar um conjunto de dados abertos e um relatório anual sobre défices de competências, elaborado com o instituto nacional de estatística.",
        "Estudos de acompanhamento dos diplomados medirão a sua inserção profissional durante doze meses.",
      ],
      keywords: ["inquérito de competências", "estudo de acompanhamento", "dados do trabalho"],
    },
  },
  "skills-ecosystem": {
    en: {
      sentences: [
        "A sector skills council bringing together employers, unions and training providers will review curricula every year.",
        "The project strengthens coordination between the ministry of labour, local government and the private sector.",
        "Social partners will co-design occupational standards so that training matches what employers need.",
      ],
      keywords: ["social dialogue", "sector skills council", "skills policy"],
    },
    fr: {
      sentences: [
        "Un conseil sectoriel des compétences réunissant employeurs, syndicats et organismes de formation révisera les référentiels chaque année.",
        "Le projet renforce la coordination entre le ministère du travail, les collectivités locales et le secteur privé.",
        "Les partenaires sociaux co-construiront des normes professionnelles afin que la formation réponde aux besoins des employeurs.",
      ],
      keywords: ["dialogue social", "conseil sectoriel", "politique de formation"],
    },
    es: {
      sentences: [
        "Un consejo sectorial de competencias que reúne a empleadores, sindicatos y centros de formación revisará los planes de estudio cada año.",
        "El proyecto fortalece la coordinación entre el ministerio de trabajo, los gobiernos locales y el sector privado.",
        "Los interlocutores sociales diseñarán conjuntamente normas ocupacionales para que la formación responda a lo que necesitan los empleadores.",
      ],
      keywords: ["diálogo social", "consejo sectorial", "política de formación"],
    },
    pt: {
      sentences: [
        "Um conselho setorial de competências que reúne empregadores, sindicatos e entidades formadoras revisará os currículos todos os anos.",
        "O projeto reforça a coordenação entre o ministério do trabalho, as autoridades locais e o setor privado.",
        "Os parceiros sociais vão desenhar em conjunto normas ocupacionais para que a formação corresponda às necessidades dos empregadores.",
      ],
      keywords: ["diálogo social", "conselho setorial", "política de formação"],
    },
  },
  "training-delivery": {
    en: {
      sentences: [
        "Training combines short video lessons, practical workshops and competency-based assessment at the end of each module.",
        "Instructors will use a blended learning model so that trainees in remote areas can follow the course.",
        "Every module ends with a practical test observed by two assessors, one of them from industry.",
      ],
      keywords: ["blended learning", "competency-based assessment", "curriculum"],
    },
    fr: {
      sentences: [
        "La formation combine de courtes leçons vidéo, des ateliers pratiques et une évaluation par compétences à la fin de chaque module.",
        "Les formateurs utiliseront un modèle hybride pour que les apprenants des zones isolées puissent suivre le cours.",
        "Chaque module se termine par une épreuve pratique observée par deux évaluateurs, dont un issu de l'entreprise.",
      ],
      keywords: ["formation hybride", "évaluation par compétences", "ingénierie pédagogique"],
    },
    es: {
      sentences: [
        "La formación combina lecciones cortas en video, talleres prácticos y evaluación por competencias al final de cada módulo.",
        "Los instructores usarán un modelo de aprendizaje mixto para que los participantes de zonas remotas puedan seguir el curso.",
        "Cada módulo termina con una prueba práctica observada por dos evaluadores, uno de ellos del sector productivo.",
      ],
      keywords: ["aprendizaje mixto", "evaluación por competencias", "diseño curricular"],
    },
    pt: {
      sentences: [
        "A formação combina aulas curtas em vídeo, oficinas práticas e avaliação por competências no fim de cada módulo.",
        "Os formadores usarão um modelo de ensino híbrido para que os formandos de zonas remotas possam acompanhar o curso.",
        "Cada módulo termina com uma prova prática observada por dois avaliadores, um deles vindo das empresas.",
      ],
      keywords: ["ensino híbrido", "avaliação por competências", "desenho curricular"],
    },
  },
  "social-inclusion": {
    en: {
      sentences: [
        "Childcare, transport allowances and flexible schedules remove the barriers that keep {benefDef} out of training.",
        "Outreach workers will visit communities to enrol people who have never attended formal training.",
        "At least half of the places are reserved for {benefDef}, and the training centre will be made fully accessible.",
      ],
      keywords: ["inclusion", "equal access", "gender equality"],
    },
    fr: {
      sentences: [
        "Une garde d'enfants, des indemnités de transport et des horaires souples lèvent les obstacles qui empêchent {benefDef} d'accéder à la formation.",
        "Des animateurs de proximité iront à la rencontre des communautés pour inscrire des personnes qui n'ont jamais suivi de formation.",
        "Au moins la moitié des places est réservée à {benefDef}, et le centre de formation sera rendu entièrement accessible.",
      ],
      keywords: ["inclusion", "égalité d'accès", "égalité femmes-hommes"],
    },
    es: {
      sentences: [
        "Servicios de cuidado infantil, ayudas para el transporte y horarios flexibles eliminan las barreras que impiden a {benefDef} acceder a la formación.",
        "Promotores comunitarios visitarán los barrios para inscribir a personas que nunca han asistido a una formación.",
        "Al menos la mitad de las plazas se reserva para {benefDef}, y el centro de formación será totalmente accesible.",
      ],
      keywords: ["inclusión", "igualdad de acceso", "igualdad de género"],
    },
    pt: {
      sentences: [
        "Serviços de creche, apoio ao transporte e horários flexíveis eliminam as barreiras que impedem {benefDef} de aceder à formação.",
        "Agentes comunitários visitarão as comunidades para inscrever pessoas que nunca frequentaram uma formação.",
        "Pelo menos metade das vagas é reservada a {benefDef}, e o centro de formação será totalmente acessível.",
      ],
      keywords: ["inclusão", "igualdade de acesso", "igualdade de género"],
    },
  },
  entrepreneurship: {
    en: {
      sentences: [
        "Graduates who want to start their own business receive coaching, a starter kit and access to small loans through a partner microfinance institution.",
        "Participants will write a business plan and pitch it to local investors at the end of the programme.",
        "We will help {few} micro-enterprises register, keep simple accounts and reach new customers.",
      ],
      keywords: ["entrepreneurship", "microenterprise", "self-employment"],
    },
    fr: {
      sentences: [
        "Les diplômés qui souhaitent créer leur entreprise bénéficient d'un accompagnement, d'un kit de démarrage et d'un accès au microcrédit grâce à une institution de microfinance partenaire.",
        "Les participants rédigeront un plan d'affaires et le présenteront à des investisseurs locaux à la fin du programme.",
        "Nous aiderons {few} micro-entreprises à se formaliser, à tenir une comptabilité simple et à trouver de nouveaux clients.",
      ],
      keywords: ["entrepreneuriat", "micro-entreprise", "auto-emploi"],
    },
    es: {
      sentences: [
        "Quienes deseen crear su propio negocio recibirán mentoría, un kit de arranque y acceso a microcréditos a través de una institución de microfinanzas aliada.",
        "Los participantes elaborarán un plan de negocios y lo presentarán a inversionistas locales al final del programa.",
        "Ayudaremos a {few} microempresas a formalizarse, llevar una contabilidad sencilla y llegar a nuevos clientes.",
      ],
      keywords: ["emprendimiento", "microempresa", "autoempleo"],
    },
    pt: {
      sentences: [
        "Os diplomados que querem criar o seu próprio negócio recebem mentoria, um kit de arranque e acesso a microcrédito através de uma instituição de microfinanças parceira.",
        "Os participantes vão elaborar um plano de negócios e apresentá-lo a investidores locais no fim do programa.",
        "Vamos ajudar {few} microempresas a formalizar-se, a manter uma contabilidade simples e a chegar a novos clientes.",
      ],
      keywords: ["empreendedorismo", "microempresa", "autoemprego"],
    },
  },
  "core-life-skills": {
    en: {
      sentences: [
        "Every course includes modules on communication, teamwork, problem solving and financial literacy.",
        "Life skills sessions build the confidence and resilience that participants need to keep a job.",
        "Trainees practise teamwork and conflict resolution in group projects that serve their own community.",
      ],
      keywords: ["life skills", "soft skills", "problem solving"],
    },
    fr: {
      sentences: [
        "Chaque cours comprend des modules sur la communication, le travail en équipe, la résolution de problèmes et l'éducation financière.",
        "Des séances de compétences de vie renforcent la confiance en soi et la résilience dont les participants ont besoin pour garder un emploi.",
        "Les apprenants pratiquent le travail en équipe et la gestion des conflits dans des projets collectifs au service de leur communauté.",
      ],
      keywords: ["compétences de vie", "compétences transversales", "résolution de problèmes"],
    },
    es: {
      sentences: [
        "Cada curso incluye módulos de comunicación, trabajo en equipo, resolución de problemas y educación financiera.",
        "Las sesiones de habilidades para la vida fortalecen la confianza y la resiliencia que los participantes necesitan para mantener un empleo.",
        "Los participantes practican el trabajo en equipo y la resolución de conflictos en proyectos grupales al servicio de su comunidad.",
      ],
      keywords: ["habilidades para la vida", "habilidades socioemocionales", "resolución de problemas"],
    },
    pt: {
      sentences: [
        "Cada curso inclui módulos de comunicação, trabalho em equipa, resolução de problemas e literacia financeira.",
        "As sessões de competências para a vida reforçam a confiança e a resiliência de que os participantes precisam para manter um emprego.",
        "Os formandos praticam o trabalho em equipa e a resolução de conflitos em projetos de grupo ao serviço da sua comunidade.",
      ],
      keywords: ["competências para a vida", "competências transversais", "resolução de problemas"],
    },
  },
};

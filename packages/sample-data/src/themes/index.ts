/** All themes of the sample, in a fixed order (the order feeds the seeded draws). */
import { agriFood } from "./agri-food.js";
import { careWork } from "./care-work.js";
import { careerApps } from "./career-apps.js";
import { circularEconomy } from "./circular-economy.js";
import { construction } from "./construction.js";
import { creativeIndustries } from "./creative-industries.js";
import { digitalSkills } from "./digital-skills.js";
import { disabilityInclusion } from "./disability-inclusion.js";
import { fisheries } from "./fisheries.js";
import { greenJobs } from "./green-jobs.js";
import { informalEconomy } from "./informal-economy.js";
import { labourMarketInformation } from "./labour-market-information.js";
import { lifeSkillsNeet } from "./life-skills-neet.js";
import { manufacturing } from "./manufacturing.js";
import { microCredentials } from "./micro-credentials.js";
import { mining } from "./mining.js";
import { refugeeSkills } from "./refugee-skills.js";
import { skillsFinancing } from "./skills-financing.js";
import { smeApprenticeships } from "./sme-apprenticeships.js";
import type { Theme } from "./theme.js";
import { tourism } from "./tourism.js";
import { tvetTeachers } from "./tvet-teachers.js";
import { womenInStem } from "./women-in-stem.js";

export type { Theme, ThemeWording } from "./theme.js";

export const THEMES: readonly Theme[] = [
  digitalSkills,
  greenJobs,
  agriFood,
  construction,
  careWork,
  tourism,
  smeApprenticeships,
  refugeeSkills,
  informalEconomy,
  womenInStem,
  careerApps,
  labourMarketInformation,
  microCredentials,
  tvetTeachers,
  lifeSkillsNeet,
  skillsFinancing,
  mining,
  fisheries,
  creativeIndustries,
  manufacturing,
  disabilityInclusion,
  circularEconomy,
];

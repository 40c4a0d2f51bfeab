/**
 * Writes the bundled sample: data/skills-challenge-sample.csv and .json.
 * Run by `npm run sample` (after `tsc -b`). Node only: not exported by the package.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { corpusToCsv } from "./csv.js";
import { sampleFacts } from "./facts.js";
import { generateSkillsChallenge } from "./skills-challenge.js";

const dataDirectory = fileURLToPath(new URL("../data/", import.meta.url));
const records = generateSkillsChallenge();
const files = {
  "skills-challenge-sample.csv": corpusToCsv(records),
  "skills-challenge-sample.json": JSON.stringify(records, null, 2) + "\n",
};

mkdirSync(dataDirectory, { recursive: true });
for (const [name, content] of Object.entries(files)) {
  writeFileSync(dataDirectory + name, content, "utf8");
  console.log(`wrote ${dataDirectory}${name} (${(Buffer.byteLength(content) / 1024).toFixed(0)} KiB)`);
}
const facts = sampleFacts(records);
console.log(
  `${facts.proposals} proposals, ${facts.countries} countries, ${facts.organizations} organisations, languages ${JSON.stringify(facts.languages)}`,
);

/**
 * Hand-written proposal files for the CLI tests (excluded from the build).
 * Two clear themes, so similarity and communities have something to find:
 * A-* farming apprenticeships for rural youth, D-* coding courses for women.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const HEADER = "id,title,organization,country,languages,categories,beneficiaries,description,keywords";

const FARMING = [
  ["A-1", "Farm apprenticeships for rural youth", "AgriSkills Kenya", "Kenya", "farm apprenticeship programme placing rural youth with farmers to learn crop production, irrigation and agribusiness on the farm"],
  ["A-2", "Young farmers apprenticeship network", "Sahel Farmers Union", "Senegal", "apprenticeship network where young farmers learn irrigation, crop rotation and agribusiness from experienced farmers in rural villages"],
  ["A-3", "Agribusiness skills for rural youth", "Green Valley Cooperative", "Uganda", "rural youth train in agribusiness, crop production and farm management through apprenticeships with cooperative farmers"],
  ["A-4", "Irrigation and crop apprenticeships", "Andes Agro Institute", "Peru", "apprenticeships in irrigation and crop production for young farmers and rural youth on cooperative farms in the highlands"],
];

const CODING = [
  ["D-1", "Coding bootcamp for women", "CodeHer Lagos", "Nigeria", "intensive coding bootcamp teaching women software development, web programming and digital skills for jobs in technology companies"],
  ["D-2", "Digital skills academy for young women", "Tech Sisters", "India", "academy giving young women digital skills, coding and web programming, with mentoring towards software development jobs"],
  ["D-3", "Women in software development", "Byte Forward", "Brazil", "software development and coding courses for women, covering web programming, digital skills and placements in technology companies"],
  ["D-4", "Online programming courses for women", "Digital Futures Foundation", "Philippines", "online programming and coding courses helping women gain digital skills and enter software development and technology jobs"],
];

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cells(id: string, title: string, organization: string, country: string, description: string, theme: "A" | "D"): string[] {
  const categories = theme === "A" ? "work-based-learning" : "training-delivery";
  const beneficiaries = theme === "A" ? "youth | rural-communities" : "women";
  const keywords = theme === "A" ? "apprenticeship | agriculture" : "coding | digital skills";
  return [id, title, organization, country, "en", categories, beneficiaries, description, keywords];
}

function row(...args: Parameters<typeof cells>): string {
  return cells(...args).map(csvCell).join(",");
}

/** The eight valid proposals as cells, header first (to write other formats). */
export const GOOD_TABLE: string[][] = [
  HEADER.split(","),
  ...FARMING.map(([id, title, org, country, text]) => cells(id!, title!, org!, country!, text!, "A")),
  ...CODING.map(([id, title, org, country, text]) => cells(id!, title!, org!, country!, text!, "D")),
];

const goodRows = GOOD_TABLE.slice(1).map((line) => line.map(csvCell).join(","));

/** Eight valid proposals, two themes. */
export const GOOD_CSV = [HEADER, ...goodRows].join("\n") + "\n";

/**
 * The same eight plus three: row 10 has neither title nor id (an error:
 * rejected), row 11 a country that does not exist (a warning: kept), row 12
 * the id of row 2 again (an error: rejected).
 */
export const BAD_CSV =
  [
    HEADER,
    ...goodRows,
    row("", "", "Nobody", "Kenya", "a proposal without a title about farm apprenticeships for rural youth", "A"),
    row("X-2", "Coding for women in Atlantis", "Lost Coders", "Atlantis", "coding bootcamp for women with web programming and digital skills", "D"),
    row("A-1", "Another farm project", "Copycat Farms", "Ghana", "farm apprenticeships for rural youth in crop production", "A"),
  ].join("\n") + "\n";

/** Eight valid proposals plus `count` rows with an unknown country each (warnings). */
export function csvWithWarnings(count: number): string {
  const extra = Array.from({ length: count }, (_, index) =>
    row(`W-${index + 1}`, `Coding club ${index + 1}`, `Club ${index + 1}`, `Nowhereland ${index + 1}`, "coding club for women learning web programming and digital skills", "D"),
  );
  return [HEADER, ...goodRows, ...extra].join("\n") + "\n";
}

/** Writes files into a fresh temporary folder and returns their paths by name. */
export function writeFixtures(files: Record<string, string>): Record<string, string> & { folder: string } {
  const folder = mkdtempSync(join(tmpdir(), "skills-network-cli-"));
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    paths[name] = join(folder, name);
    writeFileSync(paths[name]!, content);
  }
  return Object.assign(paths, { folder });
}

/** Path of the bundled sample, from the repository root. */
export const SAMPLE_CSV = new URL("../../sample-data/data/skills-challenge-sample.csv", import.meta.url).pathname;

/** The committed data files are what the generator makes today (run `npm run sample` after a change). */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { corpusToCsv } from "./csv.js";
import { generateSkillsChallenge } from "./skills-challenge.js";

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../data/${name}`, import.meta.url)), "utf8");

describe("bundled sample files", () => {
  const records = generateSkillsChallenge();

  it("data/skills-challenge-sample.csv matches the generator", () => {
    expect(read("skills-challenge-sample.csv") === corpusToCsv(records)).toBe(true);
  });

  it("data/skills-challenge-sample.json matches the generator", () => {
    expect(JSON.parse(read("skills-challenge-sample.json"))).toEqual(records);
  });

  it("stay under 1.5 MB each", () => {
    for (const name of ["skills-challenge-sample.csv", "skills-challenge-sample.json"]) {
      expect(Buffer.byteLength(read(name))).toBeLessThan(1.5 * 1024 * 1024);
    }
  });
});

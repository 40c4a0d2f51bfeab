import PorterStemmerEs from "natural/lib/natural/stemmers/porter_stemmer_es.js";
import { describe, expect, it } from "vitest";
import { longestSuffix, STEMMERS } from "./stemmers.js";

describe("stemmers", () => {
  it("finds the longest suffix a word ends in", () => {
    expect(longestSuffix("formaciones", ["es", "ones", "s", "iones"])).toBe("iones");
    expect(longestSuffix("joven", ["es", "s"])).toBe("");
    expect(longestSuffix("", ["", "a"])).toBe("");
  });

  it("stems Spanish exactly as natural's stemmer does", () => {
    const stems = ["form", "educ", "emprend", "profes", "jov", "muj", "trabaj", "habil", "agricult", "cosech", "dígit", "aprend", "capacit"];
    const endings = ["", "a", "as", "o", "os", "ación", "aciones", "amiento", "imientos", "idad", "idades", "ible", "mente", "ándolo", "iéndose", "arla", "ería", "ísimo", "ador", "adoras", "ante", "encia", "logía", "ución", "ista", "ivo", "ivamente", "é", "ó", "aron", "ieron", "es", "en"];
    const words = stems.flatMap((stem) => endings.map((ending) => stem + ending));
    expect(words.map((word) => STEMMERS.es.stem(word))).toEqual(words.map((word) => PorterStemmerEs.stem(word)));
  });
});

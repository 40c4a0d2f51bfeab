import { describe, expect, it } from "vitest";
import { prepareText, stripElisions, tokenize } from "./tokenize.js";

const words = (text: string) => tokenize(text).map((token) => token.word);

describe("tokenize", () => {
  it("lower-cases and keeps letters, digits and accents", () => {
    expect(words("Éducation NUMÉRIQUE 4IR")).toEqual(["éducation", "numérique", "4ir"]);
  });

  it("removes French and Italian elisions and English possessives", () => {
    expect(words("l'apprentissage d’une formation dell'agricoltura youth's jusqu'à")).toEqual([
      "apprentissage",
      "une",
      "formation",
      "agricoltura",
      "youth",
      "à",
    ]);
    expect(stripElisions("aujourd'hui")).toBe("aujourd'hui");
  });

  it("splits hyphenated words into joined parts, but keeps one-letter prefixes", () => {
    const tokens = tokenize("work-based e-learning");
    expect(tokens.map((t) => [t.word, t.surface, t.join])).toEqual([
      ["work", "work", "break"],
      ["based", "based", "hyphen"],
      ["elearning", "e-learning", "space"],
    ]);
  });

  it("marks clause breaks at punctuation and line breaks, not at spaces", () => {
    const joins = tokenize("digital skills, youth (rural)\nwomen - men").map((t) => `${t.word}:${t.join}`);
    expect(joins).toEqual(["digital:break", "skills:space", "youth:break", "rural:break", "women:break", "men:break"]);
  });

  it("cuts Chinese and Japanese text into overlapping character bigrams", () => {
    expect(words("职业教育")).toEqual(["职业", "业教", "教育"]);
  });

  it("prepares plain ASCII text as it prepares any text", () => {
    const full = (text: string) => text.normalize("NFC").toLowerCase().replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'").replace(/[\u2010\u2011]/g, "-");
    for (const text of ["Digital SKILLS, e-learning (2024)", "youth`s `quoted`", "E\u0301ducation", "d\u2019une work\u2010based", "Ｆull ÉLAN", "~{|}\u007f"]) {
      expect(prepareText(text), text).toBe(full(text));
    }
    expect(prepareText("youth`s")).toBe("youth's");
  });
});

import { describe, expect, it } from "vitest";
import { DisplayForms } from "./display-forms.js";
import { CorpusTerms, phraseForm } from "./term-dictionary.js";

function terms(wordKeys: string[]) {
  const surfaces = ["digital", "skills", "youth"];
  const wordForms = new DisplayForms(wordKeys.length);
  wordKeys.forEach((_, word) => wordForms.add(word, word % surfaces.length));
  // Terms: word 0, phrase (0, 1), word 1, word 2.
  return new CorpusTerms({
    wordKeys,
    surfaces,
    firstWord: Int32Array.from([0, 0, 1, 2]),
    secondWord: Int32Array.from([-1, 1, -1, -1]),
    wordForms,
    phraseForm: Float64Array.from([0, phraseForm(0, 1, false, surfaces.length), 0, 0]),
  });
}

const wordsOf = (dictionary: CorpusTerms, termId: number) => Array.from({ length: dictionary.wordCount(termId) }, (_, i) => dictionary.word(termId, i));

describe("CorpusTerms", () => {
  it("gives the words of a term as word ids, and a phrase's label from its written form", () => {
    const dictionary = terms(["digit", "skill", "youth"]);
    expect([0, 1, 2, 3].map((term) => wordsOf(dictionary, term))).toEqual([[0], [0, 1], [1], [2]]);
    expect(dictionary.label(1)).toBe("digital skills");
    expect(dictionary.key(1)).toBe("digit skill");
  });

  it("keeps the labels made in a batch until it returns, and gives the same labels outside", () => {
    const dictionary = terms(["digit", "skill", "youth"]);
    const outside = [0, 1, 2, 3].map((term) => dictionary.label(term));
    const inside = dictionary.remembering(() => dictionary.remembering(() => [0, 1, 2, 3, 1].map((term) => dictionary.label(term))));
    expect(inside).toEqual([...outside, "digital skills"]);
    expect(dictionary.remembering(() => 42)).toBe(42);
    expect(() => dictionary.remembering(() => { throw new Error("stop"); })).toThrow("stop");
    expect(dictionary.label(1)).toBe("digital skills");
  });

  it("splits keys at spaces should a word key hold one, as the keys' words", () => {
    const dictionary = terms(["digit", "skill youth", "skill"]);
    const words = [0, 1, 2, 3].map((term) => wordsOf(dictionary, term));
    // "digit", "digit skill youth", "skill youth", "skill": equal words get equal ids.
    expect(words.map((ids) => ids.length)).toEqual([1, 3, 2, 1]);
    expect(words[1]).toEqual([words[0][0], ...words[2]]);
    expect(words[3]).toEqual([words[2][0]]);
    expect(new Set(words.flat()).size).toBe(3);
  });
});

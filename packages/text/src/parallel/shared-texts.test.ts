import { describe, expect, it } from "vitest";
import { shareTexts, sharedDocument } from "./shared-texts.js";

describe("shared texts", () => {
  it("gives the worker the documents as they were, whatever their characters", () => {
    const docs = [
      { text: "Digital skills", language: "en", keywords: ["solar", "e-learning"] },
      { text: "Formación profesional — jóvenes 职业教育 😀", language: "es" },
      { text: "lone \ud800 surrogate \udc00", language: null, keywords: ["bad\udfff", ""] },
      { text: "", language: "en", keywords: [] },
    ];
    const texts = shareTexts(docs, Int32Array.from([2, 0, 1, 3]));
    expect(texts.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect([0, 1, 2, 3].map((i) => sharedDocument(texts, i))).toEqual([
      { text: docs[2].text, language: null, keywords: ["bad\udfff", ""] },
      { text: "Digital skills", language: "en", keywords: ["solar", "e-learning"] },
      { text: docs[1].text, language: "es", keywords: [] },
      { text: "", language: "en", keywords: [] },
    ]);
    // The strings UTF-8 cannot carry travel as they are; the others as bytes.
    expect(Object.values(texts.unencoded)).toEqual([docs[2].text, "bad\udfff"]);
  });
});

import type { TfIdfIndex } from "../src/similarity-index.js";
import type { TextDocument } from "../src/types.js";
import { random } from "./random.js";

const WORDS: Record<string, string[]> = {
  en: ["Digital", "skills", "young", "women", "bootcamps", "work-based", "learning", "e-learning", "training", "trainers", "farming", "the", "and", "2024"],
  fr: ["formation", "professionnelle", "jeunes", "femmes", "l'apprentissage", "numérique", "formations", "professionnelles", "école", "les", "et"],
  es: ["Formación", "profesional", "jóvenes", "mujeres", "educación", "digital", "emprendimiento", "además", "las", "de"],
  zh: ["职业教育", "数字技能", "培训"],
};

/** Documents in several languages, with punctuation, keywords and words seen in one part only. */
export function corpus(size: number, seed: number): TextDocument[] {
  const next = random(seed);
  const languages = Object.keys(WORDS);
  return Array.from({ length: size }, (_, i) => {
    const language = languages[Math.floor(next() * languages.length)];
    const words = WORDS[language];
    const text = Array.from({ length: 5 + Math.floor(next() * 25) }, (_, j) =>
      (next() < 0.1 ? `rare${i % 13}x` : words[Math.floor(next() * words.length)]) + (j % 7 === 6 ? "." : ""),
    ).join(" ");
    const keywords = next() < 0.5 ? [words[Math.floor(next() * words.length)] + " " + words[Math.floor(next() * words.length)]] : undefined;
    return { id: `d${i}`, language: next() < 0.1 ? null : language, text, keywords };
  });
}

/** Everything an index holds, in plain values. */
export function contents(index: TfIdfIndex) {
  const terms = Array.from({ length: index.vocabularySize }, (_, term) => [index.termKey(term), index.termLabel(term)]);
  const { docs, postings, maxWeight, rank } = index.searchArrays;
  return {
    ids: index.ids,
    terms,
    arrays: [docs.start, docs.index, docs.value, postings.start, postings.index, postings.value, maxWeight, rank].map((array) => Array.from(array)),
    query: index.query("digital skills formación", { k: 3, minScore: 0 }),
    neighbours: index.neighbours({ k: 4, minScore: 0.05 }),
    keywords: index.allKeywords(6),
    distinctive: index.distinctiveTerms([index.ids.slice(0, 9), index.ids.slice(20, 40)], 5),
  };
}


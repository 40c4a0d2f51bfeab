import { describe, expect, it } from "vitest";
import { CorpusCounter } from "./corpus-counter.js";

const TEXTS = [
  "digital skills for young women, digital skills bootcamps, one digital skill",
  "young women learn digital skills",
  "Digital Skills and coding bootcamps",
  "coding bootcamps: young women code",
  "farming cooperatives",
];

/** Per document, term key -> count; with the label of every term seen in two documents or more. */
function countAll(phraseDocuments: 1 | 2) {
  const counter = new CorpusCounter(true, phraseDocuments);
  const docs = TEXTS.map((text) => {
    counter.add(text, "en");
    counter.add("digital skills", "en", 2);
    return counter.takeDocument();
  });
  for (const late of counter.takeLateCounts()) {
    docs[late.doc] = {
      termIds: Uint32Array.from([...docs[late.doc].termIds, late.termId]),
      counts: Float64Array.from([...docs[late.doc].counts, late.count]),
    };
  }
  const perDoc = docs.map(({ termIds, counts }) => new Map([...termIds].map((id, i) => [counter.vocabulary.term(id), counts[i]])));
  const df = new Map<string, number>();
  for (const doc of perDoc) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const shared = [...df].filter(([, n]) => n >= 2).map(([term]) => term).sort();
  const labels = shared.map((term) => counter.label(counter.vocabulary.get(term)!));
  return { perDoc: perDoc.map((doc) => new Map([...doc].filter(([term]) => df.get(term)! >= 2))), shared, labels };
}

describe("CorpusCounter", () => {
  it("counts words and phrases per document, keyword occurrences boosted", () => {
    const { perDoc } = countAll(1);
    expect(perDoc[0].get("digit skill")).toBe(3 + 2);
    expect(perDoc[1].get("young woman")).toBe(1);
  });

  it("gives the same counts and labels when phrases wait for a second document", () => {
    const eager = countAll(1);
    const lazy = countAll(2);
    expect(lazy.shared).toEqual(eager.shared);
    expect(lazy.labels).toEqual(eager.labels);
    lazy.perDoc.forEach((doc, i) => expect(Object.fromEntries(doc)).toEqual(Object.fromEntries(eager.perDoc[i])));
    expect(lazy.labels).toContain("digital skills");
    expect(lazy.labels).toContain("coding bootcamps");
  });
});

import { describe, expect, it } from "vitest";
import { WordTable, hashRange } from "./word-table.js";

describe("WordTable", () => {
  it("finds words where they stand in a text, across many growths", () => {
    const table = new WordTable();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    for (const word of words) expect(table.add(word, hashRange(word, 0, word.length))).toBe(table.size - 1);
    const text = ` ${words.join(" ")} `;
    let at = 1;
    words.forEach((word, id) => {
      expect(table.find(text, at, at + word.length, hashRange(text, at, at + word.length))).toBe(id);
      at += word.length + 1;
    });
    expect(table.find("zz9", 0, 3, hashRange("zz9", 0, 3))).toBe(-1);
    expect(table.words[42]).toBe(words[42]);
  });

  it("tells apart words whose hashes collide", () => {
    const table = new WordTable();
    table.add("first", 7);
    table.add("other", 7);
    table.add("fir", 7);
    expect(table.find("first", 0, 5, 7)).toBe(0);
    expect(table.find("xotherx", 1, 6, 7)).toBe(1);
    expect(table.find("first", 0, 3, 7)).toBe(2);
    expect(table.find("firsT", 0, 5, 7)).toBe(-1);
  });
});

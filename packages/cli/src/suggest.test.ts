import { describe, expect, it } from "vitest";
import { editDistance, suggestIds } from "./suggest.js";

describe("suggestIds", () => {
  const ids = ["P-001", "P-010", "P-100", "Q-777", "SC-2021-045"];

  it("puts the same id in another case first, then containing ids, then close ones", () => {
    expect(suggestIds("p-001", ids)).toEqual(["P-001", "P-010", "P-100"]);
    expect(suggestIds("045", ids)[0]).toBe("SC-2021-045");
  });

  it("suggests nothing far away", () => {
    expect(suggestIds("zzzzzzzzzzzz", ids)).toEqual([]);
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});

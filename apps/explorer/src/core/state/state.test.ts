import { describe, expect, it } from "vitest";
import { createStore } from "./index.js";
import { compareValues, filtersEqual, hasFilters, keepKnownFilters, toggleFilterValue, withFacet } from "./utils.js";

describe("filter reducers", () => {
  it("adds and removes values, keeping them sorted and dropping empty facets", () => {
    let filters = toggleFilterValue({}, "country", "SN", true);
    filters = toggleFilterValue(filters, "country", "CI", true);
    filters = toggleFilterValue(filters, "language", "fr", true);
    expect(filters).toEqual({ language: ["fr"], country: ["CI", "SN"] });
    filters = toggleFilterValue(filters, "language", "fr", false);
    expect(filters).toEqual({ country: ["CI", "SN"] });
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters(toggleFilterValue(toggleFilterValue(filters, "country", "CI", false), "country", "SN", false))).toBe(false);
  });

  it("orders community numbers as numbers", () => {
    expect(withFacet({}, "community", ["10", "2", "0", "2"]).community).toEqual(["0", "2", "10"]);
    expect(["b", "10", "a", "9"].sort(compareValues)).toEqual(["9", "10", "a", "b"]);
  });

  it("does not change the input and compares by content", () => {
    const before = { category: ["skills-data"] } as const;
    const after = toggleFilterValue(before, "category", "work-based-learning", true);
    expect(before).toEqual({ category: ["skills-data"] });
    expect(filtersEqual(after, { category: ["skills-data", "work-based-learning"] })).toBe(true);
    expect(filtersEqual(after, before)).toBe(false);
  });

  it("drops values the data does not have (stale links)", () => {
    const known = (facet: string, value: string) => facet === "country" && value === "SN";
    expect(keepKnownFilters({ country: ["SN", "ZZ"], language: ["xx"] }, known)).toEqual({ country: ["SN"] });
  });
});

describe("store", () => {
  it("notifies with the previous state, and only when something changed", () => {
    const store = createStore({ a: 1, b: "x" });
    const seen: [number, number][] = [];
    store.subscribe((state, previous) => seen.push([state.a, previous.a]));
    store.set({ a: 2 });
    store.set({ a: 2 });
    store.set((state) => ({ a: state.a + 1 }));
    expect(seen).toEqual([
      [2, 1],
      [3, 2],
    ]);
    expect(store.get()).toEqual({ a: 3, b: "x" });
  });
});

import { describe, expect, it } from "vitest";
import { defaultViewState } from "../state/utils.js";
import { decodeViewState, encodeViewState, type SharedViewState } from "./index.js";

const shared = (state: Partial<SharedViewState> = {}): SharedViewState => {
  const { filters, filterMode, colorMode, sizeMode, selection, uiLanguage, view, drawing } = { ...defaultViewState, ...state };
  return { filters, filterMode, colorMode, sizeMode, selection, uiLanguage, view, drawing };
};

describe("view state in the URL", () => {
  it("leaves defaults out so that the plain page has no query", () => {
    expect(encodeViewState(shared())).toBe("");
  });

  it("round-trips filters, modes, the open node, the view and the language", () => {
    const state = shared({
      filters: { country: ["SN", "CI"], language: ["fr"], community: ["0", "12", "3"] },
      filterMode: "fade",
      colorMode: "category",
      sizeMode: "betweenness",
      selection: "proposal:P-001",
      uiLanguage: "es",
      view: "list",
      drawing: "light",
    });
    const query = encodeViewState(state);
    expect(query).toContain("f.country=SN%2CCI");
    expect(query).toContain("node=proposal%3AP-001");
    const decoded = decodeViewState(`?${query}`);
    // Values come back sorted (communities in number order), so the same view always has the same link.
    expect(decoded.filters).toEqual({ language: ["fr"], country: ["CI", "SN"], community: ["0", "3", "12"] });
    expect({ ...decoded, filters: undefined }).toEqual({ ...state, filters: undefined });
  });

  it("keeps a custom value that contains a comma or a percent sign", () => {
    const state = shared({ filters: { category: ["100% digital", "Green, blue & circular"] } });
    expect(decodeViewState(encodeViewState(state)).filters).toEqual(state.filters);
  });

  it("reads the documented parameter names", () => {
    const decoded = decodeViewState("lang=fr&f.category=skills-data,work-based-learning&color=region&size=betweenness&mode=fade&node=country:FR&view=list&draw=full");
    expect(decoded).toEqual({
      filters: { category: ["skills-data", "work-based-learning"] },
      uiLanguage: "fr",
      colorMode: "region",
      sizeMode: "betweenness",
      filterMode: "fade",
      selection: "country:FR",
      view: "list",
      drawing: "full",
    });
  });

  it("ignores unknown parameters and values instead of failing", () => {
    const decoded = decodeViewState("lang=de&color=rainbow&size=huge&mode=blink&view=3d&draw=heavy&f.planet=mars&f.language=&node=");
    expect(decoded).toEqual(shared());
  });
});

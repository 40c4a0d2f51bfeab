import { describe, expect, it } from "vitest";
import { normalizeCountry } from "./countries.js";

describe("normalizeCountry", () => {
  it.each([
    ["Senegal", "SN", "Senegal", "Africa", "Western Africa"],
    ["Sénégal", "SN", "Senegal", "Africa", "Western Africa"],
    ["SN", "SN", "Senegal", "Africa", "Western Africa"],
    ["SEN", "SN", "Senegal", "Africa", "Western Africa"],
    ["686", "SN", "Senegal", "Africa", "Western Africa"],
    ["Côte d'Ivoire", "CI", "Côte d'Ivoire", "Africa", "Western Africa"],
    ["Cote d'Ivoire", "CI", "Côte d'Ivoire", "Africa", "Western Africa"],
    ["Ivory Coast", "CI", "Côte d'Ivoire", "Africa", "Western Africa"],
    ["Costa de Marfil", "CI", "Côte d'Ivoire", "Africa", "Western Africa"],
    ["México", "MX", "Mexico", "Americas", "Central America"],
    ["Mexique", "MX", "Mexico", "Americas", "Central America"],
    ["Allemagne", "DE", "Germany", "Europe", "Western Europe"],
    ["Alemania", "DE", "Germany", "Europe", "Western Europe"],
    ["Germany", "DE", "Germany", "Europe", "Western Europe"],
    ["  germany ", "DE", "Germany", "Europe", "Western Europe"],
    ["Brésil", "BR", "Brazil", "Americas", "South America"],
    ["Estados Unidos", "US", "United States", "Americas", "Northern America"],
    ["Viet Nam", "VN", "Vietnam", "Asia", "South-eastern Asia"],
    ["The Gambia", "GM", "Gambia", "Africa", "Western Africa"],
    ["Bolivia (Plurinational State of)", "BO", "Bolivia", "Americas", "South America"],
    ["RDC", "CD", "Democratic Republic of the Congo", "Africa", "Middle Africa"],
  ])("%s -> %s", (value, code, name, region, subRegion) => {
    expect(normalizeCountry(value)).toEqual({ code, name, region, subRegion });
  });

  it("resolves English, French and Spanish names to one code per country", () => {
    const codes = (names: string[]) => new Set(names.map((name) => normalizeCountry(name)?.code));
    expect(codes(["Senegal", "Sénégal", "SN", "SEN"])).toEqual(new Set(["SN"]));
    expect(codes(["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast", "Costa de Marfil"])).toEqual(new Set(["CI"]));
    expect(codes(["México", "Mexique", "Mexico", "MEX"])).toEqual(new Set(["MX"]));
    expect(codes(["Allemagne", "Alemania", "Germany", "DEU"])).toEqual(new Set(["DE"]));
  });

  it("takes the official name over an alternative one (Congo is the Republic of the Congo)", () => {
    expect(normalizeCountry("Congo")?.code).toBe("CG");
  });

  it("fills places M49 leaves out and leaves Antarctica without region", () => {
    expect(normalizeCountry("Taiwan")).toMatchObject({ code: "TW", region: "Asia", subRegion: "Eastern Asia" });
    expect(normalizeCountry("Antarctica")).toMatchObject({ code: "AQ", region: null, subRegion: null });
  });

  it("returns null for empty or unknown values", () => {
    expect(normalizeCountry("")).toBeNull();
    expect(normalizeCountry("Narnia")).toBeNull();
    expect(normalizeCountry("ZZ")).toBeNull();
  });
});

import { normalizeCountry } from "@skills-network/records";
import { describe, expect, it } from "vitest";
import { inCountry, SAMPLE_COUNTRIES, selectCountries } from "./countries.js";

describe("SAMPLE_COUNTRIES", () => {
  it("has 96 countries whose names the records reader resolves to the intended code", () => {
    expect(SAMPLE_COUNTRIES).toHaveLength(96);
    const wrong = SAMPLE_COUNTRIES.filter((c) => normalizeCountry(c.name)?.code !== c.code).map((c) => c.name);
    expect(wrong).toEqual([]);
    expect(new Set(SAMPLE_COUNTRIES.map((c) => c.code)).size).toBe(96);
  });

  it("writes names as a local applicant would", () => {
    const names = new Set(SAMPLE_COUNTRIES.map((c) => c.name));
    for (const name of ["Sénégal", "Côte d'Ivoire", "Maroc", "Cameroun", "México", "Perú", "Colombia", "Brasil", "Kenya"]) {
      expect(names).toContain(name);
    }
  });

  it("leans towards Africa, Latin America and Asia-Pacific through its weights", () => {
    const weight = (codes: string[]) => SAMPLE_COUNTRIES.filter((c) => codes.includes(c.code)).reduce((s, c) => s + c.weight, 0);
    expect(weight(["NG", "KE", "IN", "SN", "CO"])).toBeGreaterThan(weight(["GB", "FR", "BE", "CH", "PT"]) * 4);
  });
});

describe("selectCountries", () => {
  it("takes the most represented countries first", () => {
    const five = selectCountries(5).map((c) => c.code);
    expect(five).toEqual(["NG", "IN", "KE", "GH", "UG"]);
  });

  it("names the allowed range when asked for too many", () => {
    expect(() => selectCountries(97)).toThrow("countries must be an integer from 1 to 96, got 97");
    expect(() => selectCountries(0)).toThrow(/from 1 to 96/);
  });
});

describe("inCountry", () => {
  it("uses the right preposition and article per language", () => {
    const byCode = (code: string) => SAMPLE_COUNTRIES.find((c) => c.code === code)!;
    expect(inCountry(byCode("SN"), "fr")).toBe("au Sénégal");
    expect(inCountry(byCode("SN"), "en")).toBe("in Senegal");
    expect(inCountry(byCode("PH"), "en")).toBe("in the Philippines");
    expect(inCountry(byCode("MX"), "es")).toBe("en México");
    expect(inCountry(byCode("BR"), "pt")).toBe("no Brasil");
  });
});

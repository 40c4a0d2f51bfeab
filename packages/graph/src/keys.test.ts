import { describe, expect, it } from "vitest";
import { organizationKey, slugify } from "./keys.js";

describe("slugify", () => {
  it("folds case, accents and punctuation into dashes", () => {
    expect(slugify("ACME Ltd.")).toBe("acme-ltd");
    expect(slugify("  acme   ltd ")).toBe("acme-ltd");
    expect(slugify("Fundación Educación & Trabajo")).toBe("fundacion-educacion-trabajo");
    expect(slugify("Œuvre d'Orient")).toBe("œuvre-d-orient");
  });

  it("keeps non-Latin letters", () => {
    expect(slugify("جمعية التدريب")).toBe("جمعية-التدريب");
  });

  it("falls back to the trimmed name when nothing is left", () => {
    expect(organizationKey("ACME Ltd")).toBe("organization:acme-ltd");
    expect(organizationKey(" *** ")).toBe("organization:***");
  });
});

import { describe, expect, it } from "vitest";
import { BENEFICIARY_GROUPS, ORGANIZATION_TYPES, SKILLS_CATEGORIES } from "@skills-network/records";
import { UI_LANGUAGES } from "../state/types.js";
import { dictionaries } from "./dictionaries.js";
import { format, formatParts, placeholders } from "./utils.js";
import { beneficiaryLabel, categoryLabel, organizationTypeLabel, regionLabel } from "./labels.js";

const englishKeys = Object.keys(dictionaries.en).sort();

describe("interface dictionaries", () => {
  it.each(UI_LANGUAGES)("%s has exactly the English keys, none empty", (language) => {
    const messages = dictionaries[language];
    expect(Object.keys(messages).sort()).toEqual(englishKeys);
    const empty = Object.entries(messages).filter(([, text]) => text.trim().length === 0);
    expect(empty).toEqual([]);
  });

  it.each(["fr", "es"] as const)("%s uses the same placeholders as English in every message", (language) => {
    const mismatches = englishKeys.filter(
      (key) =>
        placeholders(dictionaries.en[key as keyof typeof dictionaries.en]).sort().join() !==
        placeholders(dictionaries[language][key as keyof typeof dictionaries.en]).sort().join(),
    );
    expect(mismatches).toEqual([]);
  });

  it.each(["fr", "es"] as const)("%s is translated (headings differ from English)", (language) => {
    for (const key of ["filters.heading", "communities.heading", "match.heading", "detail.similar", "display.color"] as const) {
      expect(dictionaries[language][key]).not.toBe(dictionaries.en[key]);
    }
  });
});

describe("message formatting", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("{visible} of {total}", { visible: 3, total: 473 })).toBe("3 of 473");
    expect(format("{visible} of {total}", { visible: 3 })).toBe("3 of {total}");
  });

  it("splits a template around node placeholders in the language's word order", () => {
    const parts = formatParts(dictionaries.fr["filters.showing"], { visible: "V", total: "T" });
    expect(parts.join("")).toBe("V propositions affichées sur T");
    expect(parts).toContain("V");
  });
});

describe("data labels in the interface language", () => {
  it("labels every category, beneficiary group and organisation type in the three languages", () => {
    for (const language of UI_LANGUAGES) {
      for (const id of SKILLS_CATEGORIES) expect(categoryLabel(id, language)).not.toBe(id);
      for (const id of BENEFICIARY_GROUPS) expect(beneficiaryLabel(id, language)).not.toBe(id);
      for (const id of ORGANIZATION_TYPES) expect(organizationTypeLabel(id, language)).not.toBe(id);
    }
    expect(categoryLabel("work-based-learning", "en")).toBe("Work-based learning");
    expect(beneficiaryLabel("youth", "en")).toBe("Youth");
    expect(categoryLabel("work-based-learning", "fr")).not.toBe(categoryLabel("work-based-learning", "en"));
  });

  it("shows custom values as written, even ones named like object members", () => {
    expect(categoryLabel("Blue economy", "fr")).toBe("Blue economy");
    expect(categoryLabel("constructor", "en")).toBe("constructor");
    expect(regionLabel("Antarctica", "es")).toBe("Antarctica");
    expect(regionLabel("Africa", "fr")).toBe("Afrique");
    expect(regionLabel("Americas", "es")).toBe("Américas");
  });
});

import { describe, expect, it } from "vitest";
import type { Facet, FilterState } from "@skills-network/core";
import { filterCheckbox, filterValueCount, readNumber, toggleFilter, urlParams } from "./actions.js";
import { useExplorer } from "./harness.js";
import { expectedFacetCount, expectedVisible, sampleNetwork, telling, valuesOf } from "./sample-network.js";

/** For each facet under test, a facet whose counts should follow it. */
const FACETS_UNDER_TEST: [Facet, Facet][] = [
  ["language", "category"],
  ["country", "beneficiary"],
  ["beneficiary", "language"],
  ["category", "country"],
];

describe("filters", () => {
  const explorer = useExplorer();

  for (const [facet, other] of FACETS_UNDER_TEST) {
    it(`filtering by ${facet} shows the library's count, and ${other} counts follow`, async () => {
      const network = sampleNetwork();
      const value = telling(network, facet);
      const filters: FilterState = { [facet]: [value] };
      const expected = expectedVisible(network, filters);
      expect(expected).toBeGreaterThan(0);
      expect(expected).toBeLessThan(network.proposals.length);

      const view = await explorer.open();
      // Before any filter, the count beside the value says what choosing it would show.
      expect(await readNumber(filterValueCount(view.page, facet, value))).toBe(expected);

      await toggleFilter(view.page, facet, value);
      await view.waitForVisibleCount(expected);
      expect(await filterCheckbox(view.page, facet, value).isChecked()).toBe(true);
      expect(urlParams(view.page).get(`f.${facet}`)).toBe(value);

      const otherValue = telling(network, other, filters);
      const otherCount = expectedFacetCount(network, filters, other, otherValue);
      await expect.poll(() => readNumber(filterValueCount(view.page, other, otherValue))).toBe(otherCount);
      if (facet === "language") await view.screenshot("filtered");
    });
  }

  it("combines two filters and clears them in one click", async () => {
    const network = sampleNetwork();
    const language = telling(network, "language");
    const category = telling(network, "category", { language: [language] });
    const both: FilterState = { language: [language], category: [category] };
    const expected = expectedVisible(network, both);
    expect(expected).toBeLessThan(expectedVisible(network, { language: [language] }));

    const view = await explorer.open();
    await toggleFilter(view.page, "language", language);
    await view.waitForVisibleCount(expectedVisible(network, { language: [language] }));
    await toggleFilter(view.page, "category", category);
    await view.waitForVisibleCount(expected);
    expect(urlParams(view.page).get("f.category")).toBe(category);

    // Two values of one facet: a proposal passes with either.
    const secondLanguage = valuesOf(network, "language", { category: [category] }).find((entry) => entry.value !== language)!.value;
    const twoLanguages: FilterState = { language: [language, secondLanguage], category: [category] };
    await toggleFilter(view.page, "language", secondLanguage);
    await view.waitForVisibleCount(expectedVisible(network, twoLanguages));
    expect(urlParams(view.page).get("f.language")?.split(",").sort()).toEqual([language, secondLanguage].sort());

    await view.page.getByTestId("clear-filters").click();
    await view.waitForVisibleCount(network.proposals.length);
    expect(await filterCheckbox(view.page, "language", language).isChecked()).toBe(false);
    expect(await filterCheckbox(view.page, "category", category).isChecked()).toBe(false);
    expect([...urlParams(view.page).keys()].filter((key) => key.startsWith("f."))).toEqual([]);
  });

  it("fade mode keeps the count of matching proposals and is kept in the URL", async () => {
    const network = sampleNetwork();
    const language = telling(network, "language");
    const view = await explorer.open({ query: `mode=fade&f.language=${language}` });
    expect(await view.page.getByTestId("filter-mode").inputValue()).toBe("fade");
    await view.waitForVisibleCount(expectedVisible(network, { language: [language] }));
    await view.page.getByTestId("filter-mode").selectOption("hide");
    expect(urlParams(view.page).get("mode") ?? "hide").toBe("hide");
    await view.waitForVisibleCount(expectedVisible(network, { language: [language] }));
  });
});

import { describe, expect, it } from "vitest";
import { CATEGORY_LABELS, similarToText } from "@skills-network/core";
import { detailTitle, filterValueCount, readNumber, toggleFilter, urlParams } from "./actions.js";
import { useExplorer } from "./harness.js";
import { expectedVisible, sampleNetwork, telling } from "./sample-network.js";

type CategoryId = keyof typeof CATEGORY_LABELS;

describe("panels: find projects like mine, language, list view, communities", () => {
  const explorer = useExplorer();

  it("finds projects like a description, best match first", async () => {
    const network = sampleNetwork();
    // A description a person might write, borrowed from a proposal of the sample.
    const source = [...network.proposals].sort((a, b) => (a.id < b.id ? -1 : 1)).find((proposal) => proposal.objectives.length > 80)!;
    const text = source.objectives;
    const expected = similarToText(network, text);
    expect(expected.length).toBeGreaterThan(1);

    const view = await explorer.open();
    await view.page.getByTestId("match-text").fill(text);
    await view.page.getByTestId("match-submit").click();
    const results = view.page.getByTestId("match-result");
    await results.first().waitFor({ state: "visible" });
    expect(await results.count()).toBeGreaterThan(1);
    expect(await results.first().textContent()).toContain(expected[0]!.title);

    const scores = await results.locator(".score").allTextContents();
    if (scores.length > 1) {
      const values = scores.map((score) => Number.parseFloat(score.replace(",", ".")));
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
  });

  it("switches the interface to French and keeps it in the URL", async () => {
    const network = sampleNetwork();
    const category = telling(network, "category") as CategoryId;
    const view = await explorer.open();
    const clear = view.page.getByTestId("clear-filters");
    const englishClear = ((await clear.textContent()) ?? "").trim();
    const categoryGroup = view.page.getByTestId("filter-category");
    expect(await categoryGroup.textContent()).toContain(CATEGORY_LABELS[category].en);

    await view.page.getByTestId("ui-language").selectOption("fr");
    await expect.poll(() => categoryGroup.textContent()).toContain(CATEGORY_LABELS[category].fr);
    expect(((await clear.textContent()) ?? "").trim()).not.toBe(englishClear);
    expect(urlParams(view.page).get("lang")).toBe("fr");
    await view.screenshot("french-ui");

    const reopened = await explorer.openUrl(view.page.url());
    expect(await reopened.page.getByTestId("ui-language").inputValue()).toBe("fr");
    expect(await reopened.page.getByTestId("filter-category").textContent()).toContain(CATEGORY_LABELS[category].fr);
    expect(((await reopened.page.getByTestId("clear-filters").textContent()) ?? "").trim()).toBe(((await clear.textContent()) ?? "").trim());
  });

  it("lists one row per visible proposal and opens a row with Enter", async () => {
    const network = sampleNetwork();
    const view = await explorer.open();
    await view.page.getByTestId("view-toggle").click();
    const rows = view.page.getByTestId("list-row");
    await view.page.getByTestId("list-view").waitFor({ state: "visible" });
    await expect.poll(() => rows.count()).toBe(network.proposals.length);
    expect(urlParams(view.page).get("view")).toBe("list");

    const country = telling(network, "country");
    await toggleFilter(view.page, "country", country);
    const expected = expectedVisible(network, { country: [country] });
    await view.waitForVisibleCount(expected);
    await expect.poll(() => rows.count()).toBe(expected);
    await view.screenshot("list-view");

    const firstTitle = await rows.first().locator("td, [role=cell]").first().textContent();
    await rows.first().focus();
    await view.page.keyboard.press("Enter");
    expect(await detailTitle(view.page)).toBe((firstTitle ?? "").trim());
  });

  it("lists named communities whose sizes add up to the non-isolated proposals", async () => {
    const network = sampleNetwork();
    const { communities, isolated } = network.communities;
    const view = await explorer.open();
    const items = view.page.getByTestId("community-item");
    await expect.poll(() => items.count()).toBe(communities.length);

    const sizes = (await items.locator(".size").allTextContents()).map((text) => Number(text.replace(/[^\d]/g, "")));
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(network.proposals.length - isolated);
    const names = (await items.locator(".name").allTextContents()).map((name) => name.trim());
    expect(names.every((name) => name.length > 0)).toBe(true);
    expect(names[0]).toContain(communities[0]!.name);

    // Choosing one focuses it: the community filter selects it and the count follows.
    await items.first().click();
    await view.waitForVisibleCount(communities[0]!.size);
    expect(urlParams(view.page).get("f.community")).toBe(String(communities[0]!.id));
    expect(await readNumber(filterValueCount(view.page, "community", String(communities[0]!.id)))).toBe(communities[0]!.size);
  });
});

import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { similarProjects } from "@skills-network/core";
import { detailTitle, filterCheckbox, searchAndChoose, toggleFilter, urlParams } from "./actions.js";
import { useExplorer } from "./harness.js";
import { decodePng, pixelStats } from "./png.js";
import { expectedVisible, sampleNetwork, searchableProposal, telling } from "./sample-network.js";

describe("search, detail and shared links", () => {
  const explorer = useExplorer();

  it("suggests a proposal from part of its title and opens it", async () => {
    const network = sampleNetwork();
    const subject = searchableProposal(network);
    const view = await explorer.open();

    await view.page.getByTestId("search-input").pressSequentially(subject.typed, { delay: 10 });
    const suggestion = view.page.getByTestId("search-suggestion").filter({ hasText: subject.title });
    await suggestion.first().waitFor({ state: "visible" });
    await suggestion.first().click();

    expect(await detailTitle(view.page)).toBe(subject.title);
    expect(urlParams(view.page).get("node")).toBe(`proposal:${subject.id}`);
    await expect.poll(() => view.page.getByTestId("similar-item").count()).toBeGreaterThan(0);
    // The camera goes to the proposal, and again once the layout has moved it: its disc fills the middle
    // of the canvas, where the empty background would show otherwise.
    await view.waitForLayoutDone();
    const background = pixelStats(decodePng(await view.page.getByTestId("graph").screenshot())).background;
    await expect.poll(() => colourAtCentre(view.page), { timeout: 5000 }).not.toBe(background);
    await view.screenshot("node-open");
  });

  it("keeps the page inside the window when a long detail panel opens", async () => {
    const network = sampleNetwork();
    const subject = searchableProposal(network);
    const view = await explorer.open();
    await searchAndChoose(view.page, subject.typed, subject.title);
    expect(await detailTitle(view.page)).toBe(subject.title);
    await expect.poll(() => view.page.getByTestId("similar-item").count()).toBeGreaterThan(0);
    // The panels scroll inside the layout; the page itself must not grow past the window,
    // or scrolling past the end of a panel slides the whole app out of view.
    const { pageHeight, windowHeight } = await view.page.evaluate(() => ({
      pageHeight: document.documentElement.scrollHeight,
      windowHeight: window.innerHeight,
    }));
    expect(pageHeight).toBeLessThanOrEqual(windowHeight);
  });

  it("reaches a suggestion with the keyboard", async () => {
    const network = sampleNetwork();
    const subject = searchableProposal(network);
    const view = await explorer.open();
    const input = view.page.getByTestId("search-input");
    await input.pressSequentially(subject.typed, { delay: 10 });
    await view.page.getByTestId("search-suggestion").filter({ hasText: subject.title }).first().waitFor();
    // Arrow keys move the active option (aria-selected, the combobox pattern) until it is the subject.
    const suggestions = view.page.getByTestId("search-suggestion");
    const activeText = async () => (await suggestions.and(view.page.locator("[aria-selected=true]")).allTextContents()).join("");
    const count = await suggestions.count();
    for (let i = 0; i <= count && !(await activeText()).includes(subject.title); i++) await input.press("ArrowDown");
    expect(await activeText()).toContain(subject.title);
    await input.press("Enter");
    expect(await detailTitle(view.page)).toBe(subject.title);
  });

  it("opens a similar project from the detail panel", async () => {
    const network = sampleNetwork();
    const subject = searchableProposal(network);
    const [closest] = similarProjects(network, subject.id);
    const view = await explorer.open();
    await searchAndChoose(view.page, subject.typed, subject.title);
    expect(await detailTitle(view.page)).toBe(subject.title);

    const first = view.page.getByTestId("similar-item").first();
    await first.waitFor();
    expect(await first.textContent()).toContain(closest!.title);
    expect(await first.evaluate((element) => element.tagName)).toBe("BUTTON");
    expect(await first.locator(".score").count()).toBe(1);
    expect(((await first.locator(".shared-terms").textContent()) ?? "").trim().length).toBeGreaterThan(0);
    await first.click();

    await expect.poll(() => detailTitle(view.page)).toBe(closest!.title);
    expect(urlParams(view.page).get("node")).toBe(closest!.key);
  });

  it("restores filters, count and open proposal from a copied link", async () => {
    const network = sampleNetwork();
    const language = telling(network, "language");
    const filters = { language: [language] };
    const subject = searchableProposal(network, filters);
    const expected = expectedVisible(network, filters);

    const first = await explorer.open();
    await toggleFilter(first.page, "language", language);
    await first.waitForVisibleCount(expected);
    await searchAndChoose(first.page, subject.typed, subject.title);
    expect(await detailTitle(first.page)).toBe(subject.title);
    const copied = first.page.url();
    expect(new URL(copied).searchParams.get("node")).toBe(`proposal:${subject.id}`);

    const second = await explorer.openUrl(copied);
    expect(await second.visibleCount()).toBe(expected);
    expect(await filterCheckbox(second.page, "language", language).isChecked()).toBe(true);
    expect(await detailTitle(second.page)).toBe(subject.title);
  });

  it("ignores unknown URL values", async () => {
    const network = sampleNetwork();
    const view = await explorer.open({ query: "f.language=zz&color=rainbow&mode=sideways&node=proposal:NOPE&lang=xx" });
    // An unknown facet value is ignored: it must not hide the network.
    expect(await view.countOf("total-count")).toBe(network.proposals.length);
    expect(await view.visibleCount()).toBe(network.proposals.length);
    expect(await view.page.getByTestId("detail-title").isVisible()).toBe(false);
    expect(await view.page.getByTestId("color-mode").inputValue()).toBe("community");
    expect(await view.page.getByTestId("filter-mode").inputValue()).toBe("hide");
    expect(await view.page.getByTestId("ui-language").inputValue()).toBe("en");
  });
});

/** The most common colour (RGBA) of a 16 × 16 box at the centre of the canvas. */
async function colourAtCentre(page: Page): Promise<number> {
  const box = await page.getByTestId("graph").boundingBox();
  if (box === null) return -1;
  const clip = { x: box.x + box.width / 2 - 8, y: box.y + box.height / 2 - 8, width: 16, height: 16 };
  return pixelStats(decodePng(await page.screenshot({ clip }))).background;
}

/** What a person does on the explorer, addressed through the stable test ids. */
import type { Locator, Page } from "playwright-core";
import type { Facet } from "@skills-network/core";

/** A CSS string literal (attribute selectors): quotes and backslashes escaped. */
function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, "\\$&")}"`;
}

function checkboxSelector(value: string): string {
  return `input[type=checkbox][value=${cssString(value)}]`;
}

/** The checkbox of one facet value. */
export function filterCheckbox(page: Page, facet: Facet, value: string): Locator {
  return page.getByTestId(`filter-${facet}`).locator(checkboxSelector(value));
}

/** The `<span class="count">` beside one facet value. */
export function filterValueCount(page: Page, facet: Facet, value: string): Locator {
  return page
    .getByTestId(`filter-${facet}`)
    .locator("label")
    // `has` is matched inside each label, so it is a bare selector.
    .filter({ has: page.locator(checkboxSelector(value)) })
    .locator(".count");
}

export async function readNumber(locator: Locator): Promise<number> {
  const text = ((await locator.textContent()) ?? "").trim();
  const digits = text.replace(/[^\d]/g, "");
  if (digits === "") throw new Error(`expected a number, found "${text}"`);
  return Number(digits);
}

/** Ticks a facet value (scrolling it into view, as a person would). */
export async function toggleFilter(page: Page, facet: Facet, value: string): Promise<void> {
  const box = filterCheckbox(page, facet, value);
  await box.scrollIntoViewIfNeeded();
  await box.click();
}

/** Types into the search box and chooses the suggestion whose text contains `label`. */
export async function searchAndChoose(page: Page, typed: string, label: string): Promise<void> {
  const input = page.getByTestId("search-input");
  await input.fill("");
  await input.pressSequentially(typed, { delay: 10 });
  const suggestion = page.getByTestId("search-suggestion").filter({ hasText: label }).first();
  await suggestion.waitFor({ state: "visible" });
  await suggestion.click();
}

export async function detailTitle(page: Page): Promise<string> {
  const title = page.getByTestId("detail-title");
  await title.waitFor({ state: "visible" });
  return ((await title.textContent()) ?? "").trim();
}

/** Query parameters of the page's current URL. */
export function urlParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

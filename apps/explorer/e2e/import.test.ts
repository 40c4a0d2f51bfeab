import { describe, expect, it } from "vitest";
import { ImportError, readProposals } from "@skills-network/core";
import { issueText } from "../src/core/i18n/issues.js";
import { detailTitle } from "./actions.js";
import { badRowsCsv, brokenJson, hostileCsv, HOSTILE_TITLE } from "./fixtures.js";
import { useExplorer } from "./harness.js";
import { sampleNetwork } from "./sample-network.js";

describe("loading your own file", () => {
  const explorer = useExplorer();

  it("reports skipped and corrected rows with their row numbers", async () => {
    const { report } = readProposals(badRowsCsv, { fileName: "bad-rows.csv" });
    // The fixture is what it claims to be: the library flags rows 3, 4 and 5.
    const flaggedRows = [...new Set(report.issues.map((issue) => issue.row))].sort((a, b) => a - b);
    expect(flaggedRows).toEqual(expect.arrayContaining([3, 4, 5]));
    expect(report.rejected).toBeGreaterThan(0);

    const view = await explorer.open();
    expect(await view.loadFile("bad-rows.csv", badRowsCsv, "text/csv")).toBe("ready");
    await view.waitForVisibleCount(report.imported);
    expect(await view.countOf("total-count")).toBe(report.imported);

    const panel = view.page.getByTestId("import-report");
    await panel.waitFor({ state: "visible" });
    const summary = (await view.page.getByTestId("import-summary").textContent()) ?? "";
    expect(numbersIn(summary)).toEqual(expect.arrayContaining([report.records, report.imported, report.rejected]));

    const rows = await view.page.getByTestId("import-issue").allTextContents();
    expect(rows).toHaveLength(report.issues.length);
    for (const issue of report.issues) {
      const shown = rows.find((text) => numbersIn(text).includes(issue.row) && text.includes(issue.message));
      expect(shown, `issue of row ${issue.row}: ${issue.message}`).toBeDefined();
      expect(shown!.toLowerCase()).toContain(issue.severity);
      if (issue.field) expect(shown).toContain(issue.field);
    }
    await view.screenshot("import-report");

    // In French, every issue is worded in French (the row numbers stay).
    await view.page.getByTestId("ui-language").selectOption("fr");
    await view.page.waitForFunction(() => document.documentElement.lang === "fr");
    const french = await view.page.getByTestId("import-issue").allTextContents();
    for (const issue of report.issues) {
      const worded = issueText("fr", issue);
      expect(worded).not.toBe(issue.message);
      expect(french.some((text) => numbersIn(text).includes(issue.row) && text.includes(worded)), `fr: ${worded}`).toBe(true);
    }
    await view.page.getByTestId("ui-language").selectOption("en");

    // The report sits in the side panel: the list view beside it stays uncovered and usable.
    await view.page.getByTestId("view-toggle").click();
    const row = view.page.getByTestId("list-row").first();
    await row.waitFor({ state: "visible" });
    expect(await panel.isVisible()).toBe(true);
    const uncovered = await row.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return element.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
    });
    expect(uncovered).toBe(true);
    await row.click();
    expect(await detailTitle(view.page)).toBe(((await row.locator("td").first().textContent()) ?? "").trim());
  });

  it("keeps the current network when the file is broken", async () => {
    expect(() => readProposals(brokenJson, { fileName: "broken.json" })).toThrow();
    const network = sampleNetwork();
    const view = await explorer.open();

    const state = await view.loadFile("broken.json", brokenJson, "application/json");
    expect(["ready", "error"]).toContain(state);
    const error = view.page.getByTestId("load-error");
    await error.waitFor({ state: "visible" });
    expect(((await error.textContent()) ?? "").trim().length).toBeGreaterThan(10);
    expect(await view.visibleCount()).toBe(network.proposals.length);
    expect(await view.countOf("total-count")).toBe(network.proposals.length);

    // The reason is given in the interface language.
    const fatal = importErrorOf(() => readProposals(brokenJson, { fileName: "broken.json" })).report.issues[0]!;
    await view.page.getByTestId("ui-language").selectOption("es");
    expect(["ready", "error"]).toContain(await view.loadFile("broken.json", brokenJson, "application/json"));
    await error.waitFor({ state: "visible" });
    expect(await error.textContent()).toContain(issueText("es", fatal));
  });

  it("shows a hostile title as text and never runs it", async () => {
    const view = await explorer.open();
    expect(await view.loadFile("hostile.csv", hostileCsv, "text/csv")).toBe("ready");
    await view.waitForVisibleCount(3);

    // The import report is read, then dismissed as a person would.
    const report = view.page.getByTestId("import-report");
    if (await report.isVisible()) {
      await report.getByRole("button", { name: "Dismiss" }).click();
      await report.waitFor({ state: "hidden" });
    }
    // In the list view, as a row...
    await view.page.getByTestId("view-toggle").click();
    const row = view.page.getByTestId("list-row").filter({ hasText: HOSTILE_TITLE });
    await row.waitFor({ state: "visible" });
    await row.click();
    // ...and in the detail panel, literally.
    expect(await detailTitle(view.page)).toBe(HOSTILE_TITLE);

    // ...and as a search suggestion.
    await view.page.getByTestId("search-input").pressSequentially("<img src", { delay: 10 });
    await view.page.getByTestId("search-suggestion").filter({ hasText: HOSTILE_TITLE }).first().waitFor();

    await view.page.waitForTimeout(300); // an injected onerror would have fired by now
    expect(await view.page.locator('img[src="x"], img[onerror]').count()).toBe(0);
    expect(view.dialogs).toEqual([]);
  });
});

function numbersIn(text: string): number[] {
  return (text.match(/\d+/g) ?? []).map(Number);
}

function importErrorOf(read: () => unknown): ImportError {
  try {
    read();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

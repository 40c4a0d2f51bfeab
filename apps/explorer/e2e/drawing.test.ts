import { describe, expect, it } from "vitest";
import { defaults, readAndBuild } from "@skills-network/core";
import { corpusToCsv, generateCorpus } from "@skills-network/sample-data";
import { en } from "../src/core/i18n/en.js";
import { es } from "../src/core/i18n/es.js";
import { fr } from "../src/core/i18n/fr.js";
import { isLargeGraph } from "../src/core/sigma/large.js";
import { searchAndChoose, detailTitle, urlParams } from "./actions.js";
import { uniquePrefix } from "../bench/titles.js";
import { useExplorer, type ExplorerPage } from "./harness.js";
import { decodePng, pixelStats } from "./png.js";

/** Non-background pixels of the canvas, once two frames have been drawn. */
async function inkOf(view: ExplorerPage): Promise<number> {
  await view.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return pixelStats(decodePng(await view.page.getByTestId("graph").screenshot())).foregroundPixels;
}

describe("full and light drawing", () => {
  const explorer = useExplorer();

  it("draws the sample in full, and light on demand, with its label in the interface language", async () => {
    const view = await explorer.open();
    await view.waitForLayoutDone();
    // The sample is small enough for betweenness: sizing by it is offered, with no note.
    expect(await view.page.locator('[data-testid="size-mode"] option[value="betweenness"]').isDisabled()).toBe(false);
    expect(await view.page.getByTestId("betweenness-note").isVisible()).toBe(false);
    const drawAll = view.page.getByTestId("draw-all");
    const note = view.page.getByTestId("drawing-note");
    expect(await drawAll.isChecked()).toBe(true);
    expect(await note.isVisible()).toBe(false);
    const full = await inkOf(view);

    await drawAll.uncheck();
    expect(urlParams(view.page).get("draw")).toBe("light");
    await note.waitFor({ state: "visible" });
    // Links and context nodes are gone: far less ink on the canvas.
    expect(await inkOf(view)).toBeLessThan(full * 0.8);

    const label = view.page.locator("label[for=control-draw-all]");
    expect(((await label.textContent()) ?? "").trim()).toBe(en["display.drawAll"]);
    for (const [language, messages] of [["fr", fr], ["es", es]] as const) {
      await view.page.getByTestId("ui-language").selectOption(language);
      await expect.poll(async () => ((await label.textContent()) ?? "").trim()).toBe(messages["display.drawAll"]);
      expect(((await note.textContent()) ?? "").trim()).toBe(messages["display.lightNote"]);
    }

    // The choice travels with a copied link.
    const reopened = await explorer.openUrl(view.page.url());
    expect(await reopened.page.getByTestId("draw-all").isChecked()).toBe(false);
  });

  it("starts a large network light, links the open node, and draws everything when asked", async () => {
    // One more proposal than the library computes betweenness for.
    const records = generateCorpus({ size: defaults.betweennessLimit + 1 });
    const csv = corpusToCsv(records);
    const network = readAndBuild(csv, { read: { fileName: "large.csv" } });
    // The file is what the test needs: above the size where drawing turns light.
    expect(isLargeGraph(network.graph)).toBe(true);

    const view = await explorer.open();
    expect(await view.loadFile("large.csv", csv, "text/csv")).toBe("ready");
    await view.waitForVisibleCount(network.proposals.length);
    await view.waitForLayoutDone();
    // No betweenness at this size: sizing by it is disabled, and a note says why.
    expect(await view.page.locator('[data-testid="size-mode"] option[value="betweenness"]').isDisabled()).toBe(true);
    const betweennessNote = view.page.getByTestId("betweenness-note");
    expect(await betweennessNote.isVisible()).toBe(true);
    expect(await betweennessNote.textContent()).toContain(defaults.betweennessLimit.toLocaleString("en"));
    const drawAll = view.page.getByTestId("draw-all");
    expect(await drawAll.isChecked()).toBe(false);
    expect(await view.page.getByTestId("drawing-note").isVisible()).toBe(true);
    expect(urlParams(view.page).get("draw")).toBeNull();
    const light = await inkOf(view);

    await drawAll.check();
    expect(urlParams(view.page).get("draw")).toBe("full");
    expect(await view.page.getByTestId("drawing-note").isVisible()).toBe(false);
    expect(await inkOf(view)).toBeGreaterThan(light);
    await drawAll.uncheck();
    expect(urlParams(view.page).get("draw")).toBe("light");

    // Opening a proposal draws its links, its organisation, country... around it.
    const subject = records[0]!;
    await searchAndChoose(view.page, uniquePrefix(records.map((record) => record.title), subject.title), subject.title);
    expect(await detailTitle(view.page)).toBe(subject.title);
    await view.page.waitForTimeout(600); // the camera glides to the node
    expect(await inkOf(view)).not.toBe(light);
  });
});

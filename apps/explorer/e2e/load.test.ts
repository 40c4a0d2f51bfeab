import { describe, expect, it } from "vitest";
import { CATEGORY_LABELS } from "@skills-network/core";
import { useExplorer } from "./harness.js";
import { decodePng, pixelStats } from "./png.js";
import { sampleNetwork } from "./sample-network.js";

type SkillsCategoryId = keyof typeof CATEGORY_LABELS;

function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

describe("opening the explorer", () => {
  const explorer = useExplorer();

  it("shows every proposal of the sample and draws the network", async () => {
    const network = sampleNetwork();
    const view = await explorer.open();
    expect(await view.countOf("total-count")).toBe(network.proposals.length);
    expect(await view.visibleCount()).toBe(network.proposals.length);

    await view.waitForLayoutDone();
    await view.screenshot("initial");
    const image = decodePng(await view.page.getByTestId("graph").screenshot());
    const stats = pixelStats(image);
    // Hundreds of coloured nodes and edges: far more than a blank or single-colour canvas.
    expect(stats.distinctColours).toBeGreaterThan(50);
    expect(stats.foregroundPixels / stats.totalPixels).toBeGreaterThan(0.01);
  });

  it("tells the layout state and shows a legend that follows the colour choice", async () => {
    const network = sampleNetwork();
    const view = await explorer.open();
    await view.waitForLayoutDone();
    const layoutStates = (await view.stateLog()).filter((change) => change.attribute === "layout").map((change) => change.value);
    expect(layoutStates).toContain("running");
    expect(layoutStates.at(-1)).toBe("done");

    const legend = view.page.getByTestId("legend");
    const colorMode = view.page.getByTestId("color-mode");
    await colorMode.selectOption("category");
    const topCategory = mostFrequent(network.proposals.flatMap((proposal) => proposal.categories));
    await expect.poll(() => legend.textContent()).toContain(CATEGORY_LABELS[topCategory as SkillsCategoryId].en);
    expect(new URL(view.page.url()).searchParams.get("color")).toBe("category");

    await colorMode.selectOption("region");
    const topRegion = mostFrequent(network.proposals.map((proposal) => proposal.region ?? ""));
    await expect.poll(() => legend.textContent()).toContain(topRegion);
    expect(await legend.textContent()).not.toContain(CATEGORY_LABELS[topCategory as SkillsCategoryId].en);
    expect(await view.page.getByTestId("legend-item").count()).toBeGreaterThan(1);
  });
});

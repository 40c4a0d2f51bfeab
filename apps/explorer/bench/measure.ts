/** The browser benchmark's measurements, each on the page's own clock. */
import type { Browser, Page } from "playwright-core";
import { stateLogScript, type StateChange } from "../e2e/state-log.js";
import { pageTimersScript, type ClickTiming } from "./page-timers.js";

const LONG = 15 * 60_000;

export interface Sample {
  label: string;
  /** Milliseconds (unless `unit` says otherwise), one per run. */
  runs: number[];
  /** Unit of the runs when they are not milliseconds (e.g. "/s"). */
  unit?: string;
  /** Target to meet (median <= target), when there is one. */
  target?: number;
  note?: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A fresh page with the state log and the timers, at `url`, ready. */
export async function openInstrumented(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`  page error: ${error.message}`));
  await page.addInitScript({ content: stateLogScript });
  await page.addInitScript({ content: pageTimersScript });
  await page.goto(url);
  await waitForState(page, 0, LONG);
  return page;
}

async function stateLog(page: Page): Promise<StateChange[]> {
  return page.evaluate(() => window.__stateLog ?? []);
}

/** Waits for a "ready" state recorded at or after log position `from`; fails on "error". */
async function waitForState(page: Page, from: number, timeout: number): Promise<StateChange> {
  await page.waitForFunction(
    (start) => (window.__stateLog ?? []).slice(start).some((entry) => entry.attribute === "state" && (entry.value === "ready" || entry.value === "error")),
    from,
    { timeout, polling: 50 },
  );
  const change = (await stateLog(page)).slice(from).find((entry) => entry.attribute === "state" && (entry.value === "ready" || entry.value === "error"))!;
  if (change.value === "error") throw new Error(`the explorer reported an error: ${await page.getByTestId("load-error").textContent()}`);
  return change;
}

/** Navigation start -> first "ready", and -> layout "done", over `runs` fresh pages. */
export async function measureFirstRender(browser: Browser, url: string, runs: number): Promise<{ ready: number[]; layout: number[] }> {
  const ready: number[] = [];
  const layout: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await openInstrumented(browser, url);
    await page.waitForFunction(() => document.body.dataset.layout === "done", undefined, { timeout: LONG });
    const log = await stateLog(page);
    ready.push(log.find((entry) => entry.attribute === "state" && entry.value === "ready")!.time);
    layout.push(log.findLast((entry) => entry.attribute === "layout" && entry.value === "done")!.time);
    await page.context().close();
  }
  return { ready, layout };
}

export interface LoadTiming {
  /** File chosen -> "ready" (page clock): reading, building in the worker, first render. */
  ready: number;
  /** File chosen -> layout "done". */
  layoutDone: number;
  /** Layout "running" -> "done". */
  layoutRunning: number;
  /** ForceAtlas2 iterations, from the app's performance.measure("skills-network:layout") (detail.iterations). */
  iterations: number | null;
  /** Iterations over the whole layout run (ForceAtlas2 + noverlap), per second. */
  iterationsPerSecond: number | null;
}

/** The measure the app records once a layout run is over. */
const LAYOUT_MEASURE = "skills-network:layout";

/** Iterations of the last layout run, from the measure the app records (nulls when it records none). */
export async function layoutSpeed(page: Page): Promise<Pick<LoadTiming, "iterations" | "iterationsPerSecond">> {
  const measure = await page.evaluate((name) => {
    const entry = performance.getEntriesByName(name).at(-1) as PerformanceMeasure | undefined;
    const detail = entry?.detail as { iterations?: unknown } | null | undefined;
    return entry ? { duration: entry.duration, iterations: typeof detail?.iterations === "number" ? detail.iterations : null } : null;
  }, LAYOUT_MEASURE);
  const iterations = measure?.iterations ?? null;
  return {
    iterations,
    iterationsPerSecond: iterations !== null && measure!.duration > 0 ? (iterations / measure!.duration) * 1000 : null,
  };
}

/** Loads a file (a path: Playwright refuses buffers over 50 MB) through the file input and times it until the layout rests. */
export async function measureLoad(page: Page, file: string): Promise<LoadTiming> {
  const from = (await stateLog(page)).length;
  await page.evaluate((name) => performance.clearMeasures(name), LAYOUT_MEASURE);
  await page.getByTestId("file-input").setInputFiles(file);
  const ready = await waitForState(page, from, LONG);
  await page.waitForFunction(
    (start) => (window.__stateLog ?? []).slice(start).some((entry) => entry.attribute === "layout" && entry.value === "done"),
    from,
    { timeout: LONG, polling: 100 },
  );
  const log = (await stateLog(page)).slice(from);
  const chosenAt = (await page.evaluate(() => window.__timers?.fileChosenAt ?? null)) ?? log[0]!.time;
  const running = log.find((entry) => entry.attribute === "layout" && entry.value === "running");
  const done = log.findLast((entry) => entry.attribute === "layout" && entry.value === "done")!;
  return {
    ready: ready.time - chosenAt,
    layoutDone: done.time - chosenAt,
    layoutRunning: running ? done.time - running.time : 0,
    ...(await layoutSpeed(page)),
  };
}

/**
 * Click on a facet value -> visible-count shows the count printed beside it
 * (and a frame later), then click again -> the total is back. `repeats` pairs.
 */
export async function measureFilter(page: Page, repeats: number): Promise<ClickTiming[]> {
  const total = ((await page.getByTestId("total-count").textContent()) ?? "").trim();
  const value = await page.evaluate((all) => {
    const labels = [...document.querySelectorAll("[data-testid=filter-language] label")];
    const label = labels.find((candidate) => {
      const count = (candidate.querySelector(".count")?.textContent ?? "").trim();
      return count !== "" && count !== "0" && count !== all;
    });
    return label?.querySelector("input")?.getAttribute("value") ?? null;
  }, total);
  if (value === null) throw new Error("no language value that filters anything out");
  const input = `input[type=checkbox][value="${value}"]`;
  const checkbox = `[data-testid=filter-language] ${input}`;
  const expected = ((await page.locator("[data-testid=filter-language] label").filter({ has: page.locator(input) }).locator(".count").textContent()) ?? "").trim();
  await page.locator(checkbox).scrollIntoViewIfNeeded();
  const timings: ClickTiming[] = [];
  for (let i = 0; i < repeats; i++) {
    for (const shown of [expected, total]) {
      timings.push(await page.evaluate(([click, text]) => window.__timers!.timeClick(click, "[data-testid=visible-count]", text), [checkbox, shown] as const));
    }
  }
  return timings;
}

/** Type part of a title, wait for its suggestion, then time choose -> detail title shown. One run per target. */
export async function measureOpen(page: Page, targets: readonly { title: string; typed: string }[]): Promise<ClickTiming[]> {
  const durations: ClickTiming[] = [];
  const input = page.getByTestId("search-input");
  for (const { title, typed } of targets) {
    await input.fill("");
    await input.pressSequentially(typed, { delay: 5 });
    const suggestion = page.getByTestId("search-suggestion").filter({ hasText: title }).first();
    await suggestion.waitFor({ state: "visible", timeout: 30_000 });
    await suggestion.evaluate((element) => element.setAttribute("data-bench-target", ""));
    durations.push(await page.evaluate((expected) => window.__timers!.timeClick("[data-bench-target]", "[data-testid=detail-title]", expected), title));
  }
  return durations;
}

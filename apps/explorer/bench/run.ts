/**
 * Browser benchmark of the explorer's production build: first render of the
 * bundled sample, building and drawing a 20,000-proposal file, layout speed,
 * and the time a filter or opening a node takes to reach the screen.
 *
 *   npm run build && node --conditions=source --import tsx apps/explorer/bench/run.ts [--size 20000] [--runs 3]
 *
 * Prints a table and writes bench-results/explorer-browser.json.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { corpusToCsv, generateCorpus } from "@skills-network/sample-data";
import { readProposals } from "@skills-network/core";
import { launchBrowser } from "../e2e/browser.js";
import { repositoryRoot } from "../e2e/paths.js";
import { startStaticServer } from "../e2e/static-server.js";
import { measureFilter, measureFirstRender, measureLoad, measureOpen, median, openInstrumented, type Sample } from "./measure.js";
import { formatTable } from "./table.js";

const { values } = parseArgs({
  options: { size: { type: "string", default: "20000" }, runs: { type: "string", default: "3" } },
});
const size = Number(values.size);
const runs = Number(values.runs);

const samplePath = join(repositoryRoot, "packages", "sample-data", "data", "skills-challenge-sample.csv");

/** Titles to search for: every n-th proposal, so the runs open different nodes. */
function spreadTitles(titles: readonly string[], count: number): string[] {
  const step = Math.max(1, Math.floor(titles.length / count));
  return Array.from({ length: Math.min(count, titles.length) }, (_, i) => titles[i * step]!);
}

const server = await startStaticServer();
const browser = await launchBrowser();
const samples: Sample[] = [];
try {
  console.log(`explorer browser benchmark: ${server.url}, ${runs} runs, ${size} proposals`);
  const first = await measureFirstRender(browser, `${server.url}/`, runs);
  samples.push({ label: "sample: navigation -> ready", runs: first.ready, target: 2000 });
  samples.push({ label: "sample: navigation -> layout done", runs: first.layout });

  const page = await openInstrumented(browser, `${server.url}/`);
  await page.waitForFunction(() => document.body.dataset.layout === "done", undefined, { timeout: 120_000 });
  const sampleTitles = readProposals(await readFile(samplePath, "utf8"), { fileName: "sample.csv" }).proposals.map((p) => p.title);
  samples.push({ label: "sample: filter click -> count shown", runs: await measureFilter(page, runs * 2), target: 100 });
  samples.push({ label: "sample: choose suggestion -> detail", runs: await measureOpen(page, spreadTitles(sampleTitles, runs * 2)), target: 100 });

  const records = generateCorpus({ size });
  const csv = corpusToCsv(records);
  console.log(`  generated ${records.length} proposals (${(csv.length / 1e6).toFixed(1)} MB of CSV); loading...`);
  const load = await measureLoad(page, `corpus-${size}.csv`, csv);
  samples.push({ label: `${size}: file chosen -> ready`, runs: [load.ready] });
  samples.push({ label: `${size}: file chosen -> layout done`, runs: [load.layoutDone] });
  samples.push({
    label: `${size}: layout running -> done`,
    runs: [load.layoutRunning],
    note: load.iterationsPerSecond === null
      ? "the app records no performance.measure('layout-iteration'): wall-clock of the layout only"
      : `${load.iterations} iterations, ${load.iterationsPerSecond.toFixed(1)} iterations/s`,
  });
  samples.push({ label: `${size}: filter click -> count shown`, runs: await measureFilter(page, runs), target: 100 });
  const corpusTitles = spreadTitles(records.map((record) => record.title), runs);
  samples.push({ label: `${size}: choose suggestion -> detail`, runs: await measureOpen(page, corpusTitles), target: 100 });
} finally {
  await browser.close();
  await server.close();
}

console.log(formatTable(samples));
const resultsDirectory = join(repositoryRoot, "bench-results");
await mkdir(resultsDirectory, { recursive: true });
await writeFile(
  join(resultsDirectory, "explorer-browser.json"),
  `${JSON.stringify({ size, runs, samples: samples.map((sample) => ({ ...sample, median: median(sample.runs) })) }, null, 2)}\n`,
);
const missed = samples.filter((sample) => sample.target !== undefined && median(sample.runs) > sample.target);
if (missed.length > 0) console.log(`targets missed: ${missed.map((sample) => sample.label).join("; ")}`);

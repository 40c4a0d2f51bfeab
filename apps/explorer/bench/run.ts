/**
 * Browser benchmark of the explorer's production build: first render of the
 * bundled sample, building and drawing a 20,000-proposal file, layout speed,
 * and the time a filter or opening a node takes to reach the screen.
 *
 *   npm run build && node --conditions=source --import tsx apps/explorer/bench/run.ts [--size 20000] [--runs 3]
 *
 * Prints a table and writes bench-results/explorer-browser.json.
 *
 * A click is timed twice, on the page's own clock: "in DOM" when the page
 * shows the result (the visible count, the detail title), "painted" once the
 * browser has produced the next frame after that (requestAnimationFrame, then a
 * task), i.e. the canvas redraw included. The 100 ms targets apply to "painted".
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { corpusToCsv, generateCorpus } from "@skills-network/sample-data";
import { readProposals } from "@skills-network/core";
import { launchBrowser } from "../e2e/browser.js";
import { bundledSample } from "../e2e/bundled-sample.js";
import { repositoryRoot, samplePath } from "../e2e/paths.js";
import { startStaticServer } from "../e2e/static-server.js";
import {
  layoutSpeed,
  measureFilter,
  measureFirstRender,
  measureLoad,
  measureOpen,
  median,
  openInstrumented,
  type Sample,
} from "./measure.js";
import type { ClickTiming } from "./page-timers.js";
import { formatTable } from "./table.js";
import { searchTargets } from "./titles.js";

const { values } = parseArgs({
  options: { size: { type: "string", default: "20000" }, runs: { type: "string", default: "3" } },
});
const size = Number(values.size);
const runs = Number(values.runs);

const samples: Sample[] = [];

/** Adds a measurement and prints it at once (the whole run takes minutes). */
function record(sample: Sample): void {
  samples.push(sample);
  console.log(`  ${sample.label}: median ${median(sample.runs).toFixed(1)} ${sample.unit ?? "ms"}${sample.note ? ` (${sample.note})` : ""}`);
}

const PAINTED_MEANS =
  '"in DOM": click -> the page shows the result; "painted": click -> the next frame is drawn after that (canvas included); targets apply to "painted".';

/** A click measured twice: the DOM shows the result, and the next frame is drawn (the target applies to the latter). */
function recordClicks(label: string, timings: readonly ClickTiming[]): void {
  record({ label: `${label} in DOM`, runs: timings.map((timing) => timing.updated) });
  record({ label: `${label} painted`, runs: timings.map((timing) => timing.painted), target: 100 });
}

const server = await startStaticServer();
const browser = await launchBrowser();
try {
  console.log(`explorer browser benchmark: ${server.url}, ${runs} runs, ${size} proposals`);
  console.log(`  ${PAINTED_MEANS}`);
  const first = await measureFirstRender(browser, `${server.url}/`, runs);
  record({ label: "sample: navigation -> ready", runs: first.ready, target: 2000 });
  record({ label: "sample: navigation -> layout done", runs: first.layout });

  const page = await openInstrumented(browser, `${server.url}/`);
  await page.waitForFunction(() => document.body.dataset.layout === "done", undefined, { timeout: 120_000 });
  const sampleLayout = await layoutSpeed(page);
  if (sampleLayout.iterationsPerSecond !== null) {
    record({ label: "sample: layout iterations per second", runs: [sampleLayout.iterationsPerSecond], unit: "/s", note: `${sampleLayout.iterations} ForceAtlas2 iterations` });
  }
  // Titles of the sample the build bundles (what the page shows), even if the data file changed since.
  const sampleText = (await bundledSample()) ?? (await readFile(samplePath, "utf8"));
  const sampleTitles = readProposals(sampleText, { fileName: "sample.csv" }).proposals.map((proposal) => proposal.title);
  recordClicks("sample: filter click -> count", await measureFilter(page, runs * 2));
  recordClicks("sample: choose suggestion -> detail", await measureOpen(page, searchTargets(sampleTitles, runs * 2)));

  const records = generateCorpus({ size });
  const csv = corpusToCsv(records);
  console.log(`  generated ${records.length} proposals (${(csv.length / 1e6).toFixed(1)} MB of CSV); loading...`);
  const corpusFile = join(await mkdtemp(join(tmpdir(), "skills-network-bench-")), `corpus-${size}.csv`);
  await writeFile(corpusFile, csv);
  const load = await measureLoad(page, corpusFile).finally(() => rm(dirname(corpusFile), { recursive: true, force: true }));
  record({ label: `${size}: file chosen -> ready`, runs: [load.ready] });
  record({ label: `${size}: file chosen -> layout done`, runs: [load.layoutDone] });
  record({
    label: `${size}: layout running -> done`,
    runs: [load.layoutRunning],
    note: load.iterationsPerSecond === null
      ? "no performance.measure('skills-network:layout') with detail.iterations: wall-clock only"
      : `${load.iterations} ForceAtlas2 iterations, ${load.iterationsPerSecond.toFixed(1)} iterations/s over the run`,
  });
  recordClicks(`${size}: filter click -> count`, await measureFilter(page, runs));
  const corpusTitles = searchTargets(records.map((proposal) => proposal.title), runs);
  recordClicks(`${size}: choose suggestion -> detail`, await measureOpen(page, corpusTitles));
} finally {
  await browser.close();
  await server.close();
}

console.log(formatTable(samples));
console.log(PAINTED_MEANS);
const resultsDirectory = join(repositoryRoot, "bench-results");
await mkdir(resultsDirectory, { recursive: true });
await writeFile(
  join(resultsDirectory, "explorer-browser.json"),
  `${JSON.stringify({ size, runs, samples: samples.map((sample) => ({ ...sample, median: median(sample.runs) })) }, null, 2)}\n`,
);
const missed = samples.filter((sample) => sample.target !== undefined && median(sample.runs) > sample.target);
if (missed.length > 0) console.log(`targets missed: ${missed.map((sample) => sample.label).join("; ")}`);

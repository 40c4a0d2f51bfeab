/**
 * `npm run bench`: the pipeline at 1k, 10k and 100k generated proposals (each
 * size in its own process), then our TF-IDF + top-k against natural's TfIdf +
 * all pairs at small sizes. Tables on stdout, JSON in bench-results/latest.json.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseBenchArgs, type BenchOptions } from "./args.js";
import { runChild } from "./child.js";
import type { ComparisonResult } from "./compare.js";
import { writeCorpusFile } from "./corpus.js";
import type { SizeResult } from "./measure.js";
import { medianRun, runsOf } from "./repeated.js";
import { formatComparisonTable, formatPipelineTable, formatStageSplit, formatTargets } from "./table.js";
import { checkTargets } from "./targets.js";

/** Same k and minScore as the core defaults, so the baseline does the same job. */
const BASELINE_K = 8;
const BASELINE_MIN_SCORE = 0.1;

let options: BenchOptions;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}

const log = (text: string) => process.stderr.write(text + "\n");
const folder = await mkdtemp(join(tmpdir(), "skills-network-bench-"));
const corpusFiles = new Map<number, string>();
async function corpusOf(size: number): Promise<string> {
  let path = corpusFiles.get(size);
  if (path === undefined) {
    log(`generating a corpus of ${size} proposals…`);
    path = await writeCorpusFile(folder, size);
    corpusFiles.set(size, path);
  }
  return path;
}

try {
  const pipeline: SizeResult[] = [];
  // A size that fails (out of memory, say) is reported, and the others still run.
  const failures: { size: number; run: string; message: string }[] = [];
  for (const size of options.sizes) {
    const path = await corpusOf(size);
    const betweenness = size <= options.betweennessUpTo;
    const runs = runsOf(size, options);
    log(`measuring the pipeline at ${size} proposals (betweenness ${betweenness ? "on" : "off"}${runs > 1 ? `, ${runs} runs` : ""})…`);
    try {
      const results: SizeResult[] = [];
      for (let run = 0; run < runs; run++) results.push(await runChild<SizeResult>("./run-size.js", [path, size, betweenness ? 1 : 0, options.threads]));
      pipeline.push(medianRun(results));
    } catch (error) {
      failures.push({ size, run: "pipeline", message: (error as Error).message });
    }
  }
  const baseline: ComparisonResult[] = [];
  for (const size of options.baselineSizes) {
    const path = await corpusOf(size);
    log(`comparing with natural's TfIdf + all pairs at ${size} documents…`);
    try {
      baseline.push(
        await runChild<ComparisonResult>("./run-baseline.js", [path, size, options.baselineCapMs, BASELINE_K, BASELINE_MIN_SCORE]),
      );
    } catch (error) {
      failures.push({ size, run: "baseline", message: (error as Error).message });
    }
  }

  const targets = checkTargets(pipeline);
  const largest = pipeline.reduce<SizeResult | null>((best, result) => (best === null || result.size > best.size ? result : best), null);
  const output = [
    `Skills Network bench · Node ${process.version} · ${availableParallelism()} × ${cpus()[0]?.model.trim() ?? "CPU"}`,
    "",
    `Pipeline (milliseconds per stage; peak memory in MB; top-k on ${options.threads} thread${options.threads === 1 ? "" : "s"}; ` +
      `betweenness off above ${options.betweennessUpTo} proposals; ` +
      (options.runs > 1 ? `up to ${options.repeatUpTo} proposals, the run of median total of ${options.runs}, with the range of the totals and the highest peak memory)` : "one run per size)"),
    formatPipelineTable(pipeline),
    ...(largest ? ["", formatStageSplit(largest)] : []),
    "",
    "Targets",
    formatTargets(targets),
  ];
  if (baseline.length > 0) {
    output.push(
      "",
      `Baseline: natural TfIdf + cosine of all pairs vs our TF-IDF + top-k (k ${BASELINE_K}, min score ${BASELINE_MIN_SCORE}), same documents, ms`,
      formatComparisonTable(baseline),
      `(">" marks a baseline stopped by the ${options.baselineCapMs / 1000} s cap: its time and the speed-up are lower bounds)`,
    );
  }
  if (failures.length > 0) {
    output.push("", "Failed runs", ...failures.map(({ size, run, message }) => `  ${run} at ${size}: ${message}`));
    process.exitCode = 1;
  }
  process.stdout.write(output.join("\n") + "\n");

  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(
    options.out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpus: availableParallelism(),
        cpuModel: cpus()[0]?.model.trim() ?? null,
        options,
        pipeline,
        targets: targets.map(({ target, met }) => ({ ...target, met })),
        baseline,
        failures,
      },
      null,
      2,
    ) + "\n",
  );
  log(`results written to ${options.out}`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await rm(folder, { recursive: true, force: true });
}

import { defaults as networkDefaults } from "@skills-network/core";
import { nodeDefaults } from "@skills-network/core/node";

export interface BenchOptions {
  /** Corpus sizes of the pipeline bench. */
  sizes: number[];
  /** Sizes at which natural's TfIdf + all pairs is run beside ours. */
  baselineSizes: number[];
  /** Time cap of one baseline run, milliseconds. */
  baselineCapMs: number;
  /** Betweenness is computed up to this many proposals (it is O(n·m)). */
  betweennessUpTo: number;
  /** Threads of the top-k stage (the pipeline runs `buildNetworkAsync`); 1 is the single-thread pipeline. */
  threads: number;
  /**
   * Runs of each size up to `repeatUpTo` (each in its own process): the run of
   * median total is reported, with the range of the totals and the highest
   * peak memory of all runs. A machine's speed drifts from run to run.
   */
  runs: number;
  /** Larger sizes run once (a run of 100k proposals takes most of a minute). */
  repeatUpTo: number;
  /** Where the JSON results go. */
  out: string;
}

export const benchDefaults: BenchOptions = {
  sizes: [1_000, 10_000, 100_000],
  baselineSizes: [250, 500, 1_000],
  baselineCapMs: 60_000,
  // The same limit as the library's `betweenness: "auto"`.
  betweennessUpTo: networkDefaults.betweennessLimit,
  threads: nodeDefaults.threads,
  runs: 3,
  repeatUpTo: 20_000,
  out: "bench-results/latest.json",
};

const USAGE = `usage: node packages/bench/dist/run.js [--sizes 1000,10000,100000] [--baseline-sizes 250,500,1000]
       [--baseline-cap 60] [--betweenness-up-to 2000] [--threads N] [--runs 3] [--repeat-up-to 20000]
       [--out bench-results/latest.json]`;

const FLAGS = ["--sizes", "--baseline-sizes", "--baseline-cap", "--betweenness-up-to", "--threads", "--runs", "--repeat-up-to", "--out"];

/** Parses `--name value` / `--name=value` flags; unknown flags and bad numbers throw with the usage. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...benchDefaults };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag === "--help" || flag === "-h") throw new Error(USAGE);
    if (!FLAGS.includes(flag)) throw new Error(`@skills-network/bench: unknown option "${flag}".\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`@skills-network/bench: ${flag} needs a value.\n${USAGE}`);
    switch (flag) {
      case "--sizes":
        options.sizes = parseSizes(flag, value);
        break;
      case "--baseline-sizes":
        options.baselineSizes = value === "none" ? [] : parseSizes(flag, value);
        break;
      case "--baseline-cap":
        options.baselineCapMs = parseCount(flag, value) * 1000;
        break;
      case "--betweenness-up-to":
        options.betweennessUpTo = parseCount(flag, value);
        break;
      case "--threads":
        options.threads = parseCount(flag, value);
        break;
      case "--runs":
        options.runs = parseCount(flag, value);
        break;
      case "--repeat-up-to":
        options.repeatUpTo = parseCount(flag, value);
        break;
      case "--out":
        options.out = value;
        break;
    }
  }
  return options;
}

function parseSizes(flag: string, value: string): number[] {
  return value.split(",").map((part) => parseCount(flag, part.trim().replace(/_/g, "")));
}

function parseCount(flag: string, value: string): number {
  const number = Number(value.replace(/k$/i, "000"));
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new Error(`@skills-network/bench: ${flag} expects whole numbers of at least 1 (like 1000 or 10k), got "${value}".\n${USAGE}`);
  }
  return number;
}

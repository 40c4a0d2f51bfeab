/**
 * Child process of the bench: `node dist/run-size.js <corpus.csv> <size> <betweenness 0|1> <threads>`.
 * Runs in its own process so that the peak memory of one size does not count
 * in the next. Prints one JSON SizeResult on stdout.
 */
import { measurePipeline } from "./measure.js";

const [file, size, betweenness, threads] = process.argv.slice(2);
if (file === undefined || size === undefined) {
  process.stderr.write("usage: node run-size.js <corpus.csv> <size> [betweenness 0|1] [threads]\n");
  process.exit(2);
}
const result = await measurePipeline(file, Number(size), {
  betweenness: betweenness !== "0",
  ...(threads !== undefined ? { threads: Number(threads) } : {}),
  // Progress on stderr, which the bench passes through: a long size shows where it is.
  onStage: (stage, elapsedMs) => process.stderr.write(`  ${size}: ${stage} (at ${(elapsedMs / 1000).toFixed(1)} s)\n`),
});
process.stdout.write(JSON.stringify(result) + "\n");

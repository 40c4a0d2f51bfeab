/**
 * Child process of the bench: `node dist/run-baseline.js <corpus.csv> <size> <capMs> <k> <minScore>`.
 * Prints one JSON ComparisonResult on stdout.
 */
import { compareWithNatural } from "./compare.js";

const [file, size, capMs, k, minScore] = process.argv.slice(2);
if (file === undefined || size === undefined || capMs === undefined || k === undefined || minScore === undefined) {
  process.stderr.write("usage: node run-baseline.js <corpus.csv> <size> <capMs> <k> <minScore>\n");
  process.exit(2);
}
const result = await compareWithNatural(file, Number(size), { capMs: Number(capMs), k: Number(k), minScore: Number(minScore) });
process.stdout.write(JSON.stringify(result) + "\n");

import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { corpusToCsv, generateCorpus } from "@skills-network/sample-data";

/** Seed of every bench corpus: the same sizes give the same documents on every run. */
export const CORPUS_SEED = 2024;

/**
 * Generates a corpus of `size` records and writes it as CSV into `folder`.
 * The measuring child reads the file, as the CLI would, so generating it does
 * not count in the child's time or memory.
 */
export async function writeCorpusFile(folder: string, size: number): Promise<string> {
  const path = join(folder, `corpus-${size}.csv`);
  await writeFile(path, corpusToCsv(generateCorpus({ size, seed: CORPUS_SEED })), "utf8");
  return path;
}

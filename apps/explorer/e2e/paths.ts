/** Where things are, from this folder: the repository root, the bundled sample, the screenshot folder. */
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repositoryRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
export const screenshotDirectory = join(repositoryRoot, "test-artifacts", "screenshots");
/** The sample the explorer bundles and opens on. */
export const samplePath = join(repositoryRoot, "packages", "sample-data", "data", "skills-challenge-sample.csv");

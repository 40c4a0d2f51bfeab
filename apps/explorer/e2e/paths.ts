/** Where things are, from this folder: the repository root and the screenshot folder. */
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repositoryRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
export const screenshotDirectory = join(repositoryRoot, "test-artifacts", "screenshots");

/**
 * Guards against a stale build: the expectations are computed from
 * packages/sample-data/data, so the sample bundled in apps/explorer/dist must
 * be that same file. Vite emits it as its own chunk (`?raw` import), an ES
 * module whose default export is the CSV text.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { samplePath } from "./paths.js";
import { distDirectory } from "./static-server.js";

/** The sample text inside the build, or null when no sample chunk is found. */
export async function bundledSample(): Promise<string | null> {
  const assets = join(distDirectory, "assets");
  if (!existsSync(assets)) return null;
  const chunk = readdirSync(assets).find((name) => name.startsWith("skills-challenge-sample") && name.endsWith(".js"));
  if (!chunk) return null;
  const module = (await import(/* @vite-ignore */ pathToFileURL(join(assets, chunk)).href)) as { default?: unknown };
  return typeof module.default === "string" ? module.default : null;
}

/** Fails when the build bundles another sample than packages/sample-data/data holds (the expectations' source). */
export async function assertBuildIsCurrent(): Promise<void> {
  const bundled = await bundledSample();
  if (bundled !== null && bundled !== readFileSync(samplePath, "utf8")) {
    throw new Error(
      `@skills-network/explorer e2e: apps/explorer/dist bundles another sample than ${samplePath}. Run npm run build first.`,
    );
  }
}

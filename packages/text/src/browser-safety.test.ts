/** The package runs in browsers: only its parallel/ entry (Node's worker threads) may use Node. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL(".", import.meta.url));

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "parallel" ? [] : sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("browser safety", () => {
  it("no module outside parallel/ imports Node or uses its globals", () => {
    const all = sources(root);
    expect(all.length).toBeGreaterThan(20);
    const offenders = all
      .filter((path) => /from "node:|from "(fs|path|url|os|crypto|worker_threads)"|\bprocess\.|\bBuffer\b|\brequire\(|reference types="node"/.test(readFileSync(path, "utf8")))
      .map((path) => path.slice(root.length));
    expect(offenders).toEqual([]);
  });

  it("the main entry does not export the parallel one", () => {
    expect(readFileSync(join(root, "index.ts"), "utf8")).not.toContain("parallel");
  });
});

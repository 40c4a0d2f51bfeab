/**
 * The communities worker starts while other threads work: what it loads is
 * time taken from them. It must not load the language pipeline (natural,
 * stopword lists), the records' readers (SheetJS, country tables) or the
 * graph builders, only what scoring links and Louvain need.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packages = fileURLToPath(new URL("../../../", import.meta.url));

/** Modules imported for their values (not `import type`) by a source file. */
function valueImports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?"([^"]+)"/gm)].map((match) => match[1]!);
}

/**
 * The source file a specifier names: relative, a package import of the file's own package ("#name": the
 * "default" target of its "source" condition, the one browsers load), or a workspace package's entry (its
 * "source" condition).
 */
function resolveSource(specifier: string, from: string): string | null {
  if (specifier.startsWith(".")) return join(dirname(from), specifier.replace(/\.js$/, ".ts"));
  if (specifier.startsWith("#")) {
    const own = from.slice(packages.length).split("/")[0]!;
    const imports = JSON.parse(readFileSync(join(packages, own, "package.json"), "utf8")).imports as Record<string, { source: { default: string } }>;
    return join(packages, own, imports[specifier]!.source.default);
  }
  const workspace = /^@skills-network\/([^/]+)(\/.+)?$/.exec(specifier);
  if (workspace === null) return null;
  const manifest = join(packages, workspace[1]!, "package.json");
  const exports = JSON.parse(readFileSync(manifest, "utf8")).exports as Record<string, { source: string }>;
  return join(packages, workspace[1]!, exports[`.${workspace[2] ?? ""}`]!.source);
}

/** Every package outside the workspace (and Node built-in) that `entry` loads, and the workspace files. */
function loadedBy(entry: string): { external: string[]; files: string[] } {
  const external = new Set<string>();
  const files = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    expect(existsSync(file), file).toBe(true);
    files.add(file);
    for (const specifier of valueImports(file)) {
      const resolved = resolveSource(specifier, file);
      if (resolved === null) external.add(specifier);
      else pending.push(resolved);
    }
  }
  return { external: [...external].sort(), files: [...files].map((file) => file.slice(packages.length)).sort() };
}

describe("the communities worker's modules", () => {
  it("are the links' scoring and Louvain, nothing of the language pipeline, the records or the graph builders", () => {
    const { external, files } = loadedBy(join(packages, "core/src/node/communities-worker.ts"));
    expect(external).toEqual(["graphology-communities-louvain", "node:worker_threads"]);
    expect(files).toContain("text/src/link-table.ts");
    expect(files).toContain("graph/src/louvain.ts");
    expect(files.filter((file) => /records\/|analyze|stemmers|build-graph|metrics/.test(file))).toEqual([]);
  });

  it("through the main entries it would load them all: the walk sees them", () => {
    expect(loadedBy(join(packages, "graph/src/index.ts")).external).toEqual(expect.arrayContaining(["@e965/xlsx", "graphology-metrics/centrality/betweenness.js"]));
    expect(loadedBy(join(packages, "text/src/index.ts")).external.filter((name) => name.startsWith("natural/")).length).toBeGreaterThan(2);
  });
});

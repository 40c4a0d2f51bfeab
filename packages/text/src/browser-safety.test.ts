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

/** Node-only variants of a module (`x.node.ts`), which only the "node" condition of a package import loads. */
const isNodeVariant = (path: string) => path.endsWith(".node.ts");

interface PackageImports {
  imports: Record<string, { source: { node: string; default: string }; node: string; default: string }>;
}

describe("browser safety", () => {
  it("no module outside parallel/ imports Node or uses its globals", () => {
    const all = sources(root).filter((path) => !isNodeVariant(path));
    expect(all.length).toBeGreaterThan(20);
    const offenders = all
      .filter((path) => /from "node:|from "(fs|path|url|os|crypto|worker_threads)"|\bprocess\.|\bBuffer\b|\brequire\(|reference types="node"/.test(readFileSync(path, "utf8")))
      .map((path) => path.slice(root.length));
    expect(offenders).toEqual([]);
  });

  it("loads a Node-only variant only through a package import whose other targets are Node-free", () => {
    const { imports } = JSON.parse(readFileSync(join(root, "..", "package.json"), "utf8")) as PackageImports;
    const variants = sources(root).filter(isNodeVariant).map((path) => path.slice(root.length));
    expect(variants).toEqual(["natural-stemmers.node.ts"]);
    for (const variant of variants) {
      const [name, targets] = Object.entries(imports).find(([, targets]) => targets.source.node === `./src/${variant}`) ?? [];
      expect(name, variant).toBeDefined();
      expect(targets!.node).toBe(`./dist/${variant.replace(/\.ts$/, ".js")}`);
      expect(targets!.default).toBe(`./dist/${variant.replace(/\.node\.ts$/, ".js")}`);
      expect(targets!.source.default).toBe(`./src/${variant.replace(/\.node\.ts$/, ".ts")}`);
    }
    // No module imports a variant by its path, which would bypass the condition.
    const direct = sources(root).filter((path) => /from "[^"]*\.node\.js"/.test(readFileSync(path, "utf8")));
    expect(direct).toEqual([]);
  });

  it("the main entry does not export the parallel one", () => {
    expect(readFileSync(join(root, "index.ts"), "utf8")).not.toContain("parallel");
  });
});

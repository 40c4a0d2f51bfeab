/** The generator runs in browsers: only write-sample.ts (the Node script) may use Node. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL(".", import.meta.url));

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("browser safety", () => {
  it("no generator module imports Node or uses its globals", () => {
    const offenders = sources(root)
      .filter((path) => !path.endsWith("write-sample.ts"))
      .filter((path) => /from "node:|from "(fs|path|url|os|crypto)"|\bprocess\.(env|argv|exit|cwd|platform|stdout|stderr)\b|\bBuffer\.|\brequire\(/.test(readFileSync(path, "utf8")))
      .map((path) => path.slice(root.length));
    expect(offenders).toEqual([]);
  });

  it("the index does not export the Node script", () => {
    expect(readFileSync(join(root, "index.ts"), "utf8")).not.toContain("write-sample");
  });
});

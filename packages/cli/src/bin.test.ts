import { execFile } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BAD_CSV, GOOD_CSV, writeFixtures } from "./cli.fixtures.js";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const files = writeFixtures({ "good.csv": GOOD_CSV, "bad.csv": BAD_CSV });

afterAll(() => rmSync(files.folder, { recursive: true, force: true }));

/** Runs the built CLI in a real Node process. */
function node(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe("the built skills-network binary", () => {
  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run "npm run build" (or "npx tsc -b") first.`);
  });

  it("starts with a node shebang", async () => {
    const { readFile } = await import("node:fs/promises");
    expect((await readFile(BIN, "utf8")).startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("builds JSON that parses, exit 0, nothing but the result on stdout", async () => {
    const { code, stdout, stderr } = await node(["build", files["good.csv"]!]);
    expect(stderr).toContain("8 records · 8 imported");
    expect(code).toBe(0);
    const graph = JSON.parse(stdout) as { nodes: { attributes: { kind: string } }[] };
    expect(graph.nodes.filter((node) => node.attributes.kind === "proposal")).toHaveLength(8);
  });

  it("exits 1 on bad rows, with the report on stderr", async () => {
    const { code, stdout, stderr } = await node(["similar", files["bad.csv"]!, "--id", "A-1", "--json"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/row 10 · title · missing title and id.*\(error\)/);
    expect((JSON.parse(stdout) as unknown[]).length).toBeGreaterThan(0);
  });

  it("exits 2 on an unknown flag and 1 on a missing file, one line each, no stack", async () => {
    const flag = await node(["communities", files["good.csv"]!, "--frobnicate"]);
    expect(flag.code).toBe(2);
    expect(flag.stdout).toBe("");
    expect(flag.stderr).toContain("skills-network: unknown option '--frobnicate'");
    const missing = await node(["build", join(files.folder, "missing.csv")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    for (const stderr of [flag.stderr, missing.stderr]) expect(stderr).not.toMatch(/^\s+at /m);
  });

  it("prints its version", async () => {
    const { code, stdout } = await node(["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

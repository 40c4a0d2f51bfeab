import { existsSync, readFileSync, rmSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import * as XLSX from "@e965/xlsx";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BAD_CSV, GOOD_CSV, GOOD_TABLE, SAMPLE_CSV, csvWithWarnings, writeFixtures } from "./cli.fixtures.js";
import { defaults } from "@skills-network/core";
import { run } from "./run.js";

const files = writeFixtures({
  "good.csv": GOOD_CSV,
  "bad.csv": BAD_CSV,
  "warnings.csv": csvWithWarnings(25),
  "empty.csv": "id,title,description\n",
});
const allStderr: string[] = [];

afterAll(() => {
  rmSync(files.folder, { recursive: true, force: true });
});

/** Runs the CLI in memory, the way bin.ts does with the real streams. */
async function cli(args: string[], options: { tty?: boolean } = {}) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => readFile(path),
    stderrIsTTY: options.tty ?? false,
  });
  allStderr.push(stderr);
  return { code, stdout, stderr };
}

interface SerializedGraph {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { source: string; target: string; attributes: Record<string, unknown> }[];
}

describe("build", () => {
  it("computes betweenness up to the library's limit unless told (it is O(n·m)), and skips it on request", async () => {
    const betweennessOf = (graph: SerializedGraph) =>
      graph.nodes.filter((node) => node.attributes.kind === "proposal").map((node) => node.attributes.betweenness);
    const small = JSON.parse((await cli(["build", files["good.csv"]!])).stdout) as SerializedGraph;
    expect(betweennessOf(small).every((value) => typeof value === "number")).toBe(true);
    const skipped = JSON.parse((await cli(["build", files["good.csv"]!, "--no-betweenness"])).stdout) as SerializedGraph;
    expect(betweennessOf(skipped).every((value) => value === undefined)).toBe(true);

    // One proposal over the limit: not computed unless --betweenness asks for it.
    const words = ["solar", "farming", "coding", "welding", "tourism", "nursing", "mining", "fishing", "tailoring", "masonry"];
    const rows = Array.from({ length: defaults.betweennessLimit + 1 }, (_, i) =>
      `P${i},Project ${i},${words[i % 10]} ${words[(i * 7) % 10]} ${words[(i * 3) % 10]} skills for young people in area ${i % 50}`,
    );
    const large = join(files.folder, "large.csv");
    await writeFile(large, ["id,title,description", ...rows].join("\n"));
    const auto = JSON.parse((await cli(["build", large, "--include", "none"])).stdout) as SerializedGraph;
    expect(betweennessOf(auto)).toHaveLength(defaults.betweennessLimit + 1);
    expect(betweennessOf(auto).every((value) => value === undefined)).toBe(true);
  });

  it("writes graphology JSON where proposals have a community and similar edges a weight", async () => {
    const { code, stdout, stderr } = await cli(["build", files["good.csv"]!]);
    expect(code).toBe(0);
    const graph = JSON.parse(stdout) as SerializedGraph;
    const proposals = graph.nodes.filter((node) => node.attributes.kind === "proposal");
    expect(proposals.map((node) => node.key).sort()).toEqual(
      ["A-1", "A-2", "A-3", "A-4", "D-1", "D-2", "D-3", "D-4"].map((id) => `proposal:${id}`),
    );
    for (const node of proposals) expect(node.attributes).toHaveProperty("community");
    const similar = graph.edges.filter((edge) => edge.attributes.kind === "similar");
    expect(similar.length).toBeGreaterThan(0);
    for (const edge of similar) {
      expect(typeof edge.attributes.weight).toBe("number");
      expect(edge.attributes.weight).toBeGreaterThan(0);
    }
    // The two themes are never linked to each other more strongly than within themselves.
    const communityOf = new Map(proposals.map((node) => [node.key, node.attributes.community]));
    expect(communityOf.get("proposal:A-1")).toBe(communityOf.get("proposal:A-4"));
    expect(communityOf.get("proposal:D-1")).toBe(communityOf.get("proposal:D-4"));
    expect(communityOf.get("proposal:A-1")).not.toBe(communityOf.get("proposal:D-1"));
    expect(stderr).toContain("8 records · 8 imported · 0 rejected · 0 errors");
    expect(stderr).toMatch(/network: 8 proposals · \d+ nodes · \d+ edges · 2 communities/);
  });

  it("adds only the node kinds given with --include", async () => {
    const { code, stdout } = await cli(["build", files["good.csv"]!, "--include", "country"]);
    expect(code).toBe(0);
    const kinds = new Set((JSON.parse(stdout) as SerializedGraph).nodes.map((node) => node.attributes.kind));
    expect([...kinds].sort()).toEqual(["country", "proposal"]);
    const none = JSON.parse((await cli(["build", files["good.csv"]!, "--include", "none"])).stdout) as SerializedGraph;
    expect(none.nodes.every((node) => node.attributes.kind === "proposal")).toBe(true);
  });

  it("keeps fewer links with a higher --min-score and at most --k per proposal", async () => {
    const similarCount = async (...extra: string[]) =>
      (JSON.parse((await cli(["build", files["good.csv"]!, ...extra])).stdout) as SerializedGraph).edges.filter(
        (edge) => edge.attributes.kind === "similar",
      );
    const all = await similarCount("--min-score", "0.01");
    const strong = await similarCount("--min-score", "0.3");
    expect(strong.length).toBeLessThan(all.length);
    expect(strong.every((edge) => (edge.attributes.weight as number) >= 0.3)).toBe(true);
    const one = await similarCount("--k", "1", "--min-score", "0.01");
    // Each proposal keeps its single best link; a pair may be the best of both.
    expect(one.length).toBeLessThanOrEqual(8);
    expect(one.length).toBeGreaterThanOrEqual(4);
  });

  it("writes GEXF that starts with an XML declaration", async () => {
    const { code, stdout } = await cli(["build", files["good.csv"]!, "--format", "gexf"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("<?xml")).toBe(true);
    expect(stdout).toContain("<gexf");
  });

  it("writes a Kumu blueprint and a CSV of links", async () => {
    const kumu = await cli(["build", files["good.csv"]!, "--format", "kumu"]);
    expect(kumu.code).toBe(0);
    const blueprint = JSON.parse(kumu.stdout) as { elements: unknown[]; connections: unknown[] };
    expect(blueprint.elements.length).toBeGreaterThanOrEqual(8);
    expect(blueprint.connections.length).toBeGreaterThan(0);
    const csv = await cli(["build", files["good.csv"]!, "--format", "csv"]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]!.toLowerCase()).toContain("source");
  });

  it("writes to --out and keeps stdout empty", async () => {
    const out = join(files.folder, "network.gexf");
    const { code, stdout, stderr } = await cli(["build", files["good.csv"]!, "-f", "gexf", "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(readFileSync(out, "utf8").startsWith("<?xml")).toBe(true);
    expect(stderr).toContain(`wrote gexf to ${out}`);
  });

  it("is deterministic: the same file and options give the same bytes", async () => {
    const first = await cli(["build", files["good.csv"]!, "--seed", "7"]);
    const second = await cli(["build", files["good.csv"]!, "--seed", "7"]);
    expect(second.stdout).toBe(first.stdout);
  });

  it("shows progress with --progress, and none by default when stderr is not a terminal", async () => {
    const quiet = await cli(["build", files["good.csv"]!, "--format", "csv"]);
    expect(quiet.stderr).not.toContain("[1/8]");
    const loud = await cli(["build", files["good.csv"]!, "--format", "csv", "--progress"]);
    expect(loud.stderr).toContain("[1/8] parse");
    expect(loud.stderr).toContain("[4/8] topk");
    expect(loud.stderr).toMatch(/built in \d+ ms \(parse \d+/);
    expect(loud.stdout).toBe(quiet.stdout);
    const terminal = await cli(["build", files["good.csv"]!, "--format", "csv"], { tty: true });
    expect(terminal.stderr).toContain("\r\x1b[2K[2/8] text");
  });
});

describe("other input formats", () => {
  it("reads an .xlsx workbook (as bytes) and a JSON array", async () => {
    const rows = GOOD_TABLE;
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), "Proposals");
    const xlsx = join(files.folder, "good.xlsx");
    await writeFile(xlsx, XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
    const fromXlsx = await cli(["similar", xlsx, "--id", "A-1", "--json", "--min-score", "0"]);
    expect(fromXlsx.stderr).toContain("good.xlsx (xlsx): 8 records · 8 imported");
    expect(fromXlsx.code).toBe(0);

    const [header, ...records] = rows;
    const json = join(files.folder, "good.json");
    await writeFile(json, JSON.stringify(records.map((record) => Object.fromEntries(header!.map((name, index) => [name, record[index]])))));
    const fromJson = await cli(["similar", json, "--id", "A-1", "--json", "--min-score", "0"]);
    expect(fromJson.stderr).toContain("good.json (json): 8 records · 8 imported");
    // Same records, same matches, whatever the format.
    expect(fromJson.stdout).toBe(fromXlsx.stdout);
    const fromCsv = await cli(["similar", files["good.csv"]!, "--id", "A-1", "--json", "--min-score", "0"]);
    expect(fromXlsx.stdout).toBe(fromCsv.stdout);
  });
});

describe("bad input", () => {
  it("reports rejected rows by number on stderr, still writes the valid records, and exits 1", async () => {
    const { code, stdout, stderr } = await cli(["build", files["bad.csv"]!]);
    expect(code).toBe(1);
    expect(stderr).toContain("11 records · 9 imported · 2 rejected · 2 errors · 1 warning");
    expect(stderr).toMatch(/row 10 · title · missing title and id.*\(error\)/);
    expect(stderr).toMatch(/row 11 · country · .*Atlantis.*\(warning\)/);
    expect(stderr).toMatch(/row 12 · id · duplicate id "A-1".*\(error\)/);
    // Errors are listed before warnings.
    expect(stderr.indexOf("(error)")).toBeLessThan(stderr.indexOf("(warning)"));
    const graph = JSON.parse(stdout) as SerializedGraph;
    expect(graph.nodes.filter((node) => node.attributes.kind === "proposal")).toHaveLength(9);
  });

  it("with --strict writes nothing on stdout and one message on stderr", async () => {
    const { code, stdout, stderr } = await cli(["build", files["bad.csv"]!, "--strict"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^skills-network: 2 errors in ".*bad\.csv": row 10 title: .*; row 12 id: duplicate id/);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("clears the terminal progress line before the error message", async () => {
    const { code, stderr } = await cli(["build", files["bad.csv"]!, "--strict"], { tty: true });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^\r\x1b\[2K\[1\/8\] parse…\r\x1b\[2Kskills-network: 2 errors in /);
  });

  it("stops the issue list after 20 lines unless --verbose", async () => {
    const capped = await cli(["build", files["warnings.csv"]!, "--format", "csv"]);
    expect(capped.code).toBe(0);
    expect(capped.stderr.match(/\(warning\)/g)).toHaveLength(20);
    expect(capped.stderr).toContain("... and 5 more (--verbose lists them all)");
    const verbose = await cli(["build", files["warnings.csv"]!, "--format", "csv", "--verbose"]);
    expect(verbose.stderr.match(/\(warning\)/g)).toHaveLength(25);
    expect(verbose.stderr).not.toContain("more (--verbose");
  });

  it("says which file is missing and exits 1", async () => {
    const missing = join(files.folder, "nope.csv");
    const { code, stdout, stderr } = await cli(["build", missing]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(`skills-network: cannot read "${missing}": no such file. Check the path (it is relative to ${process.cwd()}).\n`);
  });

  it("refuses a file without any proposal", async () => {
    const { code, stdout, stderr } = await cli(["build", files["empty.csv"]!]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("skills-network:");
  });
});

describe("usage errors exit 2", () => {
  it.each([
    [["build", files["good.csv"]!, "--bogus"], "unknown option '--bogus'"],
    [["build"], "missing required argument 'file'"],
    [["frobnicate"], "unknown command 'frobnicate'"],
    [["build", files["good.csv"]!, "--k", "abc"], "expected a whole number of at least 1"],
    [["build", files["good.csv"]!, "--min-score", "2"], "expected a score between 0 and 1"],
    [["build", files["good.csv"]!, "--format", "svg"], "Allowed choices are json, gexf, kumu, csv"],
    [["build", files["good.csv"]!, "--include", "planets"], 'unknown node kind "planets"'],
    [["similar", files["good.csv"]!], "exactly one of --id <id> or --text <text>"],
    [["similar", files["good.csv"]!, "--id", "A-1", "--text", "farms"], "cannot be used with option '--text"],
    [["similar", files["good.csv"]!, "--id", "A-1", "--language", "fr"], "--language applies to --text only"],
    [["similar", files["good.csv"]!, "--text", "farms", "--language", "xx"], "argument 'xx' is invalid"],
    [["similar", files["good.csv"]!, "--text", "  "], "--text is empty"],
  ])("%j", async (args, message) => {
    const { code, stdout, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^skills-network: /);
    expect(stderr).toContain(message);
    expect(stderr).toMatch(/--help" for usage/);
  });

  it("prints help with examples on every command, exit 0", async () => {
    for (const command of [[], ["build"], ["similar"], ["communities"], ["report"]]) {
      const { code, stdout } = await cli([...command, "--help"]);
      expect(code).toBe(0);
      expect(stdout).toContain("Examples:");
      expect(stdout).toContain("$ skills-network");
    }
  });

  it("prints help on stderr and exits 2 when no command is given", async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage: skills-network");
  });
});

describe("similar", () => {
  it("ranks the proposals of the same theme first, best score first, with shared terms", async () => {
    const { code, stdout } = await cli(["similar", files["good.csv"]!, "--id", "A-1", "--json", "--min-score", "0"]);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { id: string; title: string; organization: string; country: string; score: number; sharedTerms: { term: string; weight: number }[] }[];
    expect(rows.map((row) => row.id).slice(0, 3).sort()).toEqual(["A-2", "A-3", "A-4"]);
    expect(rows.map((row) => row.id)).not.toContain("A-1");
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.score).toBeLessThanOrEqual(rows[i - 1]!.score);
    const best = rows[0]!;
    expect(Object.keys(best).sort()).toEqual(["country", "id", "organization", "score", "sharedTerms", "title"]);
    expect(best.sharedTerms.length).toBeGreaterThan(0);
    expect(best.sharedTerms[0]!.weight).toBeGreaterThan(0);
    // The shared terms explain the score: their contributions add up to it.
    const explained = best.sharedTerms.reduce((sum, term) => sum + term.weight, 0);
    expect(explained).toBeLessThanOrEqual(best.score + 1e-6);
    expect(explained).toBeGreaterThan(best.score / 2);
  });

  it("honours --k", async () => {
    const { stdout } = await cli(["similar", files["good.csv"]!, "--id", "D-2", "--json", "--k", "2", "--min-score", "0"]);
    const rows = JSON.parse(stdout) as { id: string }[];
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.id.startsWith("D-"))).toBe(true);
  });

  it("matches a free text", async () => {
    const { code, stdout } = await cli(["similar", files["good.csv"]!, "--text", "coding and web programming for women", "--json"]);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { id: string; sharedTerms: { term: string }[] }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.id.startsWith("D-")).toBe(true);
    expect(rows[0]!.sharedTerms.length).toBeGreaterThan(0);
  });

  it("says so when nothing matches, in the table and as an empty JSON array", async () => {
    const table = await cli(["similar", files["good.csv"]!, "--text", "zzyzx quux"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toBe('No proposal scores at least 0.05 against the text "zzyzx quux".\n');
    const json = await cli(["similar", files["good.csv"]!, "--text", "zzyzx quux", "--json"]);
    expect(JSON.parse(json.stdout)).toEqual([]);
  });

  it("takes the language of the text from --language", async () => {
    const { code, stdout } = await cli(["similar", files["good.csv"]!, "--text", "irrigation farming apprenticeships", "--language", "en", "--json"]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { id: string }[])[0]!.id.startsWith("A-")).toBe(true);
  });

  it("prints an aligned table", async () => {
    const { code, stdout } = await cli(["similar", files["good.csv"]!, "--id", "A-1", "--k", "3", "--min-score", "0"]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe('Proposals most similar to A-1 "Farm apprenticeships for rural youth":');
    const header = lines[2]!;
    expect(header).toMatch(/^#\s+score\s+id\s+title\s+organisation\s+country\s+shared terms$/);
    const rows = lines.slice(4);
    expect(rows).toHaveLength(3);
    const scoreEnd = header.indexOf("score") + "score".length;
    for (const row of rows) expect(row.slice(scoreEnd - 5, scoreEnd)).toMatch(/^0\.\d{3}$/);
    const titleStart = header.indexOf("title");
    for (const row of rows) expect(row[titleStart - 1]).toBe(" ");
  });

  it("rejects an unknown id with exit 1 and suggests close ids", async () => {
    const { code, stdout, stderr } = await cli(["similar", files["good.csv"]!, "--id", "a-01"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`skills-network: no proposal with id "a-01" in ${files["good.csv"]}. Did you mean "A-1"`);
  });
});

describe("communities", () => {
  it("lists communities whose sizes add up to the proposals", async () => {
    const { code, stdout } = await cli(["communities", files["good.csv"]!, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      proposals: number;
      isolated: number;
      modularity: number;
      communities: { id: number; size: number; name: string; keywords: string[]; members: string[]; topCategories: { value: string; count: number }[] }[];
    };
    expect(report.proposals).toBe(8);
    expect(report.communities.reduce((sum, community) => sum + community.size, 0) + report.isolated).toBe(8);
    expect(report.communities).toHaveLength(2);
    expect(report.modularity).toBeGreaterThan(0.3);
    for (const community of report.communities) {
      expect(community.members).toHaveLength(community.size);
      expect(community.name.length).toBeGreaterThan(0);
      expect(community.keywords.length).toBeGreaterThan(0);
    }
    const farming = report.communities.find((community) => community.members.includes("proposal:A-1"))!;
    expect(farming.topCategories[0]).toEqual({ value: "work-based-learning", count: 4 });
  });

  it("prints a table with a summary line", async () => {
    const { code, stdout } = await cli(["communities", files["good.csv"]!]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^2 communities · modularity 0\.\d{3} · 8 of 8 proposals in a community · 0 isolated\n/);
    expect(stdout).toMatch(/id\s+size\s+name\s+keywords\s+categories\s+countries\s+languages/);
    expect(stdout).toMatch(/work-based-learning \(4\)/);
  });
});

describe("report", () => {
  it("prints every issue and the columns on stdout, exit 1 on errors", async () => {
    const { code, stdout, stderr } = await cli(["report", files["bad.csv"]!]);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(stdout).toContain("11 records · 9 imported · 2 rejected · 2 errors · 1 warning");
    expect(stdout).toMatch(/row 10 · title · .*\(error\)\n  row 12 · id · .*\(error\)\n  row 11 · country/);
    expect(stdout).toMatch(/columns:\n\s+id\s+->\s+id/);
  });

  it("prints the report as JSON with --json, exit 0 when clean", async () => {
    const { code, stdout } = await cli(["report", files["good.csv"]!, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { records: number; imported: number; rejected: number; errors: number };
    expect(report).toMatchObject({ records: 8, imported: 8, rejected: 0, errors: 0 });
  });
});

describe("the bundled sample", () => {
  it("exists (generated by @skills-network/sample-data)", () => {
    expect(existsSync(SAMPLE_CSV), `missing ${SAMPLE_CSV}: run "npm run sample"`).toBe(true);
  });

  it("builds a network of every proposal with communities and similar links", async () => {
    const { code, stdout, stderr } = await cli(["build", SAMPLE_CSV, "--no-betweenness"]);
    expect(stderr).toMatch(/records · \d+ imported/);
    expect(code).toBe(0);
    const graph = JSON.parse(stdout) as SerializedGraph;
    const proposals = graph.nodes.filter((node) => node.attributes.kind === "proposal");
    expect(proposals.length).toBe(473);
    expect(proposals.every((node) => "community" in node.attributes)).toBe(true);
    expect(proposals.filter((node) => node.attributes.community !== null).length).toBeGreaterThan(400);
    const similar = graph.edges.filter((edge) => edge.attributes.kind === "similar");
    expect(similar.length).toBeGreaterThan(473);
    expect(similar.every((edge) => typeof edge.attributes.weight === "number")).toBe(true);
  });

  it("ranks similar proposals and names communities", async () => {
    const graph = JSON.parse((await cli(["build", SAMPLE_CSV, "--include", "none", "--no-betweenness"])).stdout) as SerializedGraph;
    const id = (graph.nodes[0]!.attributes.id as string) ?? graph.nodes[0]!.key.slice("proposal:".length);
    const similar = await cli(["similar", SAMPLE_CSV, "--id", id, "--json"]);
    expect(similar.code).toBe(0);
    const rows = JSON.parse(similar.stdout) as { score: number; sharedTerms: unknown[] }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.sharedTerms.length > 0)).toBe(true);
    const communities = await cli(["communities", SAMPLE_CSV, "--json"]);
    const report = JSON.parse(communities.stdout) as { proposals: number; isolated: number; communities: { size: number }[] };
    expect(report.communities.reduce((sum, community) => sum + community.size, 0) + report.isolated).toBe(report.proposals);
    expect(report.communities.length).toBeGreaterThan(2);
  });
});

describe("stderr", () => {
  it("never carries a stack trace", () => {
    expect(allStderr.length).toBeGreaterThan(20);
    for (const text of allStderr) expect(text).not.toMatch(/^\s+at /m);
  });
});

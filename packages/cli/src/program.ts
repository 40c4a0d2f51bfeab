import { readFileSync } from "node:fs";
import { Command } from "commander";
import { registerBuild } from "./commands/build.js";
import { registerCommunities } from "./commands/communities.js";
import { registerReport } from "./commands/report.js";
import { registerSimilar } from "./commands/similar.js";
import type { CliContext } from "./context.js";

const NAME = "skills-network";

const OVERVIEW = `
Every command reads a proposals file (.csv, .json, .xlsx, or a Kumu export),
prints the import report summary on stderr, and writes only its result on stdout.

Exit codes:
  0  done, and no record had an error
  1  bad input: a file that cannot be read, records with errors (the result is
     still written for the valid records, unless --strict), an unknown id
  2  bad usage: unknown command or option, missing or invalid argument

Examples:
  $ skills-network report proposals.csv
  $ skills-network build proposals.csv --format gexf --out network.gexf
  $ skills-network similar proposals.csv --text "green skills for young women"
  $ skills-network communities proposals.csv --json`;

/** The commander program of one `run`; its commands write through `context.io`. */
export function createProgram(context: CliContext): Command {
  const program = new Command(NAME);
  // Settings made before `.command()` are inherited by every command.
  program
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.io.stdout(text),
      writeErr: (text) => context.io.stderr(text),
      outputError: (text, write) => write(`${NAME}: ${text.replace(/^error: /, "")}`),
    })
    .showHelpAfterError(`Run "${NAME} --help" for usage.`)
    .description("Map an innovation community from its proposals, and find who works on similar issues.")
    .version(readVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help (every command has its own --help with examples)")
    .addHelpText("after", OVERVIEW);
  registerReport(program, context);
  registerBuild(program, context);
  registerSimilar(program, context);
  registerCommunities(program, context);
  for (const command of program.commands) {
    command.showHelpAfterError(`Run "${NAME} ${command.name()} --help" for usage and examples.`);
  }
  return program;
}

/** The package version, read next to src/ or dist/ (both sit beside package.json). */
function readVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: string };
    return manifest.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

import type { Command } from "commander";
import type { ImportReport } from "@skills-network/core";
import type { CliContext } from "../context.js";
import { EXIT } from "../errors.js";
import { formatReport } from "../format/report.js";
import { addInputOptions, readInput, type InputOptions } from "../input.js";

interface ReportOptions extends InputOptions {
  json?: boolean;
}

const EXAMPLES = `
Checks a file without building anything: every record is accounted for
(records = imported + rejected), with each issue by row. Exits 1 when any
record has an error.

Examples:
  $ skills-network report proposals.csv
  $ skills-network report proposals.xlsx --json > report.json`;

export function registerReport(program: Command, context: CliContext): void {
  const command = program
    .command("report")
    .description("check a proposals file: print its full import report (every issue, and how columns were read)")
    .argument("<file>", "proposals as .csv, .json or .xlsx")
    .option("--json", "print the import report as JSON");
  addInputOptions(command, { network: false })
    .addHelpText("after", EXAMPLES)
    .action(async (file: string, options: ReportOptions) => {
      const { report } = await readInput(context, file, options);
      context.io.stdout(
        options.json
          ? JSON.stringify(report, null, 2) + "\n"
          : formatReport(report, { fileName: file, maxIssues: Infinity }) + formatColumns(report),
      );
      if (report.errors > 0) context.exitCode = EXIT.input;
    });
}

/** How each input column was understood. */
function formatColumns(report: ImportReport): string {
  const entries = Object.entries(report.columns);
  if (entries.length === 0) return "";
  const width = Math.max(...entries.map(([header]) => [...header].length));
  const lines = entries.map(
    ([header, field]) => `  ${header.padEnd(width)}  ->  ${field ?? "(not used: kept as an extra field)"}`,
  );
  return `\ncolumns:\n${lines.join("\n")}\n`;
}

import { Option, type Command } from "commander";
import {
  STAGES,
  readInput as readProposalsInput,
  type ImportReport,
  type ImportResult,
  type InputFormat,
  type Network,
  type NetworkOptions,
  type ReadOptions,
  type Stage,
} from "@skills-network/core";
import { buildNetworkAsync, nodeDefaults, PipelineWorkers } from "@skills-network/core/node";
import { EXIT, InputError } from "./errors.js";
import { createProgressReporter } from "./format/progress.js";
import { formatReport } from "./format/report.js";
import { readInputFile } from "./io.js";
import type { CliContext } from "./context.js";

/** Options every command that reads a file understands. */
export interface InputOptions {
  strict?: boolean;
  verbose?: boolean;
  progress?: boolean;
  inputFormat?: InputFormat;
}

export const INPUT_FORMATS: readonly InputFormat[] = ["csv", "json", "xlsx", "kumu-json", "kumu-xlsx", "kumu-csv"];

/**
 * Adds the reading options to a command; commands that build a network also
 * get `--verbose` (their report summary stops after 20 issues) and `--progress`.
 */
export function addInputOptions(command: Command, { network }: { network: boolean }): Command {
  command
    .addOption(new Option("--input-format <format>", "read the file as this format instead of guessing").choices(INPUT_FORMATS))
    .option("--strict", "stop without output if any record has an error");
  if (!network) return command;
  return command
    .option("--verbose", "list every import issue on stderr (the list stops after 20 otherwise)")
    .option("--progress", "show pipeline stages on stderr (shown anyway on a terminal)");
}

/** Reads the proposals of a file. ImportError (`--strict`, unreadable content) propagates: its message lists the problems. */
export async function readInput(context: CliContext, file: string, options: InputOptions): Promise<ImportResult> {
  return parseInput(await readInputFile(context.io, file), file, options);
}

function parseInput(content: Parameters<typeof readProposalsInput>[0], file: string, options: InputOptions, workers?: PipelineWorkers): ImportResult {
  const read: ReadOptions = {
    fileName: file,
    strict: options.strict === true,
    ...(options.inputFormat ? { format: options.inputFormat } : {}),
  };
  // With workers, the text worker reads the proposals' texts as they are parsed.
  return readProposalsInput(content, workers?.readOptions(read) ?? read);
}

/**
 * Prints the import report summary on stderr. Error-severity issues set the
 * exit code to 1; the valid records are still used, so the command writes its
 * result for them.
 */
export function reportImport(context: CliContext, file: string, report: ImportReport, options: InputOptions): void {
  context.io.stderr(formatReport(report, { fileName: file, ...(options.verbose ? { maxIssues: Infinity } : {}) }));
  if (report.errors > 0) context.exitCode = EXIT.input;
}

/** Reads a file and builds its network, showing progress when asked or on a terminal. */
export async function loadNetwork(
  context: CliContext,
  file: string,
  options: InputOptions,
  networkOptions: Partial<NetworkOptions>,
): Promise<Network> {
  const showProgress = options.progress === true || context.io.stderrIsTTY === true;
  const progress = showProgress ? createProgressReporter(context.io.stderr, context.io.stderrIsTTY === true) : null;
  try {
    progress?.onProgress("parse", STAGES.indexOf("parse"), STAGES.length);
    const parseStart = performance.now();
    // Workers load their code while this thread reads and parses the file (started from its size when it
    // is known, else from its content); the build fits them to the proposals and ends them.
    const size = (await context.io.fileSize?.(file)) ?? null;
    const bySize = size === null ? null : PipelineWorkers.forBytes(size, nodeDefaults.threads);
    let content: Awaited<ReturnType<typeof readInputFile>>;
    try {
      content = await readInputFile(context.io, file);
    } catch (error) {
      bySize?.end();
      throw error;
    }
    const workers = bySize ?? PipelineWorkers.ahead(content, nodeDefaults.threads);
    let imported: ImportResult;
    let parseTime: number;
    try {
      imported = parseInput(content, file, options, workers);
      parseTime = performance.now() - parseStart;
      progress?.clear();
      reportImport(context, file, imported.report, options);
      if (imported.proposals.length === 0) {
        throw new InputError(`no proposal could be read from "${file}", so there is no network to build. See the report above.`);
      }
    } catch (error) {
      workers.end();
      throw error;
    }
    // Every core: the same network as buildNetwork, sooner.
    const network = await buildNetworkAsync(
      imported,
      { ...networkOptions, ...(progress ? { onProgress: progress.onProgress } : {}) },
      workers,
    );
    const timings: Partial<Record<Stage, number>> = { parse: parseTime, ...network.timings };
    progress?.done(timings);
    return { ...network, timings };
  } catch (error) {
    // Leave the terminal line clean for the error message.
    progress?.clear();
    throw error;
  }
}

import { CommanderError } from "commander";
import { EXIT, UsageError, type ExitCode } from "./errors.js";
import type { CliContext } from "./context.js";
import type { CliIO } from "./io.js";
import { createProgram } from "./program.js";

/**
 * Runs `skills-network` with these arguments (without `node` and the script).
 * Never throws and never prints a stack trace: every failure becomes a one-line
 * `skills-network: <message>` on stderr and an exit code (see `EXIT`).
 */
export async function run(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const context: CliContext = { io, exitCode: EXIT.ok };
  try {
    await createProgram(context).parseAsync([...argv], { from: "user" });
    return context.exitCode;
  } catch (error) {
    return exitCodeOf(error, io);
  }
}

function exitCodeOf(error: unknown, io: CliIO): ExitCode {
  if (error instanceof CommanderError) {
    // Commander has already printed help, the version, or its message.
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT.ok;
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    io.stderr(`skills-network: ${error.message}\nRun "skills-network --help" for usage.\n`);
    return EXIT.usage;
  }
  // InputError, the records' ImportError, and anything unexpected: the message only.
  io.stderr(`skills-network: ${messageOf(error)}\n`);
  return EXIT.input;
}

/** The message without the library prefix: `skills-network: @skills-network/records: ...` says it twice. */
function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message || error.name : String(error);
  return message.replace(/^@skills-network\/[a-z-]+: /, "");
}

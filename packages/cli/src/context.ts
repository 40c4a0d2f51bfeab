import type { ExitCode } from "./errors.js";
import type { CliIO } from "./io.js";

/** State shared by the commands of one `run`: where to write, and the exit code so far. */
export interface CliContext {
  io: CliIO;
  exitCode: ExitCode;
}

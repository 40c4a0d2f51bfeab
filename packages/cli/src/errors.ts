/** Exit codes of `skills-network`, documented in `--help`. */
export const EXIT = {
  /** The command did what was asked and the input had no error-severity issue. */
  ok: 0,
  /** Bad input: a file that cannot be read, records with errors, an unknown proposal id. */
  input: 1,
  /** Bad usage: unknown command or option, missing or invalid argument. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A problem with how the command was called (exit 2). */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A problem with what the command was given to read (exit 1). */
export class InputError extends Error {
  override name = "InputError";
}

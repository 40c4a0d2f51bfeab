import { readFile, stat, writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { InputError } from "./errors.js";

/**
 * Everything the program touches outside itself. `run` takes one so that tests
 * drive the CLI in memory; `nodeIO` is the real thing.
 */
export interface CliIO {
  /** The result of the command, and nothing else (JSON must parse). */
  stdout(text: string): void;
  /** Import report, progress and messages. */
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** A file's size in bytes, or null when it cannot be told; lets the workers start while the file is read. */
  fileSize?(path: string): Promise<number | null>;
  /** Used by `--out`; Node's writeFile when omitted. */
  writeFile?(path: string, text: string): Promise<void>;
  /** When true, pipeline progress is shown on stderr without `--progress`. */
  stderrIsTTY?: boolean;
}

export const nodeIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path),
  fileSize: (path) => stat(path).then(
    (info) => (info.isFile() ? info.size : null),
    () => null,
  ),
  writeFile: (path, text) => writeFile(path, text, "utf8"),
  stderrIsTTY: process.stderr.isTTY === true,
};

/** Spreadsheet files are read as bytes, everything else as UTF-8 text. */
const BINARY_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls", ".ods"]);

/** What `readProposals` is given for a file: its text, or its bytes for a spreadsheet. */
export type FileContent = string | Uint8Array;

export function isBinaryFile(path: string): boolean {
  return BINARY_EXTENSIONS.has(extname(path).toLowerCase());
}

/** Reads an input file, turning file-system errors into messages a person can act on. */
export async function readInputFile(io: CliIO, path: string): Promise<FileContent> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new InputError(describeReadError(path, error));
  }
  return isBinaryFile(path) ? bytes : decodeText(bytes);
}

/**
 * UTF-8 unless a byte order mark says UTF-16 (Excel's "Unicode text" export).
 * TextDecoder drops the mark itself.
 */
export function decodeText(bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  return new TextDecoder(encoding).decode(bytes);
}

/** Writes the result of `--out`. */
export async function writeOutputFile(io: CliIO, path: string, text: string): Promise<void> {
  try {
    await (io.writeFile ?? ((file: string, content: string) => writeFile(file, content, "utf8")))(path, text);
  } catch (error) {
    throw new InputError(`cannot write "${path}": ${errorReason(error)}. Check that its folder exists and is writable.`);
  }
}

function describeReadError(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return `cannot read "${path}": no such file. Check the path (it is relative to ${process.cwd()}).`;
  if (code === "EISDIR") return `cannot read "${path}": it is a folder. Give a .csv, .json or .xlsx file.`;
  if (code === "EACCES" || code === "EPERM") return `cannot read "${path}": permission denied.`;
  return `cannot read "${path}": ${errorReason(error)}.`;
}

function errorReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a folder";
  return error instanceof Error ? error.message : String(error);
}

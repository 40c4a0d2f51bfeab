#!/usr/bin/env node
import { nodeIO } from "./io.js";
import { run } from "./run.js";

// A closed pipe (`skills-network build x.csv | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`skills-network: cannot write the output: ${error.message}\n`);
  process.exit(1);
});

// Last line of defence: whatever escapes `run` is still one line, never a stack.
process.on("uncaughtException", (error) => {
  process.stderr.write(`skills-network: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

// exitCode rather than exit(): let stdout drain completely when it is a pipe.
process.exitCode = await run(process.argv.slice(2), nodeIO);

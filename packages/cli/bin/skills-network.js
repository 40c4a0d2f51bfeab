#!/usr/bin/env node
// Committed entry point: npm links it at install time, before the TypeScript build
// exists, so `npx skills-network` works as soon as `npm run build` has run.
import { existsSync } from "node:fs";

const built = new URL("../dist/bin.js", import.meta.url);
if (!existsSync(built)) {
  process.stderr.write("skills-network: the CLI is not built yet. Run `npm run build` at the repository root first.\n");
  process.exit(2);
}
await import(built.href);

import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Runs a script of this package (beside this file, so src/ under tsx and dist/
 * once built) in a fresh Node process and parses the JSON it prints last.
 */
export function runChild<T>(script: string, args: readonly (string | number)[], nodeOptions: readonly string[] = []): Promise<T> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...nodeOptions, path, ...args.map(String)],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`@skills-network/bench: ${script} ${args.join(" ")} failed: ${stderr.trim() || error.message}`));
          return;
        }
        const lines = stdout.trim().split("\n");
        try {
          resolve(JSON.parse(lines[lines.length - 1]!) as T);
        } catch {
          reject(new Error(`@skills-network/bench: ${script} printed no JSON result. Its output was:\n${stdout}`));
        }
      },
    );
  });
}

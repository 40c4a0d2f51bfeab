import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Characters of a child's stderr kept for the error message when it fails. */
const STDERR_TAIL = 4000;

/**
 * Runs a script of this package (beside this file: dist/ once built) in a
 * fresh Node process and parses the JSON it prints last on stdout. Its stderr
 * (stage progress) is passed through as it comes.
 */
export function runChild<T>(script: string, args: readonly (string | number)[], nodeOptions: readonly string[] = []): Promise<T> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, path, ...args.map(String)], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderrTail = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      process.stderr.write(chunk);
      stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL);
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code !== 0) {
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        reject(new Error(`@skills-network/bench: ${script} ${args.join(" ")} ${how}. ${lastLines(stderrTail)}`.trim()));
        return;
      }
      const lines = stdout.trim().split("\n");
      try {
        resolve(JSON.parse(lines[lines.length - 1]!) as T);
      } catch {
        reject(new Error(`@skills-network/bench: ${script} printed no JSON result. Its output was:\n${stdout}`));
      }
    });
  });
}

function lastLines(text: string): string {
  return text.trim().split("\n").slice(-5).join("\n");
}

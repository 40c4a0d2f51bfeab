/// <reference types="node" />
import { Worker } from "node:worker_threads";
import { textError } from "../errors.js";

/** Which worker script to run, and how errors name it. */
export interface WorkerScript {
  /** File name without extension. */
  name: string;
  /** `import.meta.url` of a module in the script's folder; this folder when not given. */
  base?: string;
  /** What the worker is, as errors say: "a neighbours worker failed". */
  what: string;
  /** What to call instead, in the calling thread. */
  fallback: string;
}

/** Starts a worker script on `data`: the compiled script, or the TypeScript source next to a source base. */
export function startWorker(script: WorkerScript, data: unknown): Worker {
  const base = script.base ?? import.meta.url;
  return base.endsWith(".ts")
    ? // From the TypeScript sources (tests, tsx), the worker registers a TypeScript loader first.
      new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(new URL(`./${script.name}.ts`, base).href)}); });`, {
        eval: true,
        workerData: data,
      })
    : new Worker(new URL(`./${script.name}.js`, base), { workerData: data });
}

/** Runs a worker script on `data` and resolves with the one message it sends back. */
export function runWorker<T>(script: WorkerScript, data: unknown): Promise<T> {
  const { what, fallback } = script;
  const worker = startWorker(script, data);
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.once("message", (result: T) => {
      settled = true;
      resolve(result);
    });
    worker.once("error", (error) => {
      settled = true;
      reject(textError(`a ${what} failed (${error.message}). Call ${fallback} to run in this thread.`));
    });
    worker.once("exit", (code) => {
      if (!settled) reject(textError(`a ${what} stopped with code ${code} before answering. Call ${fallback} to run in this thread.`));
    });
  });
}

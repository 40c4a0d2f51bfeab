/// <reference types="node" />
import { Worker } from "node:worker_threads";
import { textError } from "../errors.js";
import { startWorker, type WorkerScript } from "./run-worker.js";

/**
 * A worker script that answers several messages in turn (see `runWorker` for
 * one): `next()` resolves with its next message, in order, whether it came
 * before or after the call; `send` gives it more work; `end` stops it.
 */
export class WorkerSession {
  private readonly worker: Worker;
  private readonly received: unknown[] = [];
  private readonly waiting: { resolve: (message: unknown) => void; reject: (error: Error) => void }[] = [];
  private failure: Error | null = null;

  constructor(private readonly script: WorkerScript, data: unknown) {
    const { what, fallback } = script;
    this.worker = startWorker(script, data);
    this.worker.on("message", (message: unknown) => {
      const waiter = this.waiting.shift();
      if (waiter !== undefined) waiter.resolve(message);
      else this.received.push(message);
    });
    this.worker.once("error", (error) => this.fail(textError(`a ${what} failed (${error.message}). Call ${fallback} to run in this thread.`)));
    this.worker.once("exit", (code) => this.fail(textError(`a ${what} stopped with code ${code} before answering. Call ${fallback} to run in this thread.`)));
  }

  /** The worker's next message. */
  next<T>(): Promise<T> {
    if (this.received.length > 0) return Promise.resolve(this.received.shift() as T);
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => this.waiting.push({ resolve: resolve as (message: unknown) => void, reject }));
  }

  send(message: unknown): void {
    this.worker.postMessage(message);
  }

  /**
   * Stops the worker (whatever it is doing); it answers no more. Resolves once
   * its thread has exited and its memory is given back.
   */
  async end(): Promise<void> {
    this.failure ??= textError(`this ${this.script.what} was ended. Start another, or call ${this.script.fallback} to run in this thread.`);
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(this.failure);
  }
}

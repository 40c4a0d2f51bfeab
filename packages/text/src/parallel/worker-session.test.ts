import { describe, expect, it } from "vitest";
import { WorkerSession } from "./worker-session.js";

describe("WorkerSession", () => {
  it("rejects with the script's name and what to call instead when the worker cannot run", async () => {
    const session = new WorkerSession({ name: "no-such-worker", what: "test worker", fallback: "buildIndex" }, {});
    await expect(session.next()).rejects.toThrow(/@skills-network\/text: a test worker (failed|stopped).*Call buildIndex to run in this thread\./);
    session.end();
  });
});

import { describe, expect, it } from "vitest";
import { benchDefaults, parseBenchArgs } from "./args.js";

describe("parseBenchArgs", () => {
  it("defaults to 1k, 10k and 100k", () => {
    expect(parseBenchArgs([])).toEqual(benchDefaults);
    expect(benchDefaults.sizes).toEqual([1000, 10000, 100000]);
  });

  it("reads sizes with either spelling", () => {
    expect(parseBenchArgs(["--sizes", "1000,10k"]).sizes).toEqual([1000, 10000]);
    expect(parseBenchArgs(["--sizes=500"]).sizes).toEqual([500]);
    expect(parseBenchArgs(["--baseline-sizes", "none"]).baselineSizes).toEqual([]);
    expect(parseBenchArgs(["--baseline-cap", "5"]).baselineCapMs).toBe(5000);
    expect(parseBenchArgs(["--threads", "1"]).threads).toBe(1);
    expect(benchDefaults.threads).toBeGreaterThanOrEqual(1);
  });

  it("runs each size up to 20k three times by default, and reads other counts", () => {
    expect([benchDefaults.runs, benchDefaults.repeatUpTo]).toEqual([3, 20_000]);
    expect(parseBenchArgs(["--runs", "5", "--repeat-up-to", "100k"])).toMatchObject({ runs: 5, repeatUpTo: 100_000 });
    expect(() => parseBenchArgs(["--runs", "0"])).toThrow('--runs expects whole numbers of at least 1 (like 1000 or 10k), got "0"');
  });

  it("rejects unknown flags and bad numbers with the usage", () => {
    expect(() => parseBenchArgs(["--fast"])).toThrow('unknown option "--fast"');
    expect(() => parseBenchArgs(["--sizes", "10,abc"])).toThrow('got "abc"');
    expect(() => parseBenchArgs(["--sizes"])).toThrow("--sizes needs a value");
    expect(() => parseBenchArgs(["--sizes", "0"])).toThrow("usage:");
  });
});

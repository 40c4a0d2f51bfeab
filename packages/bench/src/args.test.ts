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

  it("rejects unknown flags and bad numbers with the usage", () => {
    expect(() => parseBenchArgs(["--fast"])).toThrow('unknown option "--fast"');
    expect(() => parseBenchArgs(["--sizes", "10,abc"])).toThrow('got "abc"');
    expect(() => parseBenchArgs(["--sizes"])).toThrow("--sizes needs a value");
    expect(() => parseBenchArgs(["--sizes", "0"])).toThrow("usage:");
  });
});

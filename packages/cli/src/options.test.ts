import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { parseInteger, parseKinds, parsePositiveInteger, parsePositiveNumber, parseScore } from "./options.js";

describe("option parsers", () => {
  it("accept what they should", () => {
    expect(parsePositiveInteger("12")).toBe(12);
    expect(parseInteger("-3")).toBe(-3);
    expect(parseScore("0.25")).toBe(0.25);
    expect(parseScore("1")).toBe(1);
    expect(parsePositiveNumber("1.5")).toBe(1.5);
    expect(parseKinds("Country, category,country")).toEqual(["country", "category"]);
    expect(parseKinds("none")).toEqual([]);
  });

  it.each([
    [() => parsePositiveInteger("0"), "at least 1"],
    [() => parsePositiveInteger("2.5"), "whole number"],
    [() => parseInteger("1e3"), "whole number"],
    [() => parseScore("-0.1"), "between 0 and 1"],
    [() => parseScore(""), "expected a number"],
    [() => parsePositiveNumber("0"), "above 0"],
    [() => parseKinds("proposal"), 'unknown node kind "proposal"'],
  ])("reject bad values with a message (%#)", (parse, message) => {
    expect(parse).toThrow(InvalidArgumentError);
    expect(parse).toThrow(message);
  });
});

import { describe, expect, it } from "vitest";
import type { ImportIssue, ImportReport } from "@skills-network/core";
import { formatIssue, formatReport } from "./report.js";

function report(issues: ImportIssue[]): ImportReport {
  const errors = issues.filter((issue) => issue.severity === "error").length;
  return {
    format: "csv",
    records: 30,
    imported: 30 - errors,
    rejected: errors,
    errors,
    warnings: issues.length - errors,
    issues,
    columns: {},
  };
}

describe("formatIssue", () => {
  it("reads like the import report line", () => {
    expect(
      formatIssue({ row: 7, field: "country", message: 'unknown country "Atlantis"', severity: "warning", value: "Atlantis" }),
    ).toBe('row 7 · country · unknown country "Atlantis" (warning)');
  });

  it("adds the value when the message does not show it, and names whole-record and file issues", () => {
    expect(formatIssue({ row: 3, field: "year", message: "not a year", severity: "warning", value: "20x4" })).toBe(
      'row 3 · year · not a year ("20x4") (warning)',
    );
    expect(formatIssue({ row: 4, field: null, message: "duplicate id", severity: "error" })).toBe(
      "row 4 · record · duplicate id (error)",
    );
    expect(formatIssue({ row: 0, field: null, message: "no header row", severity: "error" })).toBe("file · no header row (error)");
  });
});

describe("formatReport", () => {
  const issues: ImportIssue[] = [
    ...Array.from({ length: 24 }, (_, index): ImportIssue => ({ row: index + 2, field: "country", message: "unknown country", severity: "warning" })),
    { row: 25, field: "title", message: "missing title", severity: "error" },
  ];

  it("starts with a summary, lists errors first and stops after maxIssues", () => {
    const lines = formatReport(report(issues), { fileName: "x.csv" }).trimEnd().split("\n");
    expect(lines[0]).toBe("x.csv (csv): 30 records · 29 imported · 1 rejected · 1 error · 24 warnings");
    expect(lines[1]).toBe("  row 25 · title · missing title (error)");
    expect(lines[2]).toBe("  row 2 · country · unknown country (warning)");
    expect(lines).toHaveLength(1 + 20 + 1);
    expect(lines[21]).toBe("  ... and 5 more (--verbose lists them all)");
  });

  it("lists everything with maxIssues Infinity", () => {
    const lines = formatReport(report(issues), { maxIssues: Infinity }).trimEnd().split("\n");
    expect(lines).toHaveLength(26);
  });

  it("is one line for a clean file", () => {
    expect(formatReport(report([]), { fileName: "ok.csv" })).toBe(
      "ok.csv (csv): 30 records · 30 imported · 0 rejected · 0 errors · 0 warnings\n",
    );
  });
});

/** Formats benchmark samples as a plain-text table: median, min, max, target. */
import { median, type Sample } from "./measure.js";

function milliseconds(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

export function formatTable(samples: readonly Sample[]): string {
  const header = ["measurement", "median", "min", "max", "runs", "target", ""];
  const rows = samples.map((sample) => {
    const middle = median(sample.runs);
    const format = sample.unit ? (value: number) => `${value.toFixed(1)} ${sample.unit}` : milliseconds;
    const verdict = sample.target === undefined ? "" : middle <= sample.target ? "ok" : "MISSED";
    return [
      sample.label,
      format(middle),
      format(Math.min(...sample.runs)),
      format(Math.max(...sample.runs)),
      String(sample.runs.length),
      sample.target === undefined ? "-" : `<= ${format(sample.target)}`,
      [verdict, sample.note ?? ""].filter(Boolean).join("  "),
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ").trimEnd();
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

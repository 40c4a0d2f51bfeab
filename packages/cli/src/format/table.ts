/** One column of a plain-text table. */
export interface Column<Row> {
  header: string;
  value: (row: Row) => string;
  /** Numbers read best right-aligned. */
  align?: "left" | "right";
  /** Longer cells are cut and end with "…". */
  maxWidth?: number;
}

const GAP = "  ";

/**
 * Renders rows as an aligned table: a header, a rule, one line per row.
 * Widths count code points, so accented names line up.
 */
export function formatTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) => columns.map((column) => truncate(oneLine(column.value(row)), column.maxWidth)));
  const widths = columns.map((column, index) =>
    Math.max(length(column.header), ...cells.map((line) => length(line[index]!))),
  );
  const render = (line: string[]) =>
    line
      .map((cell, index) => pad(cell, widths[index]!, columns[index]!.align ?? "left"))
      .join(GAP)
      .trimEnd();
  const header = render(columns.map((column) => column.header));
  const rule = widths.map((width) => "─".repeat(width)).join(GAP);
  return [header, rule, ...cells.map(render)].join("\n") + "\n";
}

/** Cuts text to at most `maxWidth` code points, ending with "…" when cut. */
export function truncate(text: string, maxWidth: number | undefined): string {
  if (maxWidth === undefined) return text;
  const points = [...text];
  if (points.length <= maxWidth) return text;
  return points.slice(0, Math.max(0, maxWidth - 1)).join("").trimEnd() + "…";
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function length(text: string): number {
  return [...text].length;
}

function pad(text: string, width: number, align: "left" | "right"): string {
  const fill = " ".repeat(Math.max(0, width - length(text)));
  return align === "right" ? fill + text : text + fill;
}

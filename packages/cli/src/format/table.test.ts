import { describe, expect, it } from "vitest";
import { formatTable, truncate } from "./table.js";

describe("formatTable", () => {
  const rows = [
    { name: "Café des jeunes", score: 0.5 },
    { name: "A", score: 0.125 },
  ];
  const columns = [
    { header: "name", value: (row: (typeof rows)[number]) => row.name },
    { header: "score", value: (row: (typeof rows)[number]) => row.score.toFixed(3), align: "right" as const },
  ];

  it("aligns columns, counting accented letters as one", () => {
    expect(formatTable(rows, columns)).toBe(
      ["name             score", "───────────────  ─────", "Café des jeunes  0.500", "A                0.125", ""].join("\n"),
    );
  });

  it("cuts long cells with an ellipsis and flattens line breaks", () => {
    const table = formatTable([{ text: "one\ntwo   three four" }], [{ header: "t", value: (row) => row.text, maxWidth: 9 }]);
    expect(table.split("\n")[2]).toBe("one two…");
  });

  it("renders a header and rule for no rows", () => {
    expect(formatTable([], columns)).toBe("name  score\n────  ─────\n");
  });
});

describe("truncate", () => {
  it("keeps text that fits and cuts at code points", () => {
    expect(truncate("abc", 3)).toBe("abc");
    expect(truncate("éééé", 3)).toBe("éé…");
    expect(truncate("abc", undefined)).toBe("abc");
  });
});

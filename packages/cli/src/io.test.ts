import { describe, expect, it } from "vitest";
import { InputError } from "./errors.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeText, isBinaryFile, nodeIO, readInputFile, type CliIO } from "./io.js";

function ioWith(files: Record<string, Uint8Array>): CliIO {
  return {
    stdout: () => {},
    stderr: () => {},
    readFile: async (path) => {
      const bytes = files[path];
      if (bytes === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return bytes;
    },
  };
}

describe("readInputFile", () => {
  const utf8 = new TextEncoder().encode("\uFEFFid,title\n1,Café\n");
  const workbook = new Uint8Array([0x50, 0x4b, 3, 4]);

  it("reads spreadsheets as bytes and other files as text without the byte order mark", async () => {
    const io = ioWith({ "a.csv": utf8, "b.XLSX": workbook });
    expect(await readInputFile(io, "a.csv")).toBe("id,title\n1,Café\n");
    expect(await readInputFile(io, "b.XLSX")).toBe(workbook);
    expect(isBinaryFile("x.json")).toBe(false);
  });

  it("turns a missing file into an InputError naming it", async () => {
    const attempt = readInputFile(ioWith({}), "missing.csv");
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(readInputFile(ioWith({}), "missing.csv")).rejects.toThrow('cannot read "missing.csv": no such file');
  });
});

describe("decodeText", () => {
  it("honours a UTF-16 byte order mark", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]);
    expect(decodeText(utf16)).toBe("id");
  });
});

describe("nodeIO.fileSize", () => {
  it("tells a file's size before it is read (the workers start from it), null for a folder or a missing file", async () => {
    const folder = mkdtempSync(join(tmpdir(), "skills-io-"));
    try {
      writeFileSync(join(folder, "p.csv"), "id,title\n1,Café\n");
      // Bytes, not characters: "é" takes two.
      expect(await nodeIO.fileSize!(join(folder, "p.csv"))).toBe(17);
      expect(await nodeIO.fileSize!(folder)).toBeNull();
      expect(await nodeIO.fileSize!(join(folder, "missing.csv"))).toBeNull();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

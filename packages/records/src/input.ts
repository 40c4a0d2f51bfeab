/**
 * Input as given to `readProposals` -> text, workbook bytes or an
 * already-parsed value. Bytes are workbooks when they start like a zip (XLSX,
 * ODS) or an OLE file (XLS); otherwise they are decoded as text.
 */

export type ReadInput = string | Uint8Array | ArrayBuffer | readonly unknown[] | object;

export type LoadedInput =
  | { kind: "text"; text: string }
  | { kind: "workbook"; bytes: Uint8Array }
  | { kind: "value"; value: unknown };

// TextDecoder exists in browsers and Node but is not in the ES library types this package compiles with.
type Decoder = new (label?: string) => { decode(bytes: Uint8Array): string };

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decode(bytes: Uint8Array): string {
  const TextDecoderClass = (globalThis as unknown as { TextDecoder: Decoder }).TextDecoder;
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  return stripBom(new TextDecoderClass(utf16).decode(bytes));
}

export function isWorkbookBytes(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC);
}

export function loadInput(input: ReadInput): LoadedInput {
  if (typeof input === "string") return { kind: "text", text: stripBom(input) };
  if (input instanceof ArrayBuffer) return loadInput(new Uint8Array(input));
  if (input instanceof Uint8Array) {
    return isWorkbookBytes(input) ? { kind: "workbook", bytes: input } : { kind: "text", text: decode(input) };
  }
  return { kind: "value", value: input };
}

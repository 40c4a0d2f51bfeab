import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodePng, pixelStats } from "./png.js";

/** The Paeth predictor as written in the PNG specification (section 9.4). */
function paethPredictor(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  if (pb <= pc) return b;
  return c;
}

/** Encodes raw pixels as a PNG, using filter `(row % 5)` on each row so every filter is exercised. */
function encodePng(width: number, height: number, channels: 3 | 4, raw: Uint8Array): Buffer {
  const stride = width * channels;
  const filtered = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    filtered[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * stride + x]!;
      const left = x >= channels ? raw[y * stride + x - channels]! : 0;
      const up = y > 0 ? raw[(y - 1) * stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? raw[(y - 1) * stride + x - channels]! : 0;
      const predictors = [0, left, up, (left + up) >> 1, paethPredictor(left, up, upLeft)];
      filtered[y * (stride + 1) + 1 + x] = (value - predictors[filter]!) & 0xff;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const header = Buffer.alloc(8);
    header.writeUInt32BE(data.length, 0);
    header.write(type, 4, "latin1");
    return Buffer.concat([header, data, Buffer.alloc(4)]); // the decoder does not check CRCs
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, channels === 4 ? 6 : 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(filtered)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function pseudoRandomPixels(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe("decodePng", () => {
  it("round-trips RGBA pixels through all five filters", () => {
    const raw = pseudoRandomPixels(7 * 11 * 4);
    const image = decodePng(encodePng(7, 11, 4, raw));
    expect(image.width).toBe(7);
    expect(image.height).toBe(11);
    expect([...image.pixels]).toEqual([...raw]);
  });

  it("expands RGB to opaque RGBA", () => {
    const raw = pseudoRandomPixels(5 * 6 * 3);
    const image = decodePng(encodePng(5, 6, 3, raw));
    expect([...image.pixels.subarray(0, 8)]).toEqual([raw[0], raw[1], raw[2], 255, raw[3], raw[4], raw[5], 255]);
    expect(image.pixels.length).toBe(5 * 6 * 4);
  });

  it("rejects what is not a PNG", () => {
    expect(() => decodePng(Buffer.from("GIF89a not a png"))).toThrow(/not a PNG/);
  });
});

describe("pixelStats", () => {
  it("takes the commonest colour as background and counts the rest", () => {
    const raw = new Uint8Array(4 * 4 * 4).fill(255); // white, opaque
    raw.set([255, 0, 0, 255], 0); // one red pixel
    raw.set([0, 0, 255, 255], 4 * 5); // one blue pixel
    const stats = pixelStats(decodePng(encodePng(4, 4, 4, raw)));
    expect(stats).toEqual({ distinctColours: 3, background: 0xffffffff, foregroundPixels: 2, totalPixels: 16 });
  });
});

/**
 * Minimal PNG decoder for what Chromium screenshots are: 8-bit RGB or RGBA,
 * non-interlaced. Enough to tell a drawn canvas from a blank one without a
 * new dependency.
 */
import { inflateSync } from "node:zlib";

export interface DecodedImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, row after row. */
  pixels: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function decodePng(png: Uint8Array): DecodedImage {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!SIGNATURE.every((value, i) => bytes[i] === value)) throw new Error("decodePng: not a PNG file");
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    const chunk = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      const [bitDepth, colorType, , , interlace] = chunk.subarray(8, 13);
      if (bitDepth !== 8 || (colorType !== 2 && colorType !== 6) || interlace !== 0) {
        throw new Error(`decodePng: only 8-bit non-interlaced RGB/RGBA (got depth ${bitDepth}, colour type ${colorType}, interlace ${interlace})`);
      }
      channels = colorType === 6 ? 4 : 3;
    } else if (type === "IDAT") {
      data.push(chunk);
    } else if (type === "IEND") {
      break;
    }
    offset += 12 + length;
  }
  const raw = unfilter(inflateSync(Buffer.concat(data)), width, height, channels);
  return { width, height, pixels: toRgba(raw, width * height, channels) };
}

/** Reverses the per-row filters (None, Sub, Up, Average, Paeth). */
function unfilter(filtered: Uint8Array, width: number, height: number, channels: number): Uint8Array {
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = filtered[y * (stride + 1)];
    const row = filtered.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const at = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? out[at + x - channels] : 0;
      const up = y > 0 ? out[at - stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? out[at - stride + x - channels] : 0;
      let predictor: number;
      switch (filter) {
        case 0: predictor = 0; break;
        case 1: predictor = left; break;
        case 2: predictor = up; break;
        case 3: predictor = (left + up) >> 1; break;
        case 4: predictor = paeth(left, up, upLeft); break;
        default: throw new Error(`decodePng: unknown filter ${filter} on row ${y}`);
      }
      out[at + x] = (row[x] + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

function toRgba(raw: Uint8Array, pixelCount: number, channels: number): Uint8Array {
  if (channels === 4) return raw;
  const rgba = new Uint8Array(pixelCount * 4);
  for (let i = 0; i < pixelCount; i++) {
    rgba[i * 4] = raw[i * 3];
    rgba[i * 4 + 1] = raw[i * 3 + 1];
    rgba[i * 4 + 2] = raw[i * 3 + 2];
    rgba[i * 4 + 3] = 255;
  }
  return rgba;
}

export interface PixelStats {
  /** Number of distinct RGBA colours. */
  distinctColours: number;
  /** The most frequent colour, taken as the background (packed 0xRRGGBBAA). */
  background: number;
  /** Pixels that differ from the background. */
  foregroundPixels: number;
  totalPixels: number;
}

/** How much is drawn on an image: distinct colours and pixels other than the background. */
export function pixelStats(image: DecodedImage): PixelStats {
  const counts = new Map<number, number>();
  const view = new DataView(image.pixels.buffer, image.pixels.byteOffset, image.pixels.byteLength);
  const total = image.width * image.height;
  for (let i = 0; i < total; i++) {
    const colour = view.getUint32(i * 4);
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  let background = 0;
  let backgroundCount = -1;
  for (const [colour, count] of counts) {
    if (count > backgroundCount) {
      background = colour;
      backgroundCount = count;
    }
  }
  return { distinctColours: counts.size, background, foregroundPixels: total - backgroundCount, totalPixels: total };
}

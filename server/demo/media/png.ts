// PNG and APNG encoders built only on node:zlib, so the demo's results are real files every browser decodes
// without pulling an image library into the server. Only 8-bit RGB truecolour: that is all the pictures need.
import { deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** An RGB raster, row-major, 3 bytes a pixel. */
export interface Raster {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, the polynomial PNG uses) over the given bytes. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function u32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n >>> 0);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typeBytes = new TextEncoder().encode(type);
  const body = concat([typeBytes, data]);
  return concat([u32(data.length), body, u32(crc32(body))]);
}

function ihdr(width: number, height: number): Uint8Array {
  const data = new Uint8Array(13);
  const view = new DataView(data.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  data[8] = 8; // bit depth
  data[9] = 2; // colour type: truecolour RGB
  // compression, filter and interlace methods stay 0
  return chunk('IHDR', data);
}

/** The zlib stream of a raster: each row prefixed by filter type 0 (None), which keeps the encoder trivial. */
function compressed(raster: Raster): Uint8Array {
  const stride = raster.width * 3;
  const rows = new Uint8Array((stride + 1) * raster.height);
  for (let y = 0; y < raster.height; y++) {
    rows.set(raster.pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return new Uint8Array(deflateSync(rows));
}

export function encodePng(raster: Raster): Uint8Array<ArrayBuffer> {
  return concat([
    SIGNATURE,
    ihdr(raster.width, raster.height),
    chunk('IDAT', compressed(raster)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function fcTL(sequence: number, width: number, height: number, delayMs: number): Uint8Array {
  const data = new Uint8Array(26);
  const view = new DataView(data.buffer);
  view.setUint32(0, sequence);
  view.setUint32(4, width);
  view.setUint32(8, height);
  // x/y offset 0; delay as a fraction of a second in ms
  view.setUint16(20, delayMs);
  view.setUint16(22, 1000);
  // dispose_op 0 (none), blend_op 0 (source): every frame is a whole picture
  return chunk('fcTL', data);
}

/** An animated PNG looping forever over frames of one size; the first frame is also the still image. */
export function encodeApng(frames: readonly Raster[], delayMs: number): Uint8Array<ArrayBuffer> {
  const first = frames[0];
  if (first === undefined) throw new Error('encodeApng needs at least one frame');
  const actl = new Uint8Array(8);
  new DataView(actl.buffer).setUint32(0, frames.length); // num_plays 0: loop forever
  const parts: Uint8Array[] = [SIGNATURE, ihdr(first.width, first.height), chunk('acTL', actl)];
  let sequence = 0;
  frames.forEach((frame, i) => {
    parts.push(fcTL(sequence++, first.width, first.height, delayMs));
    if (i === 0) {
      parts.push(chunk('IDAT', compressed(frame)));
    } else {
      parts.push(chunk('fdAT', concat([u32(sequence++), compressed(frame)])));
    }
  });
  parts.push(chunk('IEND', new Uint8Array(0)));
  return concat(parts);
}

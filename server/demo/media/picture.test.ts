import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { demoAnimationApng, demoPicturePng } from './picture';
import { crc32 } from './png';

interface Chunk {
  type: string;
  data: Uint8Array;
}

/** A strict little PNG reader for the tests: every chunk's CRC must match. */
function chunksOf(png: Uint8Array): Chunk[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  let at = 8;
  while (at < png.length) {
    const length = view.getUint32(at);
    const body = png.subarray(at + 4, at + 8 + length);
    expect(view.getUint32(at + 8 + length)).toBe(crc32(body));
    chunks.push({ type: new TextDecoder().decode(body.subarray(0, 4)), data: body.subarray(4) });
    at += 12 + length;
  }
  expect(at).toBe(png.length);
  return chunks;
}

const input = { prompt: 'a red fox in snow', seed: 7, index: 0, width: 40, height: 24 };

describe('demoPicturePng', () => {
  it('is a valid PNG whose IDAT inflates back to filtered RGB rows of the stated size', () => {
    const chunks = chunksOf(demoPicturePng(input));
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = chunks[0]?.data ?? new Uint8Array();
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    expect([view.getUint32(0), view.getUint32(4), header[8], header[9]]).toEqual([40, 24, 8, 2]);
    const rows = inflateSync(chunks[1]?.data ?? new Uint8Array());
    expect(rows.length).toBe(24 * (40 * 3 + 1));
    for (let y = 0; y < 24; y++) expect(rows[y * 121]).toBe(0);
  });

  it('draws the same bytes for the same inputs and different ones for another seed, prompt or index', () => {
    const png = demoPicturePng(input);
    expect(demoPicturePng({ ...input })).toEqual(png);
    expect(demoPicturePng({ ...input, seed: 8 })).not.toEqual(png);
    expect(demoPicturePng({ ...input, prompt: 'a blue fox' })).not.toEqual(png);
    expect(demoPicturePng({ ...input, index: 1 })).not.toEqual(png);
  });

  it('varies the picture with the style', () => {
    const flat = demoPicturePng({ ...input, style: 'flat' });
    expect(demoPicturePng({ ...input, style: 'gradient' })).not.toEqual(flat);
    expect(demoPicturePng({ ...input, style: 'stripes' })).not.toEqual(flat);
  });

  it('clamps absurd sizes instead of allocating them', () => {
    const header = chunksOf(demoPicturePng({ ...input, width: 1e9, height: 0 }))[0]?.data ?? new Uint8Array();
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    expect([view.getUint32(0), view.getUint32(4)]).toEqual([2048, 1]);
  });
});

describe('demoAnimationApng', () => {
  it('has acTL, one fcTL per frame and fdAT for the frames after the first, in sequence', () => {
    const chunks = chunksOf(demoAnimationApng({ ...input, frames: 4 }));
    const types = chunks.map((c) => c.type);
    expect(types).toEqual([
      'IHDR',
      'acTL',
      'fcTL',
      'IDAT',
      'fcTL',
      'fdAT',
      'fcTL',
      'fdAT',
      'fcTL',
      'fdAT',
      'IEND',
    ]);
    const actl = chunks[1]?.data ?? new Uint8Array();
    expect(new DataView(actl.buffer, actl.byteOffset).getUint32(0)).toBe(4);
    const sequence = chunks
      .filter((c) => c.type === 'fcTL' || c.type === 'fdAT')
      .map((c) => new DataView(c.data.buffer, c.data.byteOffset).getUint32(0));
    expect(sequence).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('is deterministic and its frames differ (the shapes move)', () => {
    const apng = demoAnimationApng(input);
    expect(demoAnimationApng({ ...input })).toEqual(apng);
    const chunks = chunksOf(apng);
    const first = inflateSync(chunks.find((c) => c.type === 'IDAT')?.data ?? new Uint8Array());
    const second = inflateSync(chunks.find((c) => c.type === 'fdAT')?.data.subarray(4) ?? new Uint8Array());
    expect(second).not.toEqual(first);
  });
});

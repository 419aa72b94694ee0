import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChunk, readCompletion } from '../../src/lib/api/edge/completions.ts';
import { createApp } from '../app.ts';
import { chunksOf, MESSAGES as messages, DEMO_OPTIONS as OPTIONS, postChat } from '../testing/demoClient.ts';
import { type Listening, listen, readSse } from '../testing/listen.ts';
import { answerPictureUrl } from './answerImage.ts';

let server: Listening;
beforeAll(async () => {
  server = await listen(createApp(OPTIONS).fetch);
});
afterAll(() => server.close());

const body = { model: 'image-chat-demo', messages, seed: 3 };
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngOf(url: string): Buffer {
  expect(url.startsWith('data:image/png;base64,')).toBe(true);
  return Buffer.from(url.slice('data:image/png;base64,'.length), 'base64');
}

describe('image-chat-demo', () => {
  it('is listed as a chat model whose output includes images, without internal fields', async () => {
    const res = await fetch(`${server.url}/demo/api/ai/models/image-chat-demo`);
    const model = (await res.json()) as Record<string, unknown>;
    expect(model.endpoint).toBe('/chat/completions');
    expect((model.capabilities as { output: string[] }).output).toEqual(['text', 'image']);
    expect(model).not.toHaveProperty('draws');
  });

  it('answers a one-shot request with text and one PNG in message.images', async () => {
    const res = await postChat(server.url, { ...body, stream: false });
    const raw = (await res.json()) as { choices: Array<{ message: Record<string, unknown> }> };
    const message = raw.choices[0]?.message;
    expect(typeof message?.content).toBe('string');
    expect(String(message?.content ?? '').length).toBeGreaterThan(0);
    const images = message?.images as Array<{ type: string; image_url: { url: string } }>;
    expect(images).toHaveLength(1);
    expect(images[0]?.type).toBe('image_url');
    const png = pngOf(images[0]?.image_url.url ?? '');
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // The IHDR says 256 × 256, and the picture data inflates (a real PNG, not just a signature).
    expect(png.readUInt32BE(16)).toBe(256);
    expect(png.readUInt32BE(20)).toBe(256);
    const idat = png.indexOf('IDAT');
    expect(inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4))).length).toBeGreaterThan(
      0,
    );
    // What the workbench's edge reader makes of it: the text and the picture, no notes.
    const notes: string[] = [];
    const read = readCompletion(raw as unknown as Record<string, unknown>, notes);
    expect(read?.choices[0]?.message.images).toEqual([images[0]?.image_url.url]);
    expect(notes).toEqual([]);
  });

  it('streams the text, then the picture whole in one delta.images chunk', async () => {
    const res = await postChat(server.url, { ...body, stream: true });
    const { data } = await readSse(res);
    const chunks = chunksOf(data);
    const withImages = chunks.filter((c) => c.choices[0]?.delta.images);
    expect(withImages).toHaveLength(1);
    const at = chunks.indexOf(withImages[0] as (typeof chunks)[number]);
    const lastText = chunks.findLastIndex((c) => c.choices[0]?.delta.content);
    expect(at).toBeGreaterThan(lastText);
    const notes: string[] = [];
    const read = readChunk(withImages[0] as unknown as Record<string, unknown>, notes);
    expect(read.choices[0]?.delta.images?.[0]).toMatch(/^data:image\/png;base64,/);
    expect(notes).toEqual([]);
  });

  it('draws the same picture for the same prompt and seed, another for another seed', () => {
    expect(answerPictureUrl('a cat', 1, 0)).toBe(answerPictureUrl('a cat', 1, 0));
    expect(answerPictureUrl('a cat', 2, 0)).not.toBe(answerPictureUrl('a cat', 1, 0));
    // Small enough that the workbench keeps it in storage (state/runs/storedImages.ts: 400,000 characters).
    expect(answerPictureUrl('a cat', 1, 0).length).toBeLessThan(400_000);
  });

  it('other chat models still answer without images', async () => {
    const res = await postChat(server.url, { ...body, model: 'fast-demo', stream: false });
    const raw = (await res.json()) as { choices: Array<{ message: Record<string, unknown> }> };
    expect(raw.choices[0]?.message).not.toHaveProperty('images');
  });
});

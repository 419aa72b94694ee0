import { describe, expect, it } from 'vitest';
import { collect, everySplit, streamOfPieces } from '@/testing';
import { decodeSse, type SseEvent } from './decodeSse';

const encode = (text: string) => new TextEncoder().encode(text);

// Multi-byte characters (2, 3 and 4 bytes in UTF-8), CRLF and LF line ends, a comment/keepalive, a
// multi-line data field, named events and ids: every feature a split read could break.
const SAMPLE =
  ': keepalive\n\n' +
  'data: {"text":"héllo"}\n\n' +
  'event: note\r\nid: 7\r\ndata: line one\r\ndata: line two ✓\r\n\r\n' +
  'data: 🦀 crab\n' +
  ': comment inside an event\n' +
  '\n' +
  'data: [DONE]\n\n';

const EXPECTED: SseEvent[] = [
  { data: '{"text":"héllo"}' },
  { event: 'note', id: '7', data: 'line one\nline two ✓' },
  { data: '🦀 crab' },
  { data: '[DONE]' },
];

describe('decodeSse', () => {
  it('decodes a whole stream', async () => {
    const events = await collect(decodeSse(streamOfPieces(encode(SAMPLE), [])));
    expect(events).toEqual(EXPECTED);
  });

  it('decodes the same events however the bytes are split across reads', async () => {
    const bytes = encode(SAMPLE);
    const splits = everySplit(bytes);
    expect(splits.length).toBe(bytes.length); // every single cut + one-byte-per-read
    for (const cuts of splits) {
      const events = await collect(decodeSse(streamOfPieces(bytes, cuts)));
      expect(events, `cuts at ${cuts.join(',')}`).toEqual(EXPECTED);
    }
  });

  it('handles bare CR line endings', async () => {
    const events = await collect(decodeSse(streamOfPieces(encode('data: a\rdata: b\r\r'), [7])));
    expect(events).toEqual([{ data: 'a\nb' }]);
  });

  it('drops a final event that never got its blank line (a cut connection)', async () => {
    const events = await collect(decodeSse(streamOfPieces(encode('data: one\n\ndata: {"tru'), [])));
    expect(events).toEqual([{ data: 'one' }]);
  });

  it('yields nothing for an empty body', async () => {
    expect(await collect(decodeSse(streamOfPieces(new Uint8Array(), [])))).toEqual([]);
  });

  it('cancels the body when the consumer stops early', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encode('data: 1\n\ndata: 2\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const event of decodeSse(body)) {
      expect(event.data).toBe('1');
      break;
    }
    expect(cancelled).toBe(true);
  });

  it('cancels the body and throws the reason when the signal aborts while waiting', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encode('data: first\n\n'));
        // Then the server goes quiet: the next read would wait forever without abort handling.
      },
      cancel() {
        cancelled = true;
      },
    });
    const controller = new AbortController();
    const seen: string[] = [];
    const run = (async () => {
      for await (const event of decodeSse(body, controller.signal)) {
        seen.push(event.data);
        setTimeout(() => controller.abort(), 5);
      }
    })();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual(['first']);
    expect(cancelled).toBe(true);
  });

  it('throws at once for an already-aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    const events = decodeSse(streamOfPieces(encode('data: x\n\n'), []), controller.signal);
    await expect(events.next()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('passes on a read error from the body', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encode('data: ok\n\n'));
      },
      pull(controller) {
        controller.error(new TypeError('terminated'));
      },
    });
    const seen: string[] = [];
    const run = (async () => {
      for await (const event of decodeSse(body)) seen.push(event.data);
    })();
    await expect(run).rejects.toThrow('terminated');
    expect(seen).toEqual(['ok']);
  });
});

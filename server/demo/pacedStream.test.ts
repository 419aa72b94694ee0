import { describe, expect, it } from 'vitest';
import type { SseEvent } from './completion.ts';
import { pacedSse, resolvePace } from './pacedStream.ts';

describe('resolvePace', () => {
  it('prefers the header, clamped to 1..10000', () => {
    expect(resolvePace('120', 50)).toBe(120);
    expect(resolvePace('0', 50)).toBe(1);
    expect(resolvePace('99999', 50)).toBe(10_000);
  });

  it('falls back when the header is missing or not a number', () => {
    expect(resolvePace(undefined, 50)).toBe(50);
    expect(resolvePace('fast', 50)).toBe(50);
    expect(resolvePace('', 70)).toBe(70);
  });
});

describe('pacedSse', () => {
  // Counts reads of the event list, which is how the stream advances: no reads means no work.
  function watchedEvents(count: number) {
    const list: SseEvent[] = Array.from({ length: count }, (_, i) => ({ data: `t${i}`, isToken: true }));
    let reads = 0;
    const events = new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    return { events, reads: () => reads };
  }
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('stops generating when the reader cancels', async () => {
    const { events, reads } = watchedEvents(100);
    const reader = pacedSse(events, { pace: 20 }).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('data: t0\n\n');
    await reader.cancel();
    const before = reads();
    await sleep(200);
    expect(reads()).toBe(before);
  });

  it('closes and stops when the request signal aborts', async () => {
    const { events, reads } = watchedEvents(100);
    const abort = new AbortController();
    const reader = pacedSse(events, { pace: 20, signal: abort.signal }).getReader();
    await reader.read();
    abort.abort();
    expect((await reader.read()).done).toBe(true);
    const before = reads();
    await sleep(200);
    expect(reads()).toBe(before);
  });

  it('sends several token events per write at high pace, each its own event', async () => {
    const { events } = watchedEvents(50);
    const reader = pacedSse(events, { pace: 1000 }).getReader();
    let writes = 0;
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      writes++;
      text += new TextDecoder().decode(value);
    }
    expect(text.split('\n\n').filter(Boolean)).toHaveLength(50);
    expect(writes).toBeLessThan(25);
  });
});

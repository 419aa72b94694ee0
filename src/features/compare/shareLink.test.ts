import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeComparison,
  encodeComparison,
  encodedFromHash,
  LONG_LINK,
  linkSizeNote,
  type SharedComparison,
  shareUrl,
} from './shareLink';

const sample: SharedComparison = {
  v: 1,
  conversation: {
    system: 'Sé bref — 简洁 🙂',
    turns: [
      { role: 'user', text: 'Compare these?', images: ['https://example.com/cat.png'] },
      { role: 'assistant', text: 'Sure.', images: [] },
    ],
  },
  stream: true,
  panes: [
    {
      model: 'claude-sonnet-4-20250514',
      params: { values: { temperature: 0.2 }, explicit: ['temperature'] },
    },
    { model: 'reasoning-mini-demo', system: 'Think hard', provider: 'openai' },
    { model: '' },
  ],
  baseUrl: 'http://localhost:11434/v1',
};

const rawPayload = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('share link encoding', () => {
  it('round-trips, unicode included, through URL-safe text', () => {
    const encoded = encodeComparison(sample);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeComparison(encoded)).toEqual({ ok: true, value: sample });
  });

  it('round-trips arbitrary conversations and parameter values', () => {
    const turn = fc.record({
      role: fc.constantFrom('user' as const, 'assistant' as const),
      text: fc.string({ unit: 'grapheme' }),
      images: fc.array(fc.webUrl(), { maxLength: 2 }),
    });
    const pane = fc.record(
      {
        model: fc.string(),
        params: fc.record({
          values: fc.dictionary(fc.string(), fc.jsonValue()),
          explicit: fc.array(fc.string()),
        }),
        system: fc.string(),
        provider: fc.constantFrom('demo' as const, 'oxen' as const, 'openai' as const),
      },
      { requiredKeys: ['model'] },
    );
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(turn, { maxLength: 3 }),
        fc.array(pane, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (system, turns, panes, stream) => {
          const value: SharedComparison = { v: 1, conversation: { system, turns }, stream, panes };
          const decoded = decodeComparison(encodeComparison(value));
          // JSON normalises -0 to 0; compare through JSON like the link does.
          expect(decoded).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
        },
      ),
      { numRuns: 30 },
    );
  });

  it('reads the payload from a #compare= hash only', () => {
    const url = new URL(shareUrl('http://127.0.0.1:4310/', sample));
    expect(encodedFromHash(url.hash)).toBe(encodeComparison(sample));
    expect(encodedFromHash('#other=1')).toBeNull();
    expect(encodedFromHash('')).toBeNull();
  });

  it('rejects garbage with a clear message', () => {
    expect(decodeComparison('%%%')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not valid base64url'),
    });
    expect(decodeComparison('')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not valid base64url'),
    });
    expect(decodeComparison(Buffer.from('{"v":1,').toString('base64url'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('not valid JSON'),
    });
    expect(decodeComparison(Buffer.from([0xff, 0xfe]).toString('base64url'))).toMatchObject({ ok: false });
    expect(decodeComparison(rawPayload([1, 2]))).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a comparison'),
    });
    expect(decodeComparison(rawPayload({ ...sample, v: 2 }))).toMatchObject({
      ok: false,
      error: expect.stringContaining('different version'),
    });
  });

  it('rejects malformed panes, conversations and base URLs, naming what is wrong', () => {
    const bad = (patch: Record<string, unknown>) => decodeComparison(rawPayload({ ...sample, ...patch }));
    expect(bad({ panes: [] })).toMatchObject({ error: expect.stringContaining('no panes') });
    expect(bad({ panes: Array(7).fill({ model: 'm' }) })).toMatchObject({
      error: expect.stringContaining('more than 6'),
    });
    expect(bad({ panes: [{ model: 'm', provider: 'evil' }] })).toMatchObject({
      error: expect.stringContaining('pane 1 names an unknown provider'),
    });
    expect(bad({ panes: [{ model: 'm' }, { model: 'm', params: { values: 1 } }] })).toMatchObject({
      error: expect.stringContaining('pane 2 has malformed parameters'),
    });
    expect(bad({ conversation: { system: '', turns: [{ role: 'robot', text: '' }] } })).toMatchObject({
      error: expect.stringContaining('message 1'),
    });
    expect(bad({ baseUrl: 'javascript:alert(1)' })).toMatchObject({
      error: expect.stringContaining('base URL'),
    });
    expect(bad({}).ok).toBe(true);
  });

  it('reads variable values as text by name, refusing anything else', () => {
    const bad = (variables: unknown) => decodeComparison(rawPayload({ ...sample, variables }));
    expect(bad(['x'])).toMatchObject({ ok: false, error: expect.stringContaining('variable values') });
    expect(bad('x')).toMatchObject({ ok: false, error: expect.stringContaining('variable values') });
    expect(bad({ city: 3 })).toMatchObject({ ok: false, error: expect.stringContaining('city is not text') });
    const hostile = bad(JSON.parse('{"__proto__": "<img src=x onerror=alert(1)>", "city": "{{name}}"}'));
    if (!hostile.ok) throw new Error(hostile.error);
    expect(Object.hasOwn(hostile.value.variables ?? {}, '__proto__')).toBe(true);
    expect(hostile.value.variables?.city).toBe('{{name}}');
    expect(Object.getPrototypeOf(hostile.value.variables)).toBe(Object.prototype);
  });

  it('carries tools, tool turns and the response format, dropping malformed pieces one by one', () => {
    const conversation = {
      system: '',
      turns: [
        { role: 'user', text: 'Weather?', images: [] },
        {
          role: 'assistant',
          text: '',
          images: [],
          toolCalls: [{ id: 'c1', name: 'get_weather', arguments: '{}' }, { id: 7 }],
        },
        { role: 'tool', text: '21', images: [], toolCallId: 'c1' },
      ],
      tools: [{ name: 'get_weather', description: 'd', parameters: '{}', strict: true }, { name: 3 }],
      toolChoice: { name: 'get_weather' },
      parallelToolCalls: 'yes',
      responseFormat: { type: 'json_schema', name: 'a', schema: '{}' },
    };
    const opened = decodeComparison(rawPayload({ ...sample, conversation }));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.conversation).toEqual({
      system: '',
      turns: [
        { role: 'user', text: 'Weather?', images: [] },
        {
          role: 'assistant',
          text: '',
          images: [],
          toolCalls: [{ id: 'c1', name: 'get_weather', arguments: '{}' }],
        },
        { role: 'tool', text: '21', images: [], toolCallId: 'c1' },
      ],
      tools: [{ name: 'get_weather', description: 'd', parameters: '{}', strict: true }],
      toolChoice: { name: 'get_weather' },
      responseFormat: { type: 'json_schema', name: 'a', schema: '{}' },
    });
  });

  it('notes long links only', () => {
    expect(linkSizeNote('x'.repeat(LONG_LINK))).toBeNull();
    expect(linkSizeNote('x'.repeat(LONG_LINK * 3))).toMatch(/about 23 KB/);
  });
});

describe('share link limits', () => {
  const withParams = (values: unknown) =>
    encodeComparison({
      v: 1,
      conversation: { system: '', turns: [{ role: 'user', text: 'hi', images: [] }] },
      stream: true,
      panes: [
        { model: 'm', params: { values: { deep: values } as Record<string, unknown>, explicit: ['deep'] } },
      ],
    });

  it('refuses a parameter value nested 10,000 arrays deep, with the reason, before anything recurses over it', () => {
    const deep = JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    // Encoding the payload would itself overflow: it is built as text, the way a hostile link arrives.
    const text = `{"v":1,"conversation":{"system":"","turns":[]},"stream":true,"panes":[{"model":"m","params":{"values":{"deep":${'['.repeat(10_000)}${']'.repeat(10_000)}},"explicit":["deep"]}}]}`;
    const encoded = btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(Array.isArray(deep)).toBe(true);
    const decoded = decodeComparison(encoded);
    expect(decoded).toEqual({
      ok: false,
      error:
        'This share link cannot be opened: it is nested more than 32 levels deep. It may have been cut short when it was copied.',
    });
  });

  it('accepts ordinary nesting and refuses a payload over the size limit', () => {
    expect(decodeComparison(withParams({ a: [{ b: [1, 2] }] })).ok).toBe(true);
    const huge = 'A'.repeat(2 * 1024 * 1024 + 4);
    expect(decodeComparison(huge)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/more than the 2048 KB/),
    });
  });
});

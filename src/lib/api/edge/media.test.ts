import { describe, expect, it } from 'vitest';
import { MAX_MEDIA_OUTPUTS, readGenerationJob, readMediaOutputs, readQueueSubmission } from './media';
import { sniffMediaType } from './mediaUrl';

// 1×1 PNG: the signature and an IHDR is all the sniffer reads.
const PNG_B64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const JPEG_B64 = btoa(String.fromCharCode(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46));
const MP4_B64 = btoa('\0\0\0\x18ftypisom\0\0\0\0');

describe('readQueueSubmission', () => {
  it('reads Oxen generations in order, and the id / bare-array / single-object shapes', () => {
    const notes: string[] = [];
    expect(
      readQueueSubmission(
        { generations: [{ generation_id: 'g1', status: 'queued' }, { generation_id: 'g2' }] },
        notes,
      ),
    ).toEqual(['g1', 'g2']);
    expect(readQueueSubmission([{ id: 'a' }, { id: 7 }], notes)).toEqual(['a', '7']);
    expect(readQueueSubmission({ generation_id: 'solo' }, notes)).toEqual(['solo']);
    expect(notes).toEqual([]);
  });

  it('is null without ids, drops wrong types with notes, and bounds a huge list', () => {
    const notes: string[] = [];
    expect(readQueueSubmission('nope', notes)).toBeNull();
    expect(readQueueSubmission({ generations: [{ generation_id: { x: 1 } }, 3] }, notes)).toBeNull();
    expect(notes.length).toBeGreaterThan(0);
    const many = Array.from({ length: 10_000 }, (_, i) => ({ generation_id: `g${i}` }));
    const ids = readQueueSubmission({ generations: many }, []);
    expect(ids).toHaveLength(16);
  });

  it('does not find ids on the prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"generation_id": "evil"}}');
    expect(readQueueSubmission(hostile, [])).toBeNull();
  });
});

describe('readGenerationJob', () => {
  const base = 'http://localhost/demo/api/ai/media';

  it('reads the demo queue answer: status, all result URLs, ISO timestamps', () => {
    const notes: string[] = [];
    const job = readGenerationJob(
      {
        generation_id: 'g1',
        model: 'pixel-art-demo',
        status: 'succeeded',
        result_url: `${base}/g1-0.png?expires=1`,
        result_urls: [`${base}/g1-0.png?expires=1`, `${base}/g1-1.png?expires=1`],
        error_message: null,
        created_at: '2026-12-01T20:00:00.000Z',
        started_at: '2026-12-01T20:00:00.500Z',
        completed_at: '2026-12-01T20:00:01.500Z',
      },
      notes,
    );
    expect(job).toEqual({
      generationId: 'g1',
      status: 'succeeded',
      outputs: [
        { kind: 'image', url: `${base}/g1-0.png?expires=1`, mimeType: 'image/png' },
        { kind: 'image', url: `${base}/g1-1.png?expires=1`, mimeType: 'image/png' },
      ],
      createdAt: Date.parse('2026-12-01T20:00:00.000Z'),
      startedAt: Date.parse('2026-12-01T20:00:00.500Z'),
      completedAt: Date.parse('2026-12-01T20:00:01.500Z'),
    });
    expect(notes).toEqual([]);
  });

  it('takes epoch seconds and milliseconds, and notes times that are not times', () => {
    const notes: string[] = [];
    const job = readGenerationJob(
      {
        id: 'x',
        status: 'processing',
        created_at: 1_790_000_000,
        started_at: 1_790_000_000_500,
        completed_at: 'soon',
      },
      notes,
    );
    expect(job?.createdAt).toBe(1_790_000_000_000);
    expect(job?.startedAt).toBe(1_790_000_000_500);
    expect(job?.completedAt).toBeUndefined();
    expect(notes.join(' ')).toContain('completed_at');
  });

  it('maps status synonyms, and reads an unknown or missing status as processing with a note', () => {
    expect(readGenerationJob({ id: 'a', status: 'COMPLETED' }, [])?.status).toBe('succeeded');
    expect(readGenerationJob({ id: 'a', status: 'canceled' }, [])?.status).toBe('cancelled');
    expect(readGenerationJob({ id: 'a', status: 'in_progress' }, [])?.status).toBe('processing');
    expect(readGenerationJob({ id: 'a', status: 'pending' }, [])?.status).toBe('queued');
    const notes: string[] = [];
    expect(readGenerationJob({ id: 'a', status: 'exploding' }, notes)?.status).toBe('processing');
    expect(readGenerationJob({ id: 'a', status: 42 }, notes)?.status).toBe('processing');
    expect(notes).toHaveLength(2);
  });

  it('reads the error message from error_message or an error object, bounded', () => {
    expect(
      readGenerationJob({ id: 'a', status: 'failed', error_message: 'invalid_params: no' }, []),
    ).toMatchObject({
      status: 'failed',
      errorMessage: 'invalid_params: no',
    });
    expect(
      readGenerationJob({ id: 'a', status: 'failed', error: { message: 'boom' } }, [])?.errorMessage,
    ).toBe('boom');
    const long = readGenerationJob({ id: 'a', status: 'failed', error_message: 'x'.repeat(100_000) }, []);
    expect(long?.errorMessage?.length).toBeLessThan(2_100);
  });

  it('falls back to the id asked for, unwraps {data}, and is null for non-objects', () => {
    expect(readGenerationJob({ status: 'queued' }, [], { expectedId: 'asked' })?.generationId).toBe('asked');
    expect(readGenerationJob({ data: { id: 'inner', status: 'queued' } }, [])?.generationId).toBe('inner');
    expect(readGenerationJob({ status: 'queued' }, [])).toBeNull();
    expect(readGenerationJob(['x'], [])).toBeNull();
    expect(readGenerationJob(null, [])).toBeNull();
  });

  it('ignores __proto__ keys: the prototype does not make a job succeed', () => {
    const hostile = JSON.parse(
      '{"id": "a", "__proto__": {"status": "succeeded", "result_url": "https://evil.example/x.png"}}',
    );
    const notes: string[] = [];
    const job = readGenerationJob(hostile, notes);
    expect(job?.status).toBe('processing');
    expect(job?.outputs).toEqual([]);
    expect(({} as Record<string, unknown>).status).toBeUndefined();
  });

  it('uses the kind hint for a result URL that does not name its type', () => {
    const job = readGenerationJob(
      { id: 'v', status: 'succeeded', result_url: 'https://cdn.example/out/abc' },
      [],
      { kind: 'video' },
    );
    expect(job?.outputs).toEqual([{ kind: 'video', url: 'https://cdn.example/out/abc' }]);
  });
});

describe('readMediaOutputs', () => {
  it('reads images[] with url or b64_json, sniffing the type from the bytes', () => {
    const notes: string[] = [];
    const outputs = readMediaOutputs(
      { images: [{ url: 'https://cdn.example/a.webp' }, { b64_json: PNG_B64 }, { b64_json: JPEG_B64 }] },
      notes,
    );
    expect(outputs).toEqual([
      { kind: 'image', url: 'https://cdn.example/a.webp', mimeType: 'image/webp' },
      { kind: 'image', url: `data:image/png;base64,${PNG_B64}`, mimeType: 'image/png' },
      { kind: 'image', url: `data:image/jpeg;base64,${JPEG_B64}`, mimeType: 'image/jpeg' },
    ]);
    expect(notes).toEqual([]);
  });

  it('reads videos[] as videos, whatever the extension says or does not', () => {
    expect(
      readMediaOutputs(
        { videos: [{ url: 'https://cdn.example/v' }, { url: 'https://cdn.example/v.mp4' }] },
        [],
      ),
    ).toEqual([
      { kind: 'video', url: 'https://cdn.example/v' },
      { kind: 'video', url: 'https://cdn.example/v.mp4', mimeType: 'video/mp4' },
    ]);
    expect(readMediaOutputs({ videos: [{ b64_json: MP4_B64 }] }, [])[0]).toMatchObject({
      kind: 'video',
      mimeType: 'video/mp4',
    });
  });

  it('reads nested result / output shapes and plain string lists', () => {
    expect(readMediaOutputs({ output: ['https://a.example/1.png'] }, [])).toHaveLength(1);
    expect(readMediaOutputs({ result: { images: [{ url: 'https://a.example/2.png' }] } }, [])).toHaveLength(
      1,
    );
    expect(readMediaOutputs({ result: { url: 'https://a.example/3.png' } }, [])).toHaveLength(1);
    expect(readMediaOutputs({ data: [{ url: 'https://a.example/4.png' }] }, [])).toHaveLength(1);
    expect(
      readMediaOutputs({ images: [{ image_url: { url: 'https://a.example/5.png' } }] }, []),
    ).toHaveLength(1);
  });

  it('drops javascript:, data:text/html, SVG and non-URL entries with notes', () => {
    const notes: string[] = [];
    const outputs = readMediaOutputs(
      {
        images: [
          'javascript:alert(1)',
          { url: 'JAVASCRIPT:alert(1)' },
          { url: 'data:text/html,<script>alert(1)</script>' },
          { url: 'data:image/svg+xml,<svg onload="alert(1)"/>' },
          { url: 'file:///etc/passwd' },
          { url: 42 },
          null,
          { url: 'not a url' },
          { url: 'data:image/png;base64,AAAA' },
        ],
      },
      notes,
    );
    expect(outputs).toEqual([{ kind: 'image', url: 'data:image/png;base64,AAAA', mimeType: 'image/png' }]);
    expect(notes).toHaveLength(8);
  });

  it('drops b64_json that is not base64, or not a media file', () => {
    const notes: string[] = [];
    const outputs = readMediaOutputs(
      {
        images: [{ b64_json: 'not base64 at all!' }, { b64_json: btoa('<html>hi</html>') }, { b64_json: '' }],
      },
      notes,
    );
    expect(outputs).toEqual([]);
    expect(notes).toHaveLength(3);
    expect(sniffMediaType(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });

  it('caps a huge list at 16 outputs, dedupes, and reads no more than a bounded number of entries', () => {
    const notes: string[] = [];
    const many = Array.from({ length: 100_000 }, (_, i) => ({ url: `https://a.example/${i}.png` }));
    const outputs = readMediaOutputs({ images: many }, notes);
    expect(outputs).toHaveLength(MAX_MEDIA_OUTPUTS);
    expect(notes.length).toBeLessThanOrEqual(51);
    const twice = readMediaOutputs(
      { result_url: 'https://a.example/x.png', result_urls: ['https://a.example/x.png'] },
      [],
    );
    expect(twice).toHaveLength(1);
  });

  it('notes a field of the wrong type and survives hostile depth', () => {
    let deep: unknown = { url: 'https://a.example/deep.png' };
    for (let i = 0; i < 1_000; i++) deep = { result: deep };
    expect(readMediaOutputs(deep, [])).toEqual([]);
    const notes: string[] = [];
    expect(readMediaOutputs({ images: 'https://a.example/one.png' }, notes)).toHaveLength(1);
    expect(readMediaOutputs({ images: { nope: true } }, notes)).toEqual([]);
    expect(notes.length).toBeGreaterThan(0);
  });
});

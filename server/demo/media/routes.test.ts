import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { DEMO_BASE as BASE, DEMO_OPTIONS as OPTIONS } from '../../testing/demoClient.ts';
import { type Listening, listen } from '../../testing/listen.ts';

let server: Listening;
beforeAll(async () => {
  server = await listen(createApp(OPTIONS).fetch);
});
afterAll(() => server.close());

interface WireJob {
  generation_id: string;
  status: string;
  result_url: string | null;
  result_urls: string[];
  error_message: string | null;
  created_at: string | null;
  started_at: string | null;
  completed_at: string | null;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function submit(body: unknown, headers: Record<string, string> = {}): Promise<string> {
  const res = await post(`${BASE}/queue`, body, { 'X-Demo-Media-Delay': '90', ...headers });
  expect(res.status).toBe(200);
  const json = (await res.json()) as { generations: Array<{ generation_id: string; status: string }> };
  expect(json.generations).toHaveLength(1);
  expect(json.generations[0]?.status).toBe('queued');
  return json.generations[0]?.generation_id ?? '';
}

async function job(id: string): Promise<WireJob> {
  const res = await fetch(`${server.url}${BASE}/queue/${id}`);
  expect(res.status).toBe(200);
  return (await res.json()) as WireJob;
}

async function settled(id: string): Promise<WireJob> {
  for (let i = 0; i < 100; i++) {
    const j = await job(id);
    if (j.status !== 'queued' && j.status !== 'processing') return j;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`job ${id} never finished`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the demo queue', () => {
  it('goes queued → processing → succeeded, and the result is a PNG', async () => {
    const id = await submit(
      { model: 'pixel-art-demo', prompt: 'a lighthouse', num_images: 2 },
      {
        'X-Demo-Media-Delay': '1500',
      },
    );
    const first = await job(id);
    expect(first).toMatchObject({ status: 'queued', result_url: null, result_urls: [], started_at: null });
    expect(Date.parse(first.created_at ?? '')).toBeGreaterThan(0);
    await sleep(700);
    expect(await job(id)).toMatchObject({ status: 'processing', completed_at: null });
    const done = await settled(id);
    expect(done.status).toBe('succeeded');
    expect(done.result_urls).toHaveLength(2);
    expect(done.result_url).toBe(done.result_urls[0]);
    expect(done.result_url).toMatch(new RegExp(`^${server.url}${BASE}/media/${id}-0\\.png\\?expires=\\d+$`));
    expect(Date.parse(done.completed_at ?? '')).toBeGreaterThanOrEqual(Date.parse(done.started_at ?? ''));
    const file = await fetch(done.result_url ?? '');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // The second image is another picture.
    const second = new Uint8Array(await (await fetch(done.result_urls[1] ?? '')).arrayBuffer());
    expect(second).not.toEqual(bytes);
  });

  it('draws the same picture for the same prompt and seed', async () => {
    const body = { model: 'sketch-demo', prompt: 'a boat', seed: 42, width: 64, height: 80 };
    const [a, b] = await Promise.all([submit(body), submit(body)]);
    const urls = await Promise.all([settled(a), settled(b)]).then((jobs) =>
      jobs.map((j) => j.result_url ?? ''),
    );
    const [x, y] = await Promise.all(
      urls.map(async (u) => new Uint8Array(await (await fetch(u)).arrayBuffer())),
    );
    expect(x).toEqual(y);
    expect(urls[0]).not.toBe(urls[1]);
  });

  it('serves a clip as an animated PNG', async () => {
    const id = await submit({ model: 'clip-demo', prompt: 'waves', duration: 5 });
    const done = await settled(id);
    expect(done.result_url).toMatch(/-0\.apng\?expires=/);
    const file = await fetch(done.result_url ?? '');
    expect(file.headers.get('content-type')).toBe('image/apng');
    expect(Buffer.from(await file.arrayBuffer()).includes('acTL')).toBe(true);
  });

  it('fails a 21:9 pixel-art job with the model’s message', async () => {
    const id = await submit({ model: 'pixel-art-demo', prompt: 'wide', aspect_ratio: '21:9' });
    expect(await settled(id)).toMatchObject({
      status: 'failed',
      result_url: null,
      error_message:
        'invalid_params: aspect_ratio 21:9 is not supported by pixel-art-demo at this resolution',
    });
  });

  it('cancels a processing job, then 409s; an unknown job is a 404', async () => {
    const id = await submit({ model: 'clip-demo', prompt: 'slow' }, { 'X-Demo-Media-Delay': '3000' });
    await sleep(1100);
    expect((await job(id)).status).toBe('processing');
    const cancel = await fetch(`${server.url}${BASE}/queue/${id}`, { method: 'DELETE' });
    expect(cancel.status).toBe(200);
    expect(await cancel.json()).toMatchObject({ generation_id: id, status: 'cancelled' });
    expect((await job(id)).status).toBe('cancelled');
    const again = await fetch(`${server.url}${BASE}/queue/${id}`, { method: 'DELETE' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ status: 'error' });
    expect((await fetch(`${server.url}${BASE}/queue/nope`, { method: 'DELETE' })).status).toBe(404);
    expect((await fetch(`${server.url}${BASE}/queue/nope`)).status).toBe(404);
  });

  it.each([
    ['both prompt and multi_prompt', { model: 'clip-demo', prompt: 'a', multi_prompt: ['b'] }, 'prompt'],
    ['neither prompt', { model: 'clip-demo', duration: 5 }, 'prompt'],
    ['a duration off the enum', { model: 'clip-demo', prompt: 'a', duration: 7 }, 'duration'],
    ['no prompt for an image model', { model: 'pixel-art-demo' }, 'prompt'],
    ['too many images', { model: 'pixel-art-demo', prompt: 'a', num_images: 5 }, 'num_images'],
    ['a chat model', { model: 'fast-demo', prompt: 'a' }, 'model'],
  ])('answers 422 at submit for %s', async (_name, body, param) => {
    const res = await post(`${BASE}/queue`, body);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      status: 'error',
      error: { type: 'invalid_params', code: 'invalid_params', param },
    });
  });

  it('404s an unknown model and 400s a body that is not JSON', async () => {
    expect((await post(`${BASE}/queue`, { model: 'nope', prompt: 'a' })).status).toBe(404);
    const res = await fetch(`${server.url}${BASE}/queue`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{',
    });
    expect(res.status).toBe(400);
  });

  it('honours X-Demo-Media-Delay per job', async () => {
    const id = await submit({ model: 'pixel-art-demo', prompt: 'now' }, { 'X-Demo-Media-Delay': '0' });
    expect((await job(id)).status).toBe('succeeded');
    const slow = await submit(
      { model: 'pixel-art-demo', prompt: 'later' },
      { 'X-Demo-Media-Delay': '60000' },
    );
    expect((await job(slow)).status).toBe('queued');
    await fetch(`${server.url}${BASE}/queue/${slow}`, { method: 'DELETE' });
  });

  it('refuses a chat model’s body at the media routes and a media model at /chat/completions', async () => {
    const res = await post(`${BASE}/chat/completions`, {
      model: 'pixel-art-demo',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(res.status).toBe(400);
  });
});

describe('media test hooks', () => {
  it('media-failed fails the job with an unknown_error', async () => {
    const id = await submit({ model: 'pixel-art-demo', prompt: 'x' }, { 'X-Demo-Fault': 'media-failed' });
    expect(await settled(id)).toMatchObject({
      status: 'failed',
      error_message: 'unknown_error: the demo was asked to fail this job',
    });
  });

  it('media-stuck stays processing until cancelled', async () => {
    const id = await submit({ model: 'pixel-art-demo', prompt: 'x' }, { 'X-Demo-Fault': 'media-stuck' });
    await sleep(200);
    expect((await job(id)).status).toBe('processing');
    expect((await fetch(`${server.url}${BASE}/queue/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await job(id)).status).toBe('cancelled');
  });

  it('media-expired makes the result link answer 410', async () => {
    const id = await submit({ model: 'pixel-art-demo', prompt: 'x' }, { 'X-Demo-Fault': 'media-expired' });
    const done = await settled(id);
    expect(done.status).toBe('succeeded');
    const file = await fetch(done.result_url ?? '');
    expect(file.status).toBe(410);
    expect(await file.json()).toEqual({ error: { message: 'This result link has expired' } });
  });

  it('ignores the hooks when test hooks are off', async () => {
    const plain = await listen(createApp({ ...OPTIONS, testHooks: false }).fetch);
    try {
      const res = await fetch(`${plain.url}${BASE}/queue`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Demo-Fault': 'media-failed',
          'X-Demo-Media-Delay': '0',
        },
        body: JSON.stringify({ model: 'pixel-art-demo', prompt: 'x' }),
      });
      const id = ((await res.json()) as { generations: Array<{ generation_id: string }> }).generations[0]
        ?.generation_id;
      const j = (await (await fetch(`${plain.url}${BASE}/queue/${id}`)).json()) as WireJob;
      expect(j.status).toBe('succeeded');
    } finally {
      await plain.close();
    }
  });

  it('404s a file that is not a finished job’s', async () => {
    expect((await fetch(`${server.url}${BASE}/media/nope-0.png`)).status).toBe(404);
    const id = await submit({ model: 'pixel-art-demo', prompt: 'x' }, { 'X-Demo-Media-Delay': '0' });
    expect((await fetch(`${server.url}${BASE}/media/${id}-1.png`)).status).toBe(404);
    expect((await fetch(`${server.url}${BASE}/media/${id}-0.apng`)).status).toBe(404);
  });
});

describe('direct calls', () => {
  it('/images/generate answers images[] with URLs', async () => {
    const res = await post(
      `${BASE}/images/generate`,
      { model: 'pixel-art-demo', prompt: 'a tree', num_images: 2 },
      { 'X-Demo-Media-Delay': '30' },
    );
    expect(res.status).toBe(200);
    const json = (await res.json()) as { images: Array<{ url: string }> };
    expect(json.images).toHaveLength(2);
    expect((await fetch(json.images[0]?.url ?? '')).headers.get('content-type')).toBe('image/png');
  });

  it('/images/generate answers b64_json when asked, a PNG that inflates', async () => {
    const res = await post(
      `${BASE}/images/generate`,
      { model: 'sketch-demo', prompt: 'a tree', width: 64, height: 64, response_format: 'b64_json' },
      { 'X-Demo-Media-Delay': '0' },
    );
    const json = (await res.json()) as { images: Array<{ b64_json: string }> };
    const bytes = Buffer.from(json.images[0]?.b64_json ?? '', 'base64');
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const idat = bytes.indexOf('IDAT');
    const length = bytes.readUInt32BE(idat - 4);
    expect(inflateSync(bytes.subarray(idat + 4, idat + 4 + length)).length).toBe(64 * (64 * 3 + 1));
  });

  it('/videos/generate answers videos[]; a model refusal is a 422 with its message', async () => {
    const res = await post(
      `${BASE}/videos/generate`,
      { model: 'clip-demo', prompt: 'rain' },
      {
        'X-Demo-Media-Delay': '0',
      },
    );
    const json = (await res.json()) as { videos: Array<{ url: string }> };
    expect(json.videos[0]?.url).toMatch(/\.apng\?expires=/);
    const refused = await post(
      `${BASE}/images/generate`,
      { model: 'pixel-art-demo', prompt: 'wide', aspect_ratio: '21:9' },
      { 'X-Demo-Media-Delay': '0' },
    );
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ error: { message: expect.stringContaining('21:9') } });
    const wrongRoute = await post(`${BASE}/videos/generate`, { model: 'pixel-art-demo', prompt: 'a' });
    expect(wrongRoute.status).toBe(422);
  });
});

describe('the demo key', () => {
  it('guards the queue but not the result files', async () => {
    const locked = await listen(createApp({ ...OPTIONS, demoApiKey: 'sekret' }).fetch);
    try {
      const body = JSON.stringify({ model: 'pixel-art-demo', prompt: 'x' });
      const headers = { 'Content-Type': 'application/json' };
      expect((await fetch(`${locked.url}${BASE}/queue`, { method: 'POST', headers, body })).status).toBe(401);
      const res = await fetch(`${locked.url}${BASE}/queue`, {
        method: 'POST',
        headers: { ...headers, Authorization: 'Bearer sekret', 'X-Demo-Media-Delay': '0' },
        body,
      });
      const id = ((await res.json()) as { generations: Array<{ generation_id: string }> }).generations[0]
        ?.generation_id;
      const j = (await (
        await fetch(`${locked.url}${BASE}/queue/${id}`, { headers: { Authorization: 'Bearer sekret' } })
      ).json()) as WireJob;
      expect((await fetch(j.result_url ?? '')).status).toBe(200);
    } finally {
      await locked.close();
    }
  });
});

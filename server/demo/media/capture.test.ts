import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { CapturedRequest } from '../../capture.ts';
import { DEMO_OPTIONS } from '../../testing/demoClient.ts';
import { type Listening, listen } from '../../testing/listen.ts';

let server: Listening;
beforeAll(async () => {
  server = await listen(createApp(DEMO_OPTIONS).fetch);
});
afterAll(() => server.close());

describe('capture queue routes', () => {
  const body = '{"model":"pixel-art-demo","prompt":"a fox","num_images":1}';

  it('records a queue submission verbatim and answers with cap-<n> ids', async () => {
    const submit = () =>
      fetch(`${server.url}/__capture/media-1/queue`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer test-key' },
        body,
      });
    const first = await (await submit()).json();
    const second = await (await submit()).json();
    expect(first).toEqual({ generations: [{ generation_id: 'cap-1', status: 'queued' }] });
    expect(second.generations[0].generation_id).toBe('cap-2');
    const recorded = (await (await fetch(`${server.url}/__capture/media-1`)).json()) as CapturedRequest[];
    expect(recorded).toHaveLength(2);
    expect(recorded[0]).toMatchObject({ method: 'POST', path: '/__capture/media-1/queue', body });
    expect(recorded[0]?.headers.authorization).toBe('Bearer test-key');
  });

  it('reports a captured job succeeded with a picture that loads', async () => {
    const res = await fetch(`${server.url}/__capture/media-1/queue/cap-1`);
    const job = await res.json();
    expect(job).toMatchObject({
      generation_id: 'cap-1',
      status: 'succeeded',
      result_url: `${server.url}/demo/api/ai/media/captured.png`,
      result_urls: [`${server.url}/demo/api/ai/media/captured.png`],
      error_message: null,
    });
    const file = await fetch(job.result_url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
  });

  it('answers 405 to methods the queue routes do not use', async () => {
    expect((await fetch(`${server.url}/__capture/media-1/queue`)).status).toBe(405);
    expect((await fetch(`${server.url}/__capture/media-1/queue/cap-1`, { method: 'DELETE' })).status).toBe(
      405,
    );
  });
});

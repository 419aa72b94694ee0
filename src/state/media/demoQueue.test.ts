// @vitest-environment node
// The job scheduler against the project's real demo server (its queue, over a real socket): what the fake queue
// in jobs.test.ts stands in for, checked once end to end with real timers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { DEMO_OPTIONS } from '../../../server/testing/demoClient';
import { type Listening, listen } from '../../../server/testing/listen';
import { useMediaJobStore } from './jobStore';
import { cancelJob, type JobSpec, startJob } from './jobs';

let fast: Listening;
let slow: Listening;
beforeAll(async () => {
  fast = await listen(createApp({ ...DEMO_OPTIONS, demoMediaMs: 100 }).fetch);
  slow = await listen(createApp({ ...DEMO_OPTIONS, demoMediaMs: 60_000 }).fetch);
});
afterAll(async () => {
  await fast.close();
  await slow.close();
});

const spec = (server: Listening, request: JobSpec['request']): JobSpec => ({
  target: 'pane:demo',
  kind: 'image',
  request,
  api: { baseUrl: `${server.url}/demo/api/ai` },
  provider: 'demo',
  pricing: { method: 'per_image', cost_per_image: 0.04 },
});
const job = (id: string) => useMediaJobStore.getState().jobs[id];
const until = (check: () => void) => expect.poll(check, { timeout: 8_000, interval: 50 });

describe('jobs on the demo queue', () => {
  it('generates an image, and a parameter the model rejects fails with its message, both at once', async () => {
    const good = startJob(spec(fast, { model: 'pixel-art-demo', prompt: 'a red fox', seed: 3 }));
    const bad = startJob(spec(fast, { model: 'pixel-art-demo', prompt: 'wide', aspect_ratio: '21:9' }));
    await until(() => job(good)?.status === 'succeeded' && job(bad)?.status === 'failed').toBe(true);
    const outputs = job(good)?.outputs ?? [];
    expect(outputs).toHaveLength(1);
    expect(outputs[0]?.url).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/demo\/api\/ai\/media\/.+\.png\?expires=\d+$/,
    );
    const image = await fetch(outputs[0]?.url ?? '');
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(job(bad)?.error?.message).toBe(
      'invalid_params: aspect_ratio 21:9 is not supported by pixel-art-demo at this resolution',
    );
  }, 15_000);

  it('cancels a slow job on the server', async () => {
    const id = startJob(spec(slow, { model: 'pixel-art-demo', prompt: 'slow' }));
    await until(() => job(id)?.generationId ?? null).not.toBeNull();
    cancelJob(id);
    await until(() => job(id)?.status).toBe('cancelled');
    const onServer = await (await fetch(`${slow.url}/demo/api/ai/queue/${job(id)?.generationId}`)).json();
    expect(onServer.status).toBe('cancelled');
  }, 15_000);
});

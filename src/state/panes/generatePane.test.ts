// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mediaRequest } from '@/domain/media';
import { makePane, paneTarget } from '@/domain/pane';
import { DEFAULT_PROVIDER } from '@/domain/provider';
import type { Model } from '@/lib/api';
import { EMPTY_JOBS, removeJob, selectJobIdsOf, useMediaJobStore } from '@/state/media';
import { modelKeys, normalizedOf, queryClient } from '@/state/models';
import { EMPTY_RUNS, stopAllRuns, useRunStore } from '@/state/runs';
import { useSettingsStore } from '@/state/settings';
import { useWorkbenchStore } from '@/state/workbench';
import { type FakeQueueServer, fakeQueueServer } from '@/testing';
import { generatePane, generatePanes, paneJobSpec } from './generatePane';
import { keepRunsWithPanes } from './keepRunsWithPanes';
import { runPane, runPanes } from './runPanes';

const PIXEL: Model = {
  id: 'pixel-art-demo',
  endpoint: '/images/generate',
  capabilities: { input: ['text'], output: ['image'] },
  pricing: { method: 'per_image', cost_per_image: 0.04 },
  request_schema: {
    type: 'object',
    required: ['prompt'],
    properties: {
      prompt: { type: 'string', title: 'Prompt', 'x-order': 0 },
      aspect_ratio: { type: 'string', enum: ['1:1', '16:9'], default: '1:1', 'x-order': 1 },
      seed: { type: 'integer', minimum: 0, 'x-order': 2 },
    },
  },
};
const CHAT: Model = { id: 'chatty', endpoint: '/chat/completions' };
const params = {
  values: { prompt: 'a red fox', aspect_ratio: '16:9', seed: 7 },
  explicit: ['prompt', 'aspect_ratio', 'seed'],
};

let server: FakeQueueServer;

beforeEach(() => {
  server = fakeQueueServer();
  vi.stubGlobal('fetch', server.fetch);
  queryClient.clear();
  queryClient.setQueryData(modelKeys.detail('/demo/api/ai', 'pixel-art-demo', false), PIXEL);
  queryClient.setQueryData(modelKeys.detail('/demo/api/ai', 'chatty', false), CHAT);
  useSettingsStore.setState({ provider: DEFAULT_PROVIDER });
  useRunStore.setState(EMPTY_RUNS);
  useMediaJobStore.setState(EMPTY_JOBS);
  useWorkbenchStore.setState({
    view: 'compare',
    stream: true,
    panes: [
      makePane({ modelId: 'pixel-art-demo', paramsByModel: { 'pixel-art-demo': params } }),
      makePane({ modelId: 'chatty' }),
    ],
    variables: {},
  });
});

afterEach(() => {
  for (const id of Object.keys(useMediaJobStore.getState().jobs)) removeJob(id);
  stopAllRuns();
  vi.unstubAllGlobals();
});

const paneId = (i: number) => useWorkbenchStore.getState().panes[i]?.id ?? '';
const jobsOf = (i: number) => selectJobIdsOf(paneTarget(paneId(i)))(useMediaJobStore.getState());

describe('generatePane', () => {
  it('submits what the screen shows: the same body function over the same state and cached model', async () => {
    const spec = paneJobSpec(paneId(0));
    const shown = mediaRequest({
      modelId: 'pixel-art-demo',
      normalized: normalizedOf(PIXEL),
      stored: params,
    });
    expect(spec).toEqual({
      target: paneTarget(paneId(0)),
      kind: 'image',
      request: shown,
      api: { baseUrl: '/demo/api/ai', apiKey: undefined },
      provider: 'demo',
      pricing: PIXEL.pricing,
    });
    expect(spec?.request).toEqual({
      model: 'pixel-art-demo',
      prompt: 'a red fox',
      aspect_ratio: '16:9',
      seed: 7,
    });
    const id = generatePane(paneId(0));
    expect(jobsOf(0)).toEqual([id]);
    await vi.waitFor(() => expect(server.callsOf('POST')).toHaveLength(1));
    expect(server.callsOf('POST')[0]?.body).toEqual(shown);
  });

  it('refuses a chat model, a model whose details are not loaded, and a pane without a model', () => {
    expect(generatePane(paneId(1))).toBeNull();
    queryClient.clear();
    expect(generatePane(paneId(0))).toBeNull();
    useWorkbenchStore.setState({ panes: [makePane()] });
    expect(generatePane(paneId(0))).toBeNull();
    expect(useMediaJobStore.getState().jobs).toEqual({});
  });

  it('starts a job per pane, and another on each press', () => {
    const [first] = generatePanes([paneId(0), paneId(1)]);
    const second = generatePane(paneId(0));
    expect(jobsOf(0)).toEqual([second, first]);
    expect(jobsOf(1)).toEqual([]);
  });
});

describe('Run routes media panes to Generate', () => {
  it('runPane on an image pane starts a job, not a chat run', async () => {
    const id = await runPane(paneId(0));
    expect(jobsOf(0)).toEqual([id]);
    expect(useRunStore.getState().runs).toEqual({});
  });

  it('runPanes (Run all) generates the media panes and runs the chat ones', async () => {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) =>
      String(input).includes('/queue')
        ? server.fetch(input, init)
        : new Response('data: [DONE]\n\n', { headers: { 'content-type': 'text/event-stream' } }),
    );
    const [job, run] = await runPanes([paneId(0), paneId(1)]);
    expect(jobsOf(0)).toEqual([job]);
    expect(Object.keys(useRunStore.getState().runs)).toEqual([run]);
  });
});

describe('keepRunsWithPanes', () => {
  it("a removed pane's jobs go with it, and one still going is cancelled on the server", async () => {
    const stop = keepRunsWithPanes();
    try {
      const id = generatePane(paneId(0));
      await vi.waitFor(() => expect(server.callsOf('POST')).toHaveLength(1));
      await vi.waitFor(() => expect(useMediaJobStore.getState().jobs[id ?? '']?.generationId).toBe('g1'));
      useWorkbenchStore.getState().removePane(paneId(0));
      expect(useMediaJobStore.getState().jobs).toEqual({});
      await vi.waitFor(() => expect(server.callsOf('DELETE', 'g1')).toHaveLength(1));
    } finally {
      stop();
    }
  });
});

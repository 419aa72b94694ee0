// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INITIAL_CONVERSATION } from '@/domain/conversation';
import { makePane, paneRequest } from '@/domain/pane';
import { DEFAULT_PROVIDER } from '@/domain/provider';
import type { Model } from '@/lib/api';
import { modelKeys, normalizedOf, queryClient } from '@/state/models';
import { EMPTY_RUNS, selectLatestRun, stopAllRuns, useRunStore } from '@/state/runs';
import { useSettingsStore } from '@/state/settings';
import { useWorkbenchStore } from '@/state/workbench';
import { fakeChatServer } from '@/testing';
import { answerEmptyVariables, useEmptyVariablesGate } from './emptyVariablesGate';
import { keepRunsWithPanes } from './keepRunsWithPanes';
import { paneRunSpec, runPane, runPanes } from './runPanes';

const MODEL: Model = {
  id: 'tuned',
  pricing: { input_cost_per_token: 0.000001, output_cost_per_token: 0.000002 },
  json_request_schema: {
    type: 'object',
    properties: {
      temperature: { type: 'number', minimum: 0, maximum: 2, default: 1 },
      max_tokens: { type: 'integer', default: 256 },
    },
  },
};

const conversation = { system: 'Be brief.', turns: [{ role: 'user' as const, text: 'Hi', images: [] }] };
const params = { values: { temperature: 0.2, max_tokens: 256 }, explicit: ['temperature'] };

beforeEach(() => {
  queryClient.clear();
  useSettingsStore.setState({ provider: DEFAULT_PROVIDER });
  useRunStore.setState(EMPTY_RUNS);
  useWorkbenchStore.setState({
    view: 'chat',
    stream: true,
    conversation,
    panes: [makePane({ modelId: 'tuned', paramsByModel: { tuned: params } })],
    variables: {},
  });
});

afterEach(() => {
  stopAllRuns();
  vi.unstubAllGlobals();
});

const paneId = () => useWorkbenchStore.getState().panes[0]?.id ?? '';

describe('paneRunSpec', () => {
  it('sends what the API tab shows: the same request function over the same state and cached model', async () => {
    queryClient.setQueryData(modelKeys.detail('/demo/api/ai', 'tuned', false), MODEL);
    const spec = await paneRunSpec(paneId());
    const shown = paneRequest({
      modelId: 'tuned',
      normalized: normalizedOf(MODEL),
      stored: params,
      conversation,
      systemOverride: null,
      stream: true,
    });
    expect(spec).toEqual({
      target: `pane:${paneId()}`,
      request: shown,
      api: { baseUrl: '/demo/api/ai', apiKey: undefined },
      provider: 'demo',
      pricing: MODEL.pricing,
    });
    expect(spec?.request).toMatchObject({ model: 'tuned', temperature: 0.2, stream: true });
    expect(spec?.request).not.toHaveProperty('max_tokens'); // at its default and not set by hand
  });

  it('fetches model details no one has asked for yet, and falls back to the standard parameters when they fail', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(new URL(url, 'http://x').pathname);
      return url.endsWith('/models')
        ? Response.json({ data: [{ id: 'tuned', display_name: 'Tuned' }] })
        : Response.json({ error: 'Model not found: tuned' }, { status: 404 });
    });
    const spec = await paneRunSpec(paneId());
    expect(asked).toEqual(['/demo/api/ai/models/tuned', '/demo/api/ai/models']);
    // The built-in chat schema has temperature too, so the explicit value is still sent.
    expect(spec?.request).toMatchObject({ model: 'tuned', temperature: 0.2 });
    expect(spec?.pricing).toBeNull();
  });

  it('a pane whose provider needs settings first does not run; its own provider applies in Compare only', async () => {
    queryClient.setQueryData(modelKeys.detail('/demo/api/ai', 'tuned', false), MODEL);
    useWorkbenchStore.getState().setPaneProvider(paneId(), 'oxen');
    expect((await paneRunSpec(paneId()))?.provider).toBe('demo'); // chat view: the global provider
    useWorkbenchStore.getState().setView('compare');
    expect(await paneRunSpec(paneId())).toBeNull(); // Oxen without a key
  });
});

describe('runPane and keepRunsWithPanes', () => {
  it("runs a pane into its history, and a removed pane's run is stopped and forgotten", async () => {
    const server = fakeChatServer();
    vi.stubGlobal('fetch', server.fetch);
    queryClient.setQueryData(modelKeys.detail('/demo/api/ai', 'tuned', false), MODEL);
    useWorkbenchStore.getState().addPane({ modelId: 'tuned' });
    const stop = keepRunsWithPanes();
    try {
      const id = await runPane(paneId());
      const target = `pane:${paneId()}`;
      expect(selectLatestRun(target)(useRunStore.getState())?.id).toBe(id);
      const exchange = await server.request(0);
      expect(exchange.body.messages).toEqual([
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
      ]);
      useWorkbenchStore.getState().removePane(paneId());
      expect(selectLatestRun(target)(useRunStore.getState())).toBeUndefined();
      await vi.waitFor(() => expect(exchange.aborted).toBe(true));
    } finally {
      stop();
    }
  });

  it('leaves a conversation without a model alone', async () => {
    useWorkbenchStore.setState({ conversation: INITIAL_CONVERSATION, panes: [makePane()] });
    expect(await runPane(paneId())).toBeNull();
  });
});

describe('paneRunSpec with variables and options', () => {
  const withVariables = {
    system: 'About {{city}}.',
    turns: [{ role: 'user' as const, text: 'Hello {{name}} from {{city}}', images: [] }],
  };

  it("fills the workbench's own values by default, as the API tab shows", async () => {
    queryClient.setQueryData(modelKeys.detail('/demo/api/ai', 'tuned', false), MODEL);
    useWorkbenchStore.setState({ conversation: withVariables });
    useWorkbenchStore.getState().setVariable('name', 'Ada');
    useWorkbenchStore.getState().setVariable('city', 'Paris');
    const spec = await paneRunSpec(paneId());
    expect(spec?.request.messages).toEqual([
      { role: 'system', content: 'About Paris.' },
      { role: 'user', content: 'Hello Ada from Paris' },
    ]);
    expect(spec).not.toHaveProperty('lane');
    expect(spec).not.toHaveProperty('retry');
  });

  it("takes a test case's values, target, lane and retry policy instead", async () => {
    queryClient.setQueryData(modelKeys.detail('/demo/api/ai', 'tuned', false), MODEL);
    useWorkbenchStore.setState({ conversation: withVariables });
    useWorkbenchStore.getState().setVariable('name', 'Ada');
    const retry = { maxAttempts: 3, maxRateLimitWaits: 5, baseDelayMs: 10, maxDelayMs: 100 };
    const spec = await paneRunSpec(paneId(), {
      variables: { city: 'Oslo' },
      target: 'eval:c1',
      lane: 'eval:/demo/api/ai',
      retry,
    });
    expect(spec).toMatchObject({ target: 'eval:c1', lane: 'eval:/demo/api/ai', retry });
    // The case's values replace the panel's wholesale: `name` is not in the case, so it is sent empty.
    expect(spec?.request.messages).toEqual([
      { role: 'system', content: 'About Oslo.' },
      { role: 'user', content: 'Hello  from Oslo' },
    ]);
  });

  it('runPane sends the filled text', async () => {
    const server = fakeChatServer();
    vi.stubGlobal('fetch', server.fetch);
    queryClient.setQueryData(modelKeys.detail('/demo/api/ai', 'tuned', false), MODEL);
    useWorkbenchStore.setState({ conversation: withVariables, variables: { name: 'Ada', city: 'Rome' } });
    await runPane(paneId());
    const exchange = await server.request(0);
    expect(exchange.body.messages).toEqual([
      { role: 'system', content: 'About Rome.' },
      { role: 'user', content: 'Hello Ada from Rome' },
    ]);
  });
});

describe('Run with an empty variable asks first', () => {
  const question = () => useEmptyVariablesGate.getState().question;

  beforeEach(() => {
    queryClient.setQueryData(modelKeys.detail('/demo/api/ai', 'tuned', false), MODEL);
    useWorkbenchStore.setState({
      conversation: {
        system: '',
        turns: [{ role: 'user', text: 'Hello {{name}} from {{city}}', images: [] }],
      },
      variables: { name: 'Ada', city: ' ' },
    });
  });

  it('Cancel sends nothing', async () => {
    const server = fakeChatServer();
    vi.stubGlobal('fetch', server.fetch);
    const running = runPane(paneId());
    await vi.waitFor(() => expect(question()).toEqual({ names: ['city'] }));
    expect(useRunStore.getState().runs).toEqual({});
    answerEmptyVariables(false);
    expect(await running).toBeNull();
    expect(question()).toBeNull();
    expect(useRunStore.getState().runs).toEqual({});
    expect(server.exchanges).toHaveLength(0);
  });

  it('Run anyway sends the variable empty', async () => {
    const server = fakeChatServer();
    vi.stubGlobal('fetch', server.fetch);
    const running = runPane(paneId());
    await vi.waitFor(() => expect(question()).not.toBeNull());
    answerEmptyVariables(true);
    expect(await running).toEqual(expect.any(String));
    expect((await server.request(0)).body.messages).toEqual([{ role: 'user', content: 'Hello Ada from  ' }]);
  });

  it('Run all asks once for every pane, naming what any pane sends empty', async () => {
    const first = paneId();
    useWorkbenchStore.getState().addPane({ modelId: 'tuned', systemOverride: 'As {{persona}}' });
    useWorkbenchStore.getState().setVariable('city', 'Rome');
    const ids = useWorkbenchStore.getState().panes.map((p) => p.id);
    const running = runPanes(ids);
    await vi.waitFor(() => expect(question()).toEqual({ names: ['persona'] }));
    answerEmptyVariables(false);
    expect(await running).toEqual([null, null]);
    // The first pane alone sends no empty variable: it runs without asking.
    vi.stubGlobal('fetch', fakeChatServer().fetch);
    expect(await runPane(first)).toEqual(expect.any(String));
  });

  it('a second Run while the question is open replaces it; the first is not started', async () => {
    const firstRun = runPane(paneId());
    await vi.waitFor(() => expect(question()).not.toBeNull());
    const asked = question();
    const secondRun = runPane(paneId());
    expect(await firstRun).toBeNull();
    expect(question()).not.toBe(asked);
    answerEmptyVariables(false);
    expect(await secondRun).toBeNull();
  });

  it('the evaluation path (paneRunSpec) never asks', async () => {
    expect(await paneRunSpec(paneId())).not.toBeNull();
    expect(question()).toBeNull();
  });
});

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makePane } from '@/domain/pane';
import { DEFAULT_PROVIDER, type ProviderSettings, withKey } from '@/domain/provider';
import { failedRun, queuedRun } from '@/domain/run';
import { modelKeys, queryClient } from '@/state/models';
import { adoptRuns, EMPTY_RUNS, selectLatestRun, useRunStore } from '@/state/runs';
import { useSettingsStore } from '@/state/settings';
import { useWorkbenchStore } from '@/state/workbench';
import {
  followProviders,
  modelAfterSwitch,
  pendingSettle,
  sameApi,
  switchProvider,
  useSettlingStore,
} from './followProvider';

const MOCK = 'http://127.0.0.1:9999/v1';
const mock: ProviderSettings = { ...DEFAULT_PROVIDER, kind: 'openai', baseUrl: MOCK };
const modelOf = () => useWorkbenchStore.getState().panes[0]?.modelId;
const paneId = () => useWorkbenchStore.getState().panes[0]?.id ?? '';

describe('modelAfterSwitch', () => {
  const listed = [{ id: 'gpt-4' }, { id: 'openapi-chat' }];
  it('keeps a listed model, else takes the first listed', () => {
    expect(modelAfterSwitch('openapi-chat', listed)).toBe('openapi-chat');
    expect(modelAfterSwitch('claude-sonnet-4-20250514', listed)).toBe('gpt-4');
    expect(modelAfterSwitch('', listed)).toBe('gpt-4');
    expect(modelAfterSwitch('GPT-4', listed)).toBe('gpt-4'); // ids are exact
  });
  it('keeps the current id when the server lists nothing or the list failed', () => {
    expect(modelAfterSwitch('typed-id', [])).toBe('typed-id');
    expect(modelAfterSwitch('typed-id', undefined)).toBe('typed-id');
  });
});

describe('sameApi', () => {
  it('compares the server and the key', () => {
    expect(sameApi({ baseUrl: '/a' }, { baseUrl: '/a', apiKey: undefined })).toBe(true);
    expect(sameApi({ baseUrl: '/a' }, { baseUrl: '/a', apiKey: 'k' })).toBe(false);
    expect(sameApi({ baseUrl: '/a' }, { baseUrl: '/b' })).toBe(false);
  });
});

describe('switchProvider and followProviders', () => {
  let stop = () => {};
  beforeEach(() => {
    queryClient.clear();
    useSettingsStore.setState({ provider: DEFAULT_PROVIDER });
    useRunStore.setState(EMPTY_RUNS);
    useWorkbenchStore.setState({ view: 'chat', panes: [makePane({ modelId: 'claude-sonnet-4-20250514' })] });
    stop = followProviders();
  });
  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
  });

  it('moves the pane to a model the new server lists, holding its details until then', async () => {
    let answer: (r: Response) => void = () => {};
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    switchProvider(mock);
    expect(useSettingsStore.getState().provider.baseUrl).toBe(MOCK);
    expect(useSettlingStore.getState()[paneId()]).toBe(true);
    const settled = pendingSettle(paneId());
    expect(settled).toBeDefined();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    answer(Response.json({ data: [{ id: 'gpt-4' }, { id: 'openapi-chat' }] }));
    await settled;
    expect(modelOf()).toBe('gpt-4');
    expect(useSettlingStore.getState()).toEqual({});
    expect(pendingSettle(paneId())).toBeUndefined();
  });

  it('uses the list a connection test got, at once, and keeps a model the user picked meanwhile', async () => {
    switchProvider(mock, { api: { baseUrl: MOCK }, models: [{ id: 'gpt-4' }] });
    expect(modelOf()).toBe('gpt-4');
    expect(queryClient.getQueryData(modelKeys.list(MOCK, false))).toEqual([{ id: 'gpt-4' }]);

    let answer: (r: Response) => void = () => {};
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => (answer = resolve)));
    switchProvider({ ...mock, baseUrl: 'http://127.0.0.1:9998/v1' });
    useWorkbenchStore.getState().setModel(paneId(), 'picked-by-hand');
    const settled = pendingSettle(paneId());
    await vi.waitFor(() => answer(Response.json({ data: [{ id: 'other' }] })));
    await settled;
    expect(modelOf()).toBe('picked-by-hand');
  });

  it('keeps the model when the list cannot be loaded', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ error: 'nope' }, { status: 401 }));
    switchProvider(mock);
    await pendingSettle(paneId());
    expect(modelOf()).toBe('claude-sonnet-4-20250514');
  });

  it("clears the pane's failed last answer when its server or key changes, and only then", () => {
    const target = `pane:${paneId()}`;
    const run = queuedRun({ id: 'r1', target, request: { model: 'm', messages: [] }, provider: 'demo' }, 1);
    adoptRuns([failedRun(run, { status: 401, kind: 'http', message: 'bad key' }, 2)]);
    vi.stubGlobal('fetch', async () => Response.json({ data: [] }));
    switchProvider({ ...DEFAULT_PROVIDER, rememberKey: true }); // same server, same key: nothing changes
    expect(selectLatestRun(target)(useRunStore.getState())?.id).toBe('r1');
    switchProvider({ ...DEFAULT_PROVIDER, keys: withKey(DEFAULT_PROVIDER.keys, 'demo', '', 'k') });
    expect(selectLatestRun(target)(useRunStore.getState())).toBeUndefined();
  });
});

describe('followProviders in Compare', () => {
  beforeEach(() => {
    queryClient.clear();
    useSettingsStore.setState({ provider: mock });
    useRunStore.setState(EMPTY_RUNS);
    useWorkbenchStore.setState({
      view: 'compare',
      panes: [makePane({ modelId: 'gpt-4' }), makePane({ modelId: 'gpt-4' })],
    });
  });

  it('a pane given its own provider follows it; the other pane and new panes are left alone', () => {
    const stop = followProviders();
    try {
      queryClient.setQueryData(modelKeys.list('/demo/api/ai', false), [{ id: 'echo-demo' }]);
      const second = useWorkbenchStore.getState().panes[1]?.id ?? '';
      useWorkbenchStore.getState().setPaneProvider(second, 'demo');
      const models = () => useWorkbenchStore.getState().panes.map((p) => p.modelId);
      expect(models()).toEqual(['gpt-4', 'echo-demo']);
      useWorkbenchStore.getState().addPane({ modelId: 'kept', provider: 'demo' });
      expect(models()).toEqual(['gpt-4', 'echo-demo', 'kept']);
    } finally {
      stop();
    }
  });
});

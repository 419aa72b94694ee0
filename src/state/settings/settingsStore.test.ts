// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROVIDER, withKey } from '@/domain/provider';
import { browserStorage } from '@/lib/storage';
import { laneOfEvaluation, type RunSpec, startRuns, stopAllRuns, useRunStore } from '@/state/runs';
import { readEvalConcurrency } from './evalConcurrency';
import {
  migrateSettings,
  readSettings,
  selectEvalConcurrency,
  setEvalConcurrency,
  useSettingsStore,
} from './settingsStore';

function stored(): string {
  browserStorage.flush();
  return window.localStorage.getItem('yoke.settings') ?? '';
}

describe('settings store', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps keys in memory only unless the user asks to remember them', () => {
    const keys = withKey(DEFAULT_PROVIDER.keys, 'oxen', '', 'sk-secret-1');
    useSettingsStore.getState().saveProvider({ ...DEFAULT_PROVIDER, kind: 'oxen', keys });
    expect(useSettingsStore.getState().provider.keys.oxen).toBe('sk-secret-1');
    expect(stored()).toContain('"oxen"');
    expect(stored()).not.toContain('sk-secret-1');

    const other = withKey(DEFAULT_PROVIDER.keys, 'oxen', '', 'sk-secret-2');
    useSettingsStore
      .getState()
      .saveProvider({ ...DEFAULT_PROVIDER, kind: 'oxen', keys: other, rememberKey: true });
    expect(stored()).toContain('sk-secret-2');
  });

  it('files a version-1 key under the provider (and base URL) it was entered for', () => {
    const migrated = migrateSettings(
      { provider: { kind: 'openai', baseUrl: 'http://h:1/v1/', apiKey: 'k1', rememberKey: true } },
      1,
    ) as { provider: unknown };
    expect(readSettings(migrated.provider)).toEqual({
      kind: 'openai',
      baseUrl: 'http://h:1/v1/',
      keys: { demo: '', oxen: '', openai: { 'http://h:1/v1': 'k1' } },
      rememberKey: true,
    });
  });

  it('reads malformed stored settings as defaults, field by field', () => {
    expect(
      readSettings({ kind: 'evil', baseUrl: 42, keys: { oxen: 7, openai: { __proto__: 'x', a: 1 } } }),
    ).toEqual(DEFAULT_PROVIDER);
    expect(readSettings('nonsense')).toEqual(DEFAULT_PROVIDER);
  });
});

describe('evaluation concurrency', () => {
  let sent = 0;
  beforeEach(() => {
    window.localStorage.clear();
    sent = 0;
    // A server that never answers: every run sent stays running, so the running ones are the lane's limit.
    vi.stubGlobal('fetch', () => {
      sent += 1;
      return new Promise(() => {});
    });
  });
  afterEach(() => {
    stopAllRuns();
    vi.unstubAllGlobals();
  });

  let endpoint = 0;
  /** Starts `n` runs in a fresh endpoint's evaluation lane and says how many were sent at once. */
  function runningOf(lane: string, n: number): number {
    const api = { baseUrl: lane.slice('eval:'.length) };
    const specs: RunSpec[] = Array.from({ length: n }, (_, i) => ({
      target: `eval:${lane}:${i}`,
      request: { model: 'm', messages: [] },
      api,
      provider: 'openai',
      lane: laneOfEvaluation(api),
    }));
    const ids = startRuns(specs);
    const runs = useRunStore.getState().runs;
    return ids.filter((id) => runs[id]?.status === 'running').length;
  }
  const freshLane = () => laneOfEvaluation({ baseUrl: `http://host${++endpoint}.test/v1` });

  it('is 4 per provider by default, and the scheduler holds an evaluation lane to it', () => {
    const lane = freshLane();
    expect(lane).toBe(`eval:http://host${endpoint}.test/v1`);
    expect(selectEvalConcurrency(lane)(useSettingsStore.getState())).toBe(4);
    expect(runningOf(lane, 10)).toBe(4);
    expect(sent).toBe(4);
  });

  it('set per lane: applied to the scheduler at once, kept between 1 and 16, stored', () => {
    const lane = freshLane();
    const other = freshLane();
    setEvalConcurrency(lane, 7);
    expect(selectEvalConcurrency(lane)(useSettingsStore.getState())).toBe(7);
    expect(selectEvalConcurrency(other)(useSettingsStore.getState())).toBe(4);
    expect(runningOf(lane, 10)).toBe(7);
    // Raised while runs wait: more start at once.
    setEvalConcurrency(lane, 9);
    const runs = useRunStore.getState().runs;
    expect(Object.values(runs).filter((r) => r.status === 'running' && r.target.includes(lane))).toHaveLength(
      9,
    );
    setEvalConcurrency(other, 40);
    expect(selectEvalConcurrency(other)(useSettingsStore.getState())).toBe(16);
    setEvalConcurrency(other, 0);
    expect(selectEvalConcurrency(other)(useSettingsStore.getState())).toBe(1);
    expect(runningOf(other, 3)).toBe(1);
    expect(JSON.parse(stored()).state.evalConcurrency).toMatchObject({ [lane]: 9, [other]: 1 });
  });

  it('stored limits are applied to the scheduler on load; malformed entries are dropped', async () => {
    const lane = freshLane();
    window.localStorage.setItem(
      'yoke.settings',
      JSON.stringify({
        state: { provider: DEFAULT_PROVIDER, evalConcurrency: { [lane]: 2, 'eval:x': 99, 'eval:y': 'lots' } },
        version: 2,
      }),
    );
    await useSettingsStore.persist.rehydrate();
    expect(useSettingsStore.getState().evalConcurrency).toEqual({ [lane]: 2 });
    expect(runningOf(lane, 5)).toBe(2);
  });

  it('reads stored values entry by entry', () => {
    expect(readEvalConcurrency({ a: 1, b: 16, c: 17, d: 0, e: 2.5, f: '3', __proto__: 3 })).toEqual({
      a: 1,
      b: 16,
    });
    expect(readEvalConcurrency('nonsense')).toEqual({});
  });
});

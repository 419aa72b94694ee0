import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_RUNS, selectLatestRun, useRunStore } from '@/state/runs';
import { legacyRun, migrateWorkbench } from './migrate';

const request = { model: 'm', messages: [{ role: 'user', content: 'hi' }] };

beforeEach(() => useRunStore.setState(EMPTY_RUNS));

describe('legacyRun', () => {
  it('keeps a version-1 result with its durations, ending now', () => {
    const run = legacyRun(
      'p1',
      {
        status: 'done',
        choices: ['Hello'],
        finishReasons: ['stop'],
        startedAt: 1_000,
        firstTokenAt: 1_200,
        endedAt: 3_000,
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        request,
      },
      'oxen',
      50_000,
      'legacy-1',
    );
    expect(run).toMatchObject({
      id: 'legacy-1',
      target: 'pane:p1',
      provider: 'oxen',
      status: 'done',
      choices: ['Hello'],
      startedAt: 48_000,
      firstTokenAt: 48_200,
      endedAt: 50_000,
      request,
    });
  });

  it('keeps nothing for an idle or malformed result, and calls a running one interrupted', () => {
    expect(legacyRun('p', { status: 'idle', choices: [] }, 'demo', 0, 'x')).toBeNull();
    expect(legacyRun('p', { status: 'done', choices: ['x'] }, 'demo', 0, 'x')).toBeNull();
    expect(legacyRun('p', 'nonsense', 'demo', 0, 'x')).toBeNull();
    expect(legacyRun('p', { status: 'running', choices: ['half'], request }, 'demo', 0, 'x')?.status).toBe(
      'interrupted',
    );
  });
});

describe('migrateWorkbench', () => {
  it('moves version-1 pane results into the run store and strips them from the panes', () => {
    const migrated = migrateWorkbench(
      {
        view: 'chat',
        panes: [
          {
            id: 'a',
            modelId: 'm',
            paramsByModel: {},
            systemOverride: null,
            result: { status: 'done', choices: ['A'], finishReasons: [], request },
          },
          {
            id: 'b',
            modelId: 'm',
            paramsByModel: {},
            systemOverride: null,
            result: { status: 'idle', choices: [], finishReasons: [] },
          },
        ],
      },
      1,
    ) as { panes: Array<Record<string, unknown>> };
    expect(migrated.panes.map((p) => 'result' in p)).toEqual([false, false]);
    expect(selectLatestRun('pane:a')(useRunStore.getState())?.choices).toEqual(['A']);
    expect(selectLatestRun('pane:b')(useRunStore.getState())).toBeUndefined();
  });

  it('leaves current state alone', () => {
    const state = { panes: [{ id: 'a', result: { status: 'done' } }] };
    expect(migrateWorkbench(state, 3)).toBe(state);
  });

  it("version 2 → 3: a response format set among a pane's parameters moves into the prompt", () => {
    const schema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };
    const responseFormat = { type: 'json_schema', json_schema: { name: 'place', schema, strict: true } };
    const state = {
      conversation: { system: '', turns: [] },
      panes: [
        {
          id: 'a',
          modelId: 'm1',
          paramsByModel: { m0: { values: { response_format: { type: 'json_object' } } } },
        },
        {
          id: 'b',
          modelId: 'm2',
          paramsByModel: { m2: { values: { response_format: responseFormat }, explicit: [] } },
        },
      ],
    };
    const migrated = migrateWorkbench(state, 2) as { conversation: { responseFormat?: unknown } };
    // Pane a's format belongs to a model it no longer shows; pane b's is the one in use.
    expect(migrated.conversation.responseFormat).toEqual({
      type: 'json_schema',
      name: 'place',
      schema: JSON.stringify(schema, null, 2),
      strict: true,
    });
  });

  it('version 2 → 3: a prompt that has a response format, or panes without one, are left as they are', () => {
    const own = {
      conversation: { system: '', turns: [], responseFormat: { type: 'json_object' } },
      panes: [],
    };
    expect(migrateWorkbench(own, 2)).toEqual(own);
    const none = {
      conversation: { system: '', turns: [] },
      panes: [{ id: 'a', modelId: 'm', paramsByModel: {} }],
    };
    expect(migrateWorkbench(none, 2)).toEqual(none);
  });
});

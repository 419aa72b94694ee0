// @vitest-environment jsdom
// A few hundred cells through the real run layer against a server that answers at once: the grid's cells are
// updated in a bounded number of store updates (not one or more per record change), and the run store ends
// holding none of the evaluation's records.
import { afterEach, expect, it, vi } from 'vitest';
import { makePane } from '@/domain/pane';
import type { ChatCompletionRequest } from '@/lib/api';
import { modelKeys, queryClient } from '@/state/models';
import { stopAllRuns, useRunStore } from '@/state/runs';
import { useWorkbenchStore } from '@/state/workbench';
import { useEvaluationStore } from './evaluationStore';
import { loadEvaluation } from './load';
import { startSuiteRun, stopSuiteRun } from './runner';
import { importCases } from './suiteActions';

afterEach(() => {
  stopSuiteRun();
  stopAllRuns();
  vi.unstubAllGlobals();
});

it('runs 100 cases × 3 panes with a bounded number of grid updates and drops every finished record', async () => {
  // No IndexedDB here (this test is about the runner): the store works in memory.
  vi.stubGlobal('indexedDB', undefined);
  vi.stubGlobal('requestAnimationFrame', undefined);
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as ChatCompletionRequest;
    return Response.json({
      id: 'x',
      object: 'chat.completion',
      created: 0,
      model: body.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: `re: ${body.messages.at(-1)?.content}` },
          finish_reason: 'stop',
        },
      ],
    });
  });
  for (const id of ['a', 'b', 'c'])
    queryClient.setQueryData(modelKeys.detail('/demo/api/ai', id, false), { id });
  useWorkbenchStore.setState({
    view: 'compare',
    stream: false,
    conversation: { system: '', turns: [{ role: 'user', text: 'Weather in {{city}}?', images: [] }] },
    panes: ['a', 'b', 'c'].map((modelId) => makePane({ modelId })),
  });
  await loadEvaluation();
  const rows = Array.from({ length: 100 }, (_, i) => ({ city: `C${i}` }));
  importCases({ columns: ['city'], rows, warnings: [] }, 'replace');

  let updates = 0;
  const unsubscribe = useEvaluationStore.subscribe((s, previous) => {
    if (s.cells !== previous.cells) updates += 1;
  });
  const runId = (await startSuiteRun({ kind: 'all' })) ?? '';
  await vi.waitFor(() => expect(useEvaluationStore.getState().activeRunId).toBeNull(), {
    timeout: 20_000,
    interval: 20,
  });
  unsubscribe();
  const cells = Object.values(useEvaluationStore.getState().cells[runId] ?? {});
  expect(cells).toHaveLength(300);
  expect(cells.every((cell) => cell.status === 'done' && cell.output.startsWith('re: Weather in C'))).toBe(
    true,
  );
  expect(useEvaluationStore.getState().runs.at(-1)?.status).toBe('done');
  // 300 cells start and end (600 record changes at least): the grid took them in far fewer updates.
  expect(updates).toBeLessThan(100);
  await vi.waitFor(() => expect(Object.keys(useRunStore.getState().runs)).toEqual([]));
}, 30_000);

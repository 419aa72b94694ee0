import { describe, expect, it } from 'vitest';
import { finishedRun, queuedRun, type RunRecord, startedRun } from '@/domain/run';
import { persistableRuns, restoreRuns } from './persistRuns';
import { MAX_STORED_IMAGE_CHARS, RUN_IMAGES_BUDGET_CHARS, storableRun } from './storedImages';

const SMALL = 'data:image/png;base64,iVBORw0KGgo=';
const LINK = 'https://cdn.example.com/a.png';
const big = (chars: number) => `data:image/png;base64,${'A'.repeat(chars - 22)}`;

function run(id: string, images: string[][]): RunRecord {
  const queued = queuedRun(
    { id, target: 'pane:a', request: { model: 'm', messages: [] }, provider: 'demo' },
    1,
  );
  return finishedRun({ ...startedRun(queued, 1), choices: ['Here.'], images }, 'done', 2);
}

/** Through the storage round trip: written, serialised, read back. */
function reloaded(r: RunRecord): RunRecord | undefined {
  const written = persistableRuns({ runs: { [r.id]: r }, history: { 'pane:a': [r.id] }, shown: {} });
  return restoreRuns(JSON.parse(JSON.stringify(written)), 50).runs[r.id];
}

describe('stored answer images', () => {
  it('keeps small data: images and links through a reload', () => {
    expect(reloaded(run('r1', [[SMALL, LINK]]))?.images).toEqual([[SMALL, LINK]]);
  });

  it('leaves an image over the budget out of storage, with a note, and keeps it in the tab', () => {
    const huge = big(MAX_STORED_IMAGE_CHARS + 1);
    const r = run('r2', [[SMALL, huge]]);
    const back = reloaded(r);
    expect(back?.images).toEqual([[SMALL, '']]);
    expect(back?.notes?.[0]).toMatch(/^Image 2 from the answer \(400,001 characters\) was too large to keep/);
    expect(back?.choices).toEqual(['Here.']);
    expect(r.images?.[0]?.[1]).toBe(huge);
  });

  it("bounds all of a run's images together", () => {
    const each = big(MAX_STORED_IMAGE_CHARS);
    const count = Math.floor(RUN_IMAGES_BUDGET_CHARS / MAX_STORED_IMAGE_CHARS) + 1;
    const back = storableRun(run('r3', [Array.from({ length: count }, () => each)]));
    expect(back.images?.[0]?.filter((url) => url === '')).toHaveLength(1);
    expect(JSON.stringify(back).length).toBeLessThan(RUN_IMAGES_BUDGET_CHARS + 2_000);
  });

  it('a run without images is written as it is', () => {
    const r = run('r4', []);
    const { images: _, ...plain } = r;
    expect(storableRun(plain)).toBe(plain);
  });

  it('reads hostile or malformed stored images as not kept, never crashing the load', () => {
    const stored = JSON.parse(JSON.stringify(run('r5', [])));
    stored.images = [['javascript:alert(1)', SMALL, 7, null], 'nope', [{ url: LINK }]];
    const back = restoreRuns({ runs: { r5: stored }, history: { 'pane:a': ['r5'] }, shown: {} }, 50);
    expect(back.runs.r5?.images).toEqual([['', SMALL, '', ''], [], ['']]);
    stored.images = 'data:image/png;base64,AAAA';
    expect(
      restoreRuns({ runs: { r5: stored }, history: { 'pane:a': ['r5'] } }, 50).runs.r5,
    ).not.toHaveProperty('images');
  });
});

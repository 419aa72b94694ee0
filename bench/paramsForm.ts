// The parameter form with 40 fields in Chromium against the real app: the work from the model details'
// arrival to the painted form (cold page loads, and warm switches between two cached 40-field models), and
// the latency of typing into its fields.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { makeWideModel } from '../src/testing/wideSchema';
import { type KeystrokeFigures, keystrokeFigures, typeAtHumanPace } from './keystrokes';
import { addProbe } from './pageScript';
import { type FormProbeOptions, type FormSnapshot, installFormProbe } from './probes/formProbe';

const MODEL_A = 'wide-40-bench';
const MODEL_B = 'wide-40-alt';
const FIELDS = 40;

const PROBE: FormProbeOptions = {
  detailsPath: '/demo/api/ai/models/wide-40-',
  firstField: '_p0__label',
  lastField: `_p${FIELDS - 1}__label`,
  labelPattern: '_p\\d+__label$',
  inputPattern: '_p\\d+$',
};

export interface RenderSample {
  /** Body received (or pick keystroke) to the form's first render painted (usable: what a screen shows; the same
   * as `total` when the form renders all its fields at once). */
  usable: number;
  /** Body received (or pick keystroke) to that first render in the DOM: the script work a user waits for. */
  usableToDom: number;
  usableFields: number;
  /** Body received (or pick keystroke) to the painted form, all fields. */
  total: number;
  /** Body received (or pick keystroke) to the form in the DOM: script work, mostly React and rjsf. */
  toDom: number;
  fields: number;
  longTaskMax: number;
  /** Part of `total` spent waiting for script chunks still downloading when the measurement started. */
  chunkWait: number;
  chunksWaitedFor: string[];
}

export interface TypingResult extends KeystrokeFigures {
  field: string;
  /** Browser Event Timing entries ≥ 16 ms (its minimum threshold; durations in 8 ms steps). */
  eventTiming: { entries: number; keystrokes: number; maxDuration: number; maxProcessing: number };
}

export interface FormBenchResult {
  cold: RenderSample[];
  warm: RenderSample[];
  typing: TypingResult[];
}

function detailsOf(id: string) {
  // Every field basic, so all 40 are visible: the worst case. (Folded Advanced fields are not rendered until
  // the group is opened, so the default quarter-basic schema would only render 10.)
  return { ...makeWideModel(FIELDS, FIELDS), id, name: `Wide ${FIELDS} (${id})` };
}

async function routeWideModels(context: BrowserContext): Promise<void> {
  await context.route('**/demo/api/ai/models/wide-40-*', (route) => {
    const id = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
    return route.fulfill({ json: detailsOf(id) });
  });
  await context.route('**/demo/api/ai/models', async (route) => {
    try {
      const response = await route.fetch();
      const json = (await response.json()) as { data: unknown[] };
      json.data.push({ id: MODEL_A, name: 'Wide 40 (bench)' }, { id: MODEL_B, name: 'Wide 40 (alt)' });
      await route.fulfill({ response, json });
    } catch (error) {
      // A cold load closes its page as soon as the form has painted; a list refetch still in flight then
      // finds its response disposed. Anything else is a real failure.
      if (!/disposed|closed/i.test(String(error))) throw error;
    }
  });
}

async function newFormPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await addProbe(context, installFormProbe, PROBE);
  await routeWideModels(context);
  return { context, page: await context.newPage() };
}

const snapshot = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __benchForm: { snapshot: () => FormSnapshot } }).__benchForm.snapshot(),
  );

async function waitForRenders(page: Page, count: number): Promise<FormSnapshot> {
  await page.waitForFunction(
    (n) => {
      const probe = (window as unknown as { __benchForm?: { snapshot: () => FormSnapshot } }).__benchForm;
      const renders = probe?.snapshot().renders ?? [];
      return renders.length >= n && renders.every((r) => r.paintedAt >= 0 && r.firstPaintedAt >= 0);
    },
    count,
    { timeout: 15_000 },
  );
  return snapshot(page);
}

function sampleOf(snap: FormSnapshot, index: number, warm: boolean): RenderSample {
  const render = snap.renders[index];
  if (!render) throw new Error(`form render ${index} missing`);
  const start = warm ? render.pickedAt : render.receivedAt;
  if (start < 0) throw new Error(`form render ${index}: no ${warm ? 'pick keystroke' : 'details body'} seen`);
  const longTasks = snap.longTasks.filter((t) => t.start + t.duration > start && t.start < render.paintedAt);
  const waited = snap.scripts.filter((s) => s.end > start && s.end < render.firstAt);
  return {
    usable: render.firstPaintedAt - start,
    usableToDom: render.firstAt - start,
    usableFields: render.firstCount,
    total: render.paintedAt - start,
    toDom: render.fieldsAt - start,
    fields: render.fieldCount,
    longTaskMax: Math.max(0, ...longTasks.map((t) => t.duration)),
    chunkWait: Math.max(0, ...waited.map((s) => s.end - start)),
    chunksWaitedFor: waited.map((s) => s.name),
  };
}

async function coldLoad(browser: Browser, origin: string): Promise<RenderSample> {
  const { context, page } = await newFormPage(browser);
  try {
    await page.goto(`${origin}/?model=${MODEL_A}`);
    return sampleOf(await waitForRenders(page, 1), 0, false);
  } finally {
    await context.close();
  }
}

async function pick(page: Page, id: string, rendersBefore: number): Promise<FormSnapshot> {
  const picker = page.getByRole('combobox', { name: 'Model', exact: true });
  await picker.click();
  await picker.fill(id);
  await page
    .getByRole('option', { name: new RegExp(id) })
    .first()
    .waitFor();
  await picker.press('Enter');
  return waitForRenders(page, rendersBefore + 1);
}

async function typeInto(page: Page, suffix: string, keys: string[]): Promise<TypingResult> {
  const input = page.locator(`[id$="_${suffix}"]`).first();
  await input.click();
  await input.press('End');
  await page.waitForTimeout(100);
  const before = await snapshot(page);
  const since = await page.evaluate(() => performance.now());
  await typeAtHumanPace(page, keys);
  await page.waitForTimeout(300);
  const after = await snapshot(page);
  const keyEvents = after.events.filter(
    (e) => e.startTime >= since && ['keydown', 'keypress', 'beforeinput', 'input', 'keyup'].includes(e.name),
  );
  const slowStrokes = new Set(keyEvents.filter((e) => e.interactionId > 0).map((e) => e.interactionId));
  return {
    field: suffix,
    ...keystrokeFigures(before, after),
    eventTiming: {
      entries: keyEvents.length,
      keystrokes: slowStrokes.size,
      maxDuration: Math.max(0, ...keyEvents.map((e) => e.duration)),
      maxProcessing: Math.max(0, ...keyEvents.map((e) => e.processing)),
    },
  };
}

export async function benchParamsForm(
  browser: Browser,
  origin: string,
  opts: { coldLoads: number; warmSwitches: number },
): Promise<FormBenchResult> {
  const cold: RenderSample[] = [];
  for (let i = 0; i < opts.coldLoads; i++) cold.push(await coldLoad(browser, origin));

  const { context, page } = await newFormPage(browser);
  try {
    await page.goto(`${origin}/?model=${MODEL_A}`);
    await waitForRenders(page, 1);
    // The first switch to the other model fetches its details; the measured ones find both cached.
    await pick(page, MODEL_B, 1);
    const warm: RenderSample[] = [];
    for (let i = 0; i < opts.warmSwitches; i++) {
      const snap = await pick(page, i % 2 === 0 ? MODEL_A : MODEL_B, 2 + i);
      warm.push(sampleOf(snap, 2 + i, true));
    }
    const text = 'streaming tokens feel quick now'.split('').slice(0, 30);
    const edits = Array.from({ length: 15 }, (_, i) => [String((i * 7) % 10), 'Backspace']).flat();
    const typing = [
      await typeInto(
        page,
        'p4',
        text.map((c) => (c === ' ' ? 'Space' : c)),
      ),
      await typeInto(page, 'p1', edits),
    ];
    return { cold, warm, typing };
  } finally {
    await context.close();
  }
}

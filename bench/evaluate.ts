// The evaluation grid at scale (issue 12): 1,000 cases × 3 panes (3,000 cells) on the demo's fast model, run in
// Chromium through the real screen — import the cases as a CSV, "Run all cases", scroll the grid while it fills.
// Figures: long tasks and frame intervals while it fills, wall time against cells × per-cell time ÷ concurrency,
// IndexedDB writes of cells (ms per 100 cells), and the page's memory at the end.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { storedCells } from '../e2e/storedCells';
import { countersBetween, countersText, type MainThreadCounters, mainThreadCounters } from './mainThread';
import { addProbe } from './pageScript';
import { type EvalProbeSnapshot, installEvalProbe } from './probes/evalProbe';
import { type Summary, summarize } from './stats';

export const EVAL_CASES = 1000;
export const EVAL_PANES = 3;
/** The lane's default: the figure the wall time is held to. */
export const EVAL_CONCURRENCY = 4;
const WHEEL_NOTCH_PX = 120;

export interface EvalBenchResult {
  cases: number;
  panes: number;
  cells: number;
  concurrency: number;
  /** "Run all cases" pressed → the progress bar at cells / cells. */
  wallMs: number;
  /** Mean request time of a cell (its latency as the grid shows it). */
  meanCellMs: number;
  /** cells × mean cell time ÷ concurrency. */
  idealMs: number;
  /** wallMs / idealMs − 1. */
  overIdeal: number;
  cellsDone: number;
  longTasks: { count: number; maxMs: number; totalMs: number; list: { at: number; ms: number }[] };
  /** Frame intervals while the grid filled (the grid was scrolled meanwhile). */
  frameIntervals: Summary;
  droppedPct: number;
  scrollFrames: Summary;
  /** The same scroll after the run ended. */
  idleScrollFrames: Summary;
  /** Long tasks during that idle scroll. */
  idleScrollLongTasks: number;
  idbWrites: {
    transactions: number;
    records: number;
    /** Transaction time (created → complete) per 100 cells written. */
    msPer100Cells: number;
    /** Main-thread time of the put() calls (the records' cloning) per 100 cells. */
    mainThreadMsPer100Cells: number;
    maxTransactionMs: number;
  };
  heapUsedMb: number;
  domNodes: number;
  /** The page's main thread while the grid filled (its CPU time holds on a loaded machine; frames do not). */
  fillMainThread: MainThreadCounters;
  /** The same during the scroll after the run ended. */
  idleScrollMainThread: MainThreadCounters;
}

function casesCsv(count: number): string {
  const rows = ['a,b,expected'];
  for (let i = 0; i < count; i++) {
    const a = 10 + ((i * 37) % 900);
    const b = 3 + ((i * 11) % 90);
    rows.push(`${a},${b},${a + b}`);
  }
  return `${rows.join('\n')}\n`;
}

function workbench(panes: number): string {
  return JSON.stringify({
    state: {
      conversation: { system: '', turns: [{ role: 'user', text: 'What is {{a}} + {{b}}?', images: [] }] },
      stream: true,
      view: 'evaluate',
      panes: Array.from({ length: panes }, (_, i) => ({
        id: `bench${i + 1}`,
        modelId: 'fast-demo',
        paramsByModel: {},
        systemOverride: i === 0 ? null : `You are assistant number ${i + 1}.`,
      })),
      variables: {},
    },
    version: 3,
  });
}

const snapshot = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __benchEval: { snapshot: () => EvalProbeSnapshot } }).__benchEval.snapshot(),
  );

async function progress(page: Page): Promise<number> {
  const value = await page
    .getByRole('progressbar', { name: 'Evaluation progress' })
    .getAttribute('aria-valuenow')
    .catch(() => null);
  return Number(value ?? 0);
}

/** Mean latency of the run's cells, read back from IndexedDB (what the grid stored). */
async function meanCellLatency(page: Page): Promise<{ mean: number; count: number }> {
  const latencies = (await storedCells(page)).flatMap((cell) =>
    cell.latencyMs === null ? [] : [cell.latencyMs],
  );
  const sum = latencies.reduce((a, b) => a + b, 0);
  return { mean: latencies.length ? sum / latencies.length : Number.NaN, count: latencies.length };
}

function intervals(frames: readonly number[], from: number, to: number): number[] {
  const inside = frames.filter((t) => t >= from && t <= to);
  return inside.slice(1).map((t, i) => t - (inside[i] as number));
}

/** `profilePath`: also record a CPU profile of the run (Chrome DevTools format) there, to find what is slow. */
export async function benchEvaluation(
  browser: Browser,
  origin: string,
  profilePath?: string,
): Promise<EvalBenchResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    await addProbe(context, installEvalProbe, undefined);
    await context.addInitScript((value) => {
      if (!window.sessionStorage.getItem('bench-seeded')) {
        window.localStorage.setItem('yoke.workbench', value);
        window.sessionStorage.setItem('bench-seeded', '1');
      }
    }, workbench(EVAL_PANES));
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const importButton = page.getByRole('button', { name: 'Import cases' });
    await importButton.waitFor({ timeout: 20_000 });
    const chooser = page.waitForEvent('filechooser');
    await importButton.click();
    await (await chooser).setFiles({
      name: 'cases.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(casesCsv(EVAL_CASES)),
    });
    await page.getByRole('textbox', { name: 'a for case 1', exact: true }).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (profilePath) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }

    const grid = page.getByRole('table', { name: 'Test cases' });
    const box = await grid.boundingBox();
    const countersBefore = await mainThreadCounters(cdp);
    const before = await snapshot(page);
    const started = before.now;
    await page.getByRole('button', { name: 'Run all cases' }).click();
    const cells = EVAL_CASES * EVAL_PANES;
    // While it fills: scroll the grid down and up with the wheel, one notch (120 px, Chromium's step for a mouse
    // wheel) per frame — a fast, steady scroll of ~7,000 px/s — and poll the progress.
    let scrollStart = Number.NaN;
    let scrollEnd = Number.NaN;
    let done = 0;
    const deadline = Date.now() + 240_000;
    let direction = 1;
    let scrolls = 0;
    while (done < cells && Date.now() < deadline) {
      if (box && scrolls < 120) {
        if (scrolls === 0) scrollStart = (await snapshot(page)).now;
        await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
        await page.mouse.wheel(0, direction * WHEEL_NOTCH_PX);
        scrolls += 1;
        if (scrolls % 30 === 0) direction = -direction;
        if (scrolls === 120) scrollEnd = (await snapshot(page)).now;
        await page.waitForTimeout(16);
      } else {
        await page.waitForTimeout(250);
      }
      if (scrolls % 10 === 0) done = await progress(page);
    }
    done = await progress(page);
    const after = await snapshot(page);
    const countersFilled = await mainThreadCounters(cdp);
    const ended = after.now;
    await page.waitForTimeout(1500); // the last batched writes
    // The same scroll once the run has ended: what the grid costs by itself, without 3,000 answers arriving.
    const countersIdle = await mainThreadCounters(cdp);
    const idleFrom = (await snapshot(page)).now;
    for (let i = 0; i < 90 && box; i++) {
      await page.mouse.wheel(0, (i < 45 ? 1 : -1) * WHEEL_NOTCH_PX);
      await page.waitForTimeout(16);
    }
    const final = await snapshot(page);
    const countersIdleEnd = await mainThreadCounters(cdp);
    const idleTo = final.now;
    if (profilePath) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(profilePath, JSON.stringify(profile));
    }
    const latency = await meanCellLatency(page);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    const nodes = metrics.find((m) => m.name === 'Nodes')?.value ?? Number.NaN;

    const wallMs = ended - started;
    const idealMs = (cells * latency.mean) / EVAL_CONCURRENCY;
    const fillIntervals = intervals(after.frames, started, ended);
    const dropped = fillIntervals.reduce((n, ms) => n + Math.max(0, Math.round(ms / (1000 / 60)) - 1), 0);
    const long = after.longTasks.filter((t) => t.start >= started && t.start <= ended);
    const writes = final.cellWrites.filter((w) => w.startedAt >= started);
    const records = writes.reduce((n, w) => n + w.records, 0);
    const writeMs = writes.reduce((n, w) => n + w.ms, 0);
    return {
      cases: EVAL_CASES,
      panes: EVAL_PANES,
      cells,
      concurrency: EVAL_CONCURRENCY,
      wallMs,
      meanCellMs: latency.mean,
      idealMs,
      overIdeal: wallMs / idealMs - 1,
      cellsDone: done,
      longTasks: {
        count: long.length,
        maxMs: long.reduce((m, t) => Math.max(m, t.duration), 0),
        totalMs: long.reduce((n, t) => n + t.duration, 0),
        list: long.map((t) => ({ at: Math.round(t.start - started), ms: t.duration })),
      },
      frameIntervals: summarize(fillIntervals),
      droppedPct: fillIntervals.length ? (100 * dropped) / (fillIntervals.length + dropped) : Number.NaN,
      scrollFrames: summarize(intervals(after.frames, scrollStart, scrollEnd)),
      idleScrollFrames: summarize(intervals(final.frames, idleFrom, idleTo)),
      idleScrollLongTasks: final.longTasks.filter((t) => t.start >= idleFrom && t.start <= idleTo).length,
      idbWrites: {
        transactions: writes.length,
        records,
        msPer100Cells: records ? (100 * writeMs) / records : Number.NaN,
        mainThreadMsPer100Cells: records
          ? (100 * writes.reduce((n, w) => n + w.putMs, 0)) / records
          : Number.NaN,
        maxTransactionMs: writes.reduce((m, w) => Math.max(m, w.ms), 0),
      },
      heapUsedMb: heap / 1e6,
      domNodes: nodes,
      fillMainThread: countersBetween(countersBefore, countersFilled),
      idleScrollMainThread: countersBetween(countersIdle, countersIdleEnd),
    };
  } finally {
    await context.close();
  }
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** The report's section 7. */
export function evaluationLines(result: EvalBenchResult | { error: string }): string[] {
  const head = `7. Evaluation grid: ${EVAL_CASES} cases × ${EVAL_PANES} panes on fast-demo, "Run all cases" (the grid scrolled while it fills)`;
  if ('error' in result) return [head, `   failed: ${result.error}`];
  const r = result;
  const s = (v: number) => `${(v / 1000).toFixed(1)} s`;
  return [
    head,
    `   cells done: ${r.cellsDone} / ${r.cells}; wall time ${s(r.wallMs)}; mean cell ${ms(r.meanCellMs)} at concurrency ${r.concurrency} → ideal ${s(r.idealMs)}`,
    `   wall time within 15 % of cells × per-cell time ÷ concurrency: ${verdict(r.cellsDone === r.cells && r.overIdeal <= 0.15)} (${(100 * r.overIdeal).toFixed(1)} % over)`,
    `   long tasks while it filled: ${r.longTasks.count} (max ${ms(r.longTasks.maxMs)}, total ${ms(r.longTasks.totalMs)}); none over 50 ms: ${verdict(r.longTasks.maxMs <= 50)}`,
    `   frames while it filled: median ${ms(r.frameIntervals.median)}, p95 ${ms(r.frameIntervals.p95)}, ${r.droppedPct.toFixed(1)} % dropped`,
    `   scrolling (wheel, while it filled): frame p95 ${ms(r.scrollFrames.p95)}, max ${ms(r.scrollFrames.max)} (n=${r.scrollFrames.count}); 60 fps (p95 ≤ 16.7 ms + 1 ms slack): ${verdict(r.scrollFrames.p95 <= 17.7)}`,
    `   scrolling after the run ended (same scroll): frame p95 ${ms(r.idleScrollFrames.p95)}, max ${ms(r.idleScrollFrames.max)} (n=${r.idleScrollFrames.count}), ${r.idleScrollLongTasks} long task(s); 60 fps: ${verdict(r.idleScrollFrames.p95 <= 17.7)}`,
    `   IndexedDB cell writes: ${r.idbWrites.records} cells in ${r.idbWrites.transactions} transactions; ${ms(r.idbWrites.msPer100Cells)} per 100 cells (transaction time), ${ms(r.idbWrites.mainThreadMsPer100Cells)} per 100 cells on the main thread; longest transaction ${ms(r.idbWrites.maxTransactionMs)}`,
    `   main thread while it filled: ${countersText(r.fillMainThread)}; ${ms((100 * r.fillMainThread.cpuMs) / r.cells)} CPU per 100 cells`,
    `   main thread during the scroll after the run: ${countersText(r.idleScrollMainThread)}`,
    `   page memory at the end: JS heap ${r.heapUsedMb.toFixed(1)} MB, ${r.domNodes} DOM nodes`,
  ];
}

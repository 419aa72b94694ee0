// Scrolling a 200-turn conversation (issue 14): the mouse wheel moves the chat page through all the turns, one
// 120 px notch per frame (Chromium's step for a wheel), up to the first turn and back down. Figures: frame
// intervals (p50/p95), dropped frames and long tasks while it scrolls — what 60 fps asks of the transcript.
import type { Browser, Page } from 'playwright-core';
import { FRAME_MS } from './keystrokes';
import { countersBetween, countersText, type MainThreadCounters, mainThreadCounters } from './mainThread';
import { addProbe } from './pageScript';
import { type EvalProbeSnapshot, installEvalProbe } from './probes/evalProbe';
import { type Summary, summarize } from './stats';
import { seedConversation, TRANSCRIPT_TURNS } from './transcript';

const WHEEL_NOTCH_PX = 120;

export interface TranscriptScrollResult {
  turns: number;
  /** Turn articles in the DOM while it scrolled. */
  rendered: number;
  notches: number;
  /** Pixels the page actually moved (a notch at an end moves nothing). */
  scrolledPx: number;
  frames: Summary;
  droppedPct: number;
  longTasks: { count: number; maxMs: number };
  /** The page's main thread while it scrolled (its CPU time holds on a loaded machine; frames do not). */
  mainThread: MainThreadCounters;
}

// The frame probe of the evaluation bench: animation-frame times and long tasks are all this needs.
const snapshot = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __benchEval: { snapshot: () => EvalProbeSnapshot } }).__benchEval.snapshot(),
  );

/** Marks the element that scrolls the transcript (the nearest scrollable ancestor of its first turn), so each
 * notch reads two offsets. Reading every element's scrollTop, as this did first, walked the whole 200-turn DOM
 * twice per notch on the page's main thread: the probe's own cost landed in the frames it measured. */
const markScroller = (page: Page) =>
  page.evaluate(() => {
    let el = document.querySelector('article')?.parentElement ?? null;
    while (el && el !== document.body) {
      const { overflowY } = getComputedStyle(el);
      if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight) break;
      el = el.parentElement;
    }
    if (el && el !== document.body) el.setAttribute('data-bench-scroller', '');
  });

/** Scroll offset of the page plus that of the transcript's scroller (whichever one holds it). */
const scrollOffsets = (page: Page) =>
  page.evaluate(() => window.scrollY + (document.querySelector('[data-bench-scroller]')?.scrollTop ?? 0));

export async function benchTranscriptScroll(
  browser: Browser,
  origin: string,
): Promise<TranscriptScrollResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await addProbe(context, installEvalProbe, undefined);
    await seedConversation(context);
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.locator('#composer-text').waitFor();
    await page.getByRole('heading', { name: `Answer ${TRANSCRIPT_TURNS - 2}` }).waitFor({ timeout: 15_000 });
    const rendered = await page.getByRole('article').count();
    const first = page.getByRole('article').first();
    const box = await first.boundingBox();
    await page.mouse.move(640, box ? Math.max(100, Math.min(box.y + 40, 400)) : 300);
    await markScroller(page);
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const countersBefore = await mainThreadCounters(cdp);
    const before = await snapshot(page);
    let moved = 0;
    let notches = 0;
    // Up to the first turn, then back down to the last: the page chooses where it opens; both ways cover it.
    for (const direction of [-1, 1]) {
      for (let idle = 0; idle < 3 && notches < 800; notches++) {
        const from = await scrollOffsets(page);
        await page.mouse.wheel(0, direction * WHEEL_NOTCH_PX);
        await page.waitForTimeout(16);
        const step = Math.abs((await scrollOffsets(page)) - from);
        moved += step;
        idle = step === 0 ? idle + 1 : 0;
      }
    }
    const after = await snapshot(page);
    const countersAfter = await mainThreadCounters(cdp);
    const inside = after.frames.filter((t) => t >= before.now && t <= after.now);
    const intervals = inside.slice(1).map((t, i) => t - (inside[i] as number));
    const dropped = intervals.reduce((n, ms) => n + Math.max(0, Math.round(ms / FRAME_MS) - 1), 0);
    const long = after.longTasks.filter((t) => t.start >= before.now && t.start <= after.now);
    return {
      turns: TRANSCRIPT_TURNS,
      rendered,
      notches,
      scrolledPx: moved,
      frames: summarize(intervals),
      droppedPct: intervals.length ? (100 * dropped) / (intervals.length + dropped) : Number.NaN,
      longTasks: { count: long.length, maxMs: long.reduce((m, t) => Math.max(m, t.duration), 0) },
      mainThread: countersBetween(countersBefore, countersAfter),
    };
  } finally {
    await context.close();
  }
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** The report's section 3c. */
export function transcriptScrollLines(r: TranscriptScrollResult | { error: string }): string[] {
  const head = `3c. Scrolling a ${TRANSCRIPT_TURNS}-turn conversation with the mouse wheel (one 120 px notch per frame, to the top and back)`;
  if ('error' in r) return [head, `   failed: ${r.error}`];
  return [
    head,
    `   ${r.notches} notches, ${Math.round(r.scrolledPx)} px moved, ${r.rendered} turn articles in the DOM`,
    `   frames: median ${ms(r.frames.median)}, p95 ${ms(r.frames.p95)}, max ${ms(r.frames.max)} (n=${r.frames.count}), ${r.droppedPct.toFixed(1)} % dropped`,
    `   long tasks: ${r.longTasks.count} (max ${ms(r.longTasks.maxMs)})`,
    `   main thread: ${countersText(r.mainThread)}; ${ms(r.mainThread.cpuMs / Math.max(1, r.notches))} CPU per notch`,
    `   60 fps (p95 ≤ 16.7 ms + 1 ms slack): ${verdict(r.frames.p95 <= 17.7)}; no task over 50 ms: ${verdict(r.longTasks.maxMs <= 50)}`,
  ];
}

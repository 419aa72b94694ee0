// Streaming in Chromium against the real app: how long a chunk takes from the network to the screen, long
// tasks, and dropped frames, for one pane and for six panes in the Compare view.
import type { Browser, BrowserContext, CDPSession, Page, Route } from 'playwright-core';
import { generate } from '../server/demo/generator';
import { MAX_PACE } from '../server/demo/pacedStream';
import { readGenerationParams } from '../server/demo/params';
import { lastUserText } from '../server/demo/tokens';
import { addProbe } from './pageScript';
import {
  installStreamProbe,
  type ProbeLongFrame,
  type ProbeSnapshot,
  type StreamProbeApi,
} from './probes/streamProbe';
import { median, type Summary, summarize } from './stats';

export const CHAT_MODEL = 'claude-sonnet-4-20250514';
export const PROMPT = 'Write a long answer with a python code example about streaming tokens';

/** Where the app's chat request goes: the demo as is (with a pace), or the long bench source. */
export type Source =
  | { kind: 'demo'; pace: number }
  | { kind: 'long'; pace: number; url: string; answer?: 'text' | 'reasoning-tools' };

export interface StreamRun {
  name: string;
  panes: number;
  pace: number;
  source: string;
  tokensPerPane: number[];
  durationMs: number;
  /** Chunk arrival (reader.read() resolved) to the end of the first frame painted with its text. */
  lag: Summary;
  /** Chunk arrival to its text being in the DOM. */
  domLag: Summary;
  chunks: number;
  unpainted: number;
  /** Long tasks during the run; `at` is ms after the first stream started, `ms` the task's duration. */
  longTasks: { count: number; maxMs: number; list: { at: number; ms: number }[] };
  frames: { count: number; medianIntervalMs: number; dropped: number; droppedPct: number };
  worstFrames: ProbeLongFrame[];
  probeOverheadMs: number;
  /** Main-thread time from Chromium's own counters over the run (CDP Performance.getMetrics). */
  mainThread: MainThreadTime;
}

export interface MainThreadTime {
  taskMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  /** taskMs over the run's wall-clock time. */
  busyPct: number;
}

type Metrics = Record<string, number>;

/** The seed giving the demo's longest answer for this body (the bench prompt gets a short reply). */
export function longestDemoSeed(
  body: Record<string, unknown>,
  tries = 1000,
): { seed: number; tokens: number } {
  const prompt = lastUserText(Array.isArray(body.messages) ? body.messages : []);
  let best = { seed: 0, tokens: -1 };
  for (let seed = 0; seed < tries; seed++) {
    const [choice] = generate(prompt, readGenerationParams({ ...body, seed }));
    const tokens = choice?.tokens.length ?? 0;
    if (tokens > best.tokens) best = { seed, tokens };
  }
  return best;
}

export class StreamPage {
  source: Source = { kind: 'demo', pace: 10_000 };
  private streamNo = 0;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async open(
    browser: Browser,
    origin: string,
    viewport = { width: 1280, height: 900 },
  ): Promise<StreamPage> {
    const sp = await StreamPage.openBare(browser, viewport);
    await sp.context.route('**/demo/api/ai/chat/completions', (route) => sp.reroute(route));
    await sp.page.goto(`${origin}/?model=${CHAT_MODEL}`);
    await sp.page.getByRole('textbox', { name: 'User message 1' }).fill(PROMPT);
    return sp;
  }

  /** A page with the probe and CDP metrics but no app: the common-approach page fetches its streams itself. */
  static async openBare(browser: Browser, viewport: { width: number; height: number }): Promise<StreamPage> {
    const context = await browser.newContext({ viewport });
    await addProbe(context, installStreamProbe, 'Response');
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return new StreamPage(context, page, cdp);
  }

  private async reroute(route: Route): Promise<void> {
    const request = route.request();
    const headers = { ...request.headers(), 'x-demo-pace': String(this.source.pace) };
    if (this.source.kind === 'long') {
      this.streamNo += 1;
      await route.continue({
        url: this.source.url,
        headers: {
          ...headers,
          'x-bench-stream': String(this.streamNo),
          'x-bench-kind': this.source.answer ?? 'text',
        },
      });
      return;
    }
    const body = { ...(request.postDataJSON() as Record<string, unknown>), max_tokens: 4000 };
    const { seed } = longestDemoSeed(body);
    await route.continue({ headers, postData: JSON.stringify({ ...body, seed }) });
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  async metrics(): Promise<Metrics> {
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  }

  now(): Promise<number> {
    return this.page.evaluate(() => performance.now());
  }

  snapshot(since: number): Promise<ProbeSnapshot> {
    return this.page.evaluate(
      (t) => (window as unknown as { __benchStream: StreamProbeApi }).__benchStream.snapshot(t),
      since,
    );
  }

  /** Waits until `streams` streams started after `since` have ended and their chunks are painted. Polls a
   * boolean only: serialising the whole record while streaming would cost the page the time being measured. */
  async settle(since: number, streams: number, timeoutMs: number): Promise<ProbeSnapshot> {
    await this.page
      .waitForFunction(
        ([t, n]) => (window as unknown as { __benchStream: StreamProbeApi }).__benchStream.settled(t, n),
        [since, streams] as const,
        { timeout: timeoutMs, polling: 250 },
      )
      .catch(() => {
        // Reported as unpainted chunks or missing streams rather than thrown away.
      });
    // A few more frames, so the frame record covers the last paint.
    await this.page.waitForTimeout(100);
    return this.snapshot(since);
  }
}

function mainThreadTime(before: Metrics, after: Metrics, wallMs: number): MainThreadTime {
  // The counters are in seconds.
  const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  const taskMs = delta('TaskDuration');
  return {
    taskMs,
    scriptMs: delta('ScriptDuration'),
    styleMs: delta('RecalcStyleDuration'),
    layoutMs: delta('LayoutDuration'),
    busyPct: wallMs > 0 ? (taskMs / wallMs) * 100 : 0,
  };
}

export function analyse(
  name: string,
  source: Source,
  snap: ProbeSnapshot,
  overheadBefore: number,
  metrics: { before: Metrics; after: Metrics; wallMs: number },
): StreamRun {
  const painted = snap.chunks.filter((c) => c.paintedAt >= 0);
  const start = Math.min(...snap.streams.map((s) => s.startedAt));
  const end = Math.max(...painted.map((c) => c.paintedAt), ...snap.streams.map((s) => s.endedAt));
  const frames = snap.frames.filter((t) => t >= start && t <= end);
  const intervals = frames.slice(1).map((t, i) => t - (frames[i] as number));
  const typical = median(intervals);
  const dropped = intervals.filter((d) => d > 1.5 * typical).length;
  const longTasks = snap.longTasks.filter((t) => t.start + t.duration >= start && t.start <= end);
  return {
    name,
    panes: snap.streams.length,
    pace: source.pace,
    source: source.kind === 'demo' ? 'demo server' : 'bench long source',
    tokensPerPane: snap.streams.map((s) => s.tokens),
    durationMs: end - start,
    lag: summarize(painted.map((c) => c.paintedAt - c.arrivedAt)),
    domLag: summarize(snap.chunks.filter((c) => c.domAt >= 0).map((c) => c.domAt - c.arrivedAt)),
    chunks: snap.chunks.length,
    unpainted: snap.chunks.length - painted.length,
    longTasks: {
      count: longTasks.length,
      maxMs: Math.max(0, ...longTasks.map((t) => t.duration)),
      list: longTasks.map((t) => ({ at: t.start - start, ms: t.duration })),
    },
    frames: {
      count: frames.length,
      medianIntervalMs: typical,
      dropped,
      droppedPct: intervals.length > 0 ? (dropped / intervals.length) * 100 : 0,
    },
    worstFrames: snap.longFrames
      .filter((f) => f.start >= start && f.start <= end)
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 3),
    probeOverheadMs: snap.overheadMs - overheadBefore,
    mainThread: mainThreadTime(metrics.before, metrics.after, metrics.wallMs),
  };
}

export async function runOnce(
  sp: StreamPage,
  name: string,
  source: Source,
  start: () => Promise<void>,
  streams: number,
): Promise<StreamRun> {
  sp.source = source;
  const before = await sp.snapshot(Number.POSITIVE_INFINITY);
  const metricsBefore = await sp.metrics();
  const since = await sp.now();
  const wallStart = performance.now();
  await start();
  const timeout = source.kind === 'long' ? 60_000 : 20_000;
  const snap = await sp.settle(since, streams, timeout);
  const metrics = { before: metricsBefore, after: await sp.metrics(), wallMs: performance.now() - wallStart };
  return analyse(name, source, snap, before.overheadMs, metrics);
}

const clickRun = (sp: StreamPage) => () => sp.page.getByRole('button', { name: 'Run', exact: true }).click();

/** One pane in the chat view: the demo's own answer, and the long answer, each fast and at 300 tokens/s. */
export async function benchSinglePane(
  browser: Browser,
  origin: string,
  longUrl: string,
): Promise<StreamRun[]> {
  const sp = await StreamPage.open(browser, origin);
  try {
    // Warm-up: the first answer loads the markdown chunk and compiles the code paths; runs after it are measured.
    await runOnce(sp, 'warm-up', { kind: 'demo', pace: 10_000 }, clickRun(sp), 1);
    const runs: StreamRun[] = [];
    for (const [name, source] of [
      ['1 pane, demo answer, max pace', { kind: 'demo', pace: MAX_PACE }],
      ['1 pane, demo answer, 300 tok/s', { kind: 'demo', pace: 300 }],
      [
        `1 pane, 4000 tokens, the demo's max pace (${MAX_PACE} tok/s): the ceiling`,
        { kind: 'long', pace: MAX_PACE, url: longUrl },
      ],
      ['1 pane, 4000 tokens, 300 tok/s', { kind: 'long', pace: 300, url: longUrl }],
    ] as const) {
      runs.push(await runOnce(sp, name, source, clickRun(sp), 1));
    }
    return runs;
  } finally {
    await sp.close();
  }
}

export const COMPARE_PANES = 6;

/** Whether the app has a Compare view; checked in a real page, since the view is still being built. */
export async function compareAvailable(browser: Browser, origin: string): Promise<boolean> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/?model=${CHAT_MODEL}`);
    await page.getByRole('button', { name: 'Settings' }).waitFor({ timeout: 10_000 });
    return (await page.getByRole('button', { name: 'Compare', exact: true }).count()) > 0;
  } finally {
    await context.close();
  }
}

/** Issue 14's pace: what the fastest providers stream, per pane. */
export const FAST_PACE = 2000;

export const COMPARE_RUN_NAMES = {
  text: `${COMPARE_PANES} panes, 4000 tokens each (markdown with code and tables), ${FAST_PACE} tok/s each`,
  reasoningTools: `${COMPARE_PANES} panes, 4000 tokens each as reasoning + tool-call arguments, ${FAST_PACE} tok/s each`,
};

/** Opens Compare with COMPARE_PANES panes and waits until every pane can run; returns the Run all click. */
export async function openComparePanes(page: Page): Promise<() => Promise<void>> {
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const panes = page.getByRole('region', { name: /^Pane \d+$/ });
  await panes.first().waitFor();
  for (let i = await panes.count(); i < COMPARE_PANES; i++) {
    await page.getByRole('button', { name: 'Add pane' }).click();
    await panes.nth(i).waitFor();
  }
  // Every pane needs its model's details before it can run.
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('section[aria-label^="Pane "] button')].filter(
        (b) => b.textContent === 'Run' && !(b as HTMLButtonElement).disabled,
      ).length >= n,
    COMPARE_PANES,
    { timeout: 15_000 },
  );
  return () => page.getByRole('button', { name: 'Run all' }).click();
}

/** Six panes in the Compare view, all streaming the long answer at 2,000 tokens/s, as text and as reasoning and
 * tool-call arguments (issue 11: a quarter reasoning, the rest arguments, one token per event). */
export async function benchCompare(browser: Browser, origin: string, longUrl: string): Promise<StreamRun[]> {
  // Wide enough for the view's three columns of panes.
  const sp = await StreamPage.open(browser, origin, { width: 1600, height: 1000 });
  const { page } = sp;
  try {
    const runAll = await openComparePanes(page);
    await runOnce(sp, 'warm-up', { kind: 'long', pace: FAST_PACE, url: longUrl }, runAll, COMPARE_PANES);
    const text = await runOnce(
      sp,
      COMPARE_RUN_NAMES.text,
      { kind: 'long', pace: FAST_PACE, url: longUrl },
      runAll,
      COMPARE_PANES,
    );
    const reasoningTools = await runOnce(
      sp,
      COMPARE_RUN_NAMES.reasoningTools,
      { kind: 'long', pace: FAST_PACE, url: longUrl, answer: 'reasoning-tools' },
      runAll,
      COMPARE_PANES,
    );
    return [text, reasoningTools];
  } finally {
    await sp.close();
  }
}

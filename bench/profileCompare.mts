// Not part of `npm run bench`: a CPU profile (CDP Profiler) of the six-pane 2,000 tok/s Compare run, its self
// time summed by function and file, to see what each frame costs. `npx tsx --tsconfig tsconfig.node.json
// bench/profileCompare.mts [text|reasoning-tools]`; BENCH_DIST=dir profiles another build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { SourceMapConsumer } from 'source-map-js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { startLongSource } from './longSource';
import { startServer } from './server';
import { COMPARE_PANES, FAST_PACE, openComparePanes, runOnce, StreamPage } from './streaming';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
const kind = process.argv[2] === 'reasoning-tools' ? 'reasoning-tools' : 'text';
const long = await startLongSource(4000);
const server = await startServer(process.cwd(), process.env.BENCH_DIST ?? 'dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const sp = await StreamPage.open(browser, server.origin, { width: 1600, height: 1000 });
  const { page } = sp;
  const runAll = await openComparePanes(page);
  const source = { kind: 'long', pace: FAST_PACE, url: long.url, answer: kind } as const;
  await runOnce(sp, 'warm-up', source, runAll, COMPARE_PANES);
  if (process.env.TRACE) {
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    await runOnce(sp, 'traced', source, runAll, COMPARE_PANES);
    const buffer = await browser.stopTracing();
    const { traceEvents } = JSON.parse(buffer.toString()) as {
      traceEvents: { name: string; ph: string; dur?: number; tdur?: number; tid: number; pid: number }[];
    };
    // The renderer main thread: the one with the most FunctionCall time.
    const byThread = new Map<string, Map<string, number>>();
    for (const e of traceEvents) {
      if (e.ph !== 'X' || !e.dur) continue;
      const t = `${e.pid}:${e.tid}`;
      const m = byThread.get(t) ?? new Map<string, number>();
      // Thread time (tdur), not wall time: on a loaded machine it is the figure that compares.
      m.set(e.name, (m.get(e.name) ?? 0) + (e.tdur ?? e.dur) / 1000);
      byThread.set(t, m);
    }
    const main = [...byThread].sort((a, b) => (b[1].get('RunTask') ?? 0) - (a[1].get('RunTask') ?? 0));
    const [, m] = main[0] ?? ['', new Map<string, number>()];
    const names = [
      'RunTask',
      'FunctionCall',
      'FireAnimationFrame',
      'ParseHTML',
      'Paint',
      'Layout',
      'UpdateLayoutTree',
      'PrePaint',
      'Commit',
      'Layerize',
      'MinorGC',
      'MajorGC',
    ];
    console.log(`thread time: ${names.map((n) => `${n} ${(m.get(n) ?? 0).toFixed(0)}`).join(', ')}`);
    if (process.env.TRACE === 'only') process.exit(0);
  }
  const cdp = await sp.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const run = await runOnce(sp, 'profiled', source, runAll, COMPARE_PANES);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Minified names say little: each frame is named by its original source and line (the build's source maps).
  const maps = new Map<string, SourceMapConsumer | null>();
  const original = (url: string, line: number, column: number): string => {
    const file = url.split('/').pop() ?? '';
    if (!maps.has(file)) {
      const path = join(process.cwd(), process.env.BENCH_DIST ?? 'dist', 'assets', `${file}.map`);
      maps.set(file, existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null);
    }
    const pos = maps.get(file)?.originalPositionFor({ line: line + 1, column });
    return pos?.source
      ? `${pos.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${pos.line} ${pos.name ?? ''}`
      : `${file}:${line}`;
  };
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    const key = url.includes('/assets/')
      ? original(url, lineNumber, columnNumber)
      : `${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log(
    `p95 lag ${run.lag.p95.toFixed(1)} ms, task ${run.mainThread.taskMs.toFixed(0)} ms, script ${run.mainThread.scriptMs.toFixed(0)} ms`,
  );
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  await sp.close();
} finally {
  await browser.close();
  await server.stop();
  await long.stop();
}

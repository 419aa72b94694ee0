// `npm run bench:firstload`: only the first-load figures (sections 1 and 1b of `npm run bench`): Yoke's initial
// JavaScript, the stack floor built in the same run, and navigation → usable Run button at 4× CPU throttling.
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { measureBundle } from './bundle';
import { benchUsableRun, firstLoadLines, measureFloor } from './firstload';
import { buildIfStale, startServer } from './server';

const root = process.cwd();
// BENCH_DIST=dir measures another build as built (as npm run bench does), for before/after in one session.
const other = process.env.BENCH_DIST;
console.error(other ? `measuring ${other}/ as built (BENCH_DIST, no build)` : buildIfStale(root).note);
const yoke = measureBundle(`${root}/${other ?? 'dist'}`);
const floor = await measureFloor(root, yoke).catch((e: unknown) => ({ error: String(e) }));
const server = await startServer(root, other ?? 'dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const usable = await benchUsableRun(browser, server.origin).catch((e: unknown) => ({ error: String(e) }));
  const top = yoke.composition
    .slice(0, 12)
    .map((g) => `${g.group} ~${(g.gzipEstimate / 1000).toFixed(1)} kB`);
  console.log(`Yoke initial JS ${(yoke.initialJsTotal.gzip / 1000).toFixed(1)} kB gzip: ${top.join(', ')}`);
  console.log(firstLoadLines(yoke, floor, usable).join('\n'));
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await browser.close();
  await server.stop();
}

// `npm run bench:evaluate`: only the evaluation grid's figures (section 7 of `npm run bench`), for working on it.
// PROFILE=/tmp/eval.cpuprofile also records a CPU profile of the run (open it in Chrome DevTools).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { benchEvaluation, evaluationLines } from './evaluate';
import { buildIfStale, startServer } from './server';

// BENCH_DIST=dist-before measures another build as built (no rebuild), as `npm run bench` does: A/B in one session.
const other = process.env.BENCH_DIST;
console.error(
  other ? `measuring ${other}/ as built (BENCH_DIST, no build)` : buildIfStale(process.cwd()).note,
);
const server = await startServer(process.cwd(), other ?? 'dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const result = await benchEvaluation(browser, server.origin, process.env.PROFILE);
  console.log(evaluationLines(result).join('\n'));
  // Where the long tasks fell (ms after Run all cases): the start-up, or the fill.
  if (!('error' in result) && result.longTasks.list.length > 0)
    console.log(
      `   long tasks at: ${result.longTasks.list.map((t) => `+${t.at} ms ${t.ms.toFixed(0)} ms`).join(', ')}`,
    );
} finally {
  await browser.close();
  await server.stop();
}

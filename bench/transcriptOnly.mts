// `npm run bench:transcript`: only the 200-turn conversation's figures (sections 3b and 3c of `npm run bench`).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { buildIfStale, startServer } from './server';
import { benchTranscriptTyping } from './transcript';
import { benchTranscriptScroll, transcriptScrollLines } from './transcriptScroll';

// BENCH_DIST=dist-before measures another build as built (no rebuild), as `npm run bench` does: A/B in one session.
const other = process.env.BENCH_DIST;
console.error(
  other ? `measuring ${other}/ as built (BENCH_DIST, no build)` : buildIfStale(process.cwd()).note,
);
const server = await startServer(process.cwd(), other ?? 'dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const typing = await benchTranscriptTyping(browser, server.origin);
  console.log(
    `3b. typing, ${typing.rendered} turns rendered: work p95 ${typing.processing.p95.toFixed(1)} ms, keydown → painted p95 ${typing.toPaint.p95.toFixed(1)} ms (16 ms of work: ${typing.processing.p95 <= 16.7 ? 'met' : 'MISSED'})`,
  );
  console.log(transcriptScrollLines(await benchTranscriptScroll(browser, server.origin)).join('\n'));
} finally {
  await browser.close();
  await server.stop();
}

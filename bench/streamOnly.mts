// `npm run bench:stream`: only the streaming figures of `npm run bench` (section 4: one pane, six Compare panes
// at 2,000 tok/s, and the common approach side by side). BENCH_DIST=dir measures another build, as in run.ts;
// STREAM_SKIP_SINGLE=1 and STREAM_SKIP_COMMON=1 skip the one-pane rows and the common page, for quicker A/B
// runs of the six panes.
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { benchCommon, buildCommonPage } from './common';
import { startLongSource } from './longSource';
import { streamingSection } from './report';
import { buildIfStale, startServer } from './server';
import { benchCompare, benchSinglePane } from './streaming';

const root = process.cwd();
const otherDist = process.env.BENCH_DIST;
console.error(otherDist ? `measuring ${otherDist}/ as built` : buildIfStale(root).note);
const loadBefore = loadavg();
const long = await startLongSource(4000, await buildCommonPage(root));
const server = await startServer(root, otherDist ?? 'dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const streaming = process.env.STREAM_SKIP_SINGLE
    ? []
    : await benchSinglePane(browser, server.origin, long.url);
  const compare = await benchCompare(browser, server.origin, long.url);
  const common = process.env.STREAM_SKIP_COMMON ? [] : await benchCommon(browser, long.commonUrl, long.url);
  console.log(
    `load average before ${loadBefore.map((v) => v.toFixed(2)).join(' / ')}, after ${loadavg()
      .map((v) => v.toFixed(2))
      .join(' / ')}`,
  );
  console.log(streamingSection({ streaming, compare, common }).join('\n'));
} finally {
  await browser.close();
  await server.stop();
  await long.stop();
}

// `npm run bench:evaluate`: only the evaluation grid's figures (section 7 of `npm run bench`), for working on it.
// PROFILE=/tmp/eval.cpuprofile also records a CPU profile of the run (open it in Chrome DevTools).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { benchEvaluation, evaluationLines } from './evaluate';
import { buildIfStale, startServer } from './server';

console.error(buildIfStale(process.cwd()).note);
const server = await startServer(process.cwd());
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  console.log(evaluationLines(await benchEvaluation(browser, server.origin, process.env.PROFILE)).join('\n'));
} finally {
  await browser.close();
  await server.stop();
}

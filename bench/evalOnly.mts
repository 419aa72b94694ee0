import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { benchEvaluation, evaluationLines } from './evaluate';
import { startServer } from './server';

const server = await startServer('/work/main');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const r = await benchEvaluation(browser, server.origin, process.env.PROFILE);
  console.log(evaluationLines(r).join('\n'));
  console.log(JSON.stringify(r.longTasks.list));
} catch (e) {
  console.error(e);
}
await browser.close();
await server.stop();

// `npm run bench:form`: only the parameter form's figures (sections 2 and 3 of `npm run bench`) and the hostile
// schemas (section 5, which renders through the same form). BENCH_DIST=dir measures another build, as in run.ts.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { benchHostileSchemas, formatHostileSchemas } from './hostileSchemas';
import { benchParamsForm } from './paramsForm';
import { formSection } from './report';
import { buildIfStale, startServer } from './server';

const root = process.cwd();
const other = process.env.BENCH_DIST;
console.error(other ? `measuring ${other}/ as built (BENCH_DIST, no build)` : buildIfStale(root).note);
const server = await startServer(root, other ?? 'dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const form = await benchParamsForm(browser, server.origin, { coldLoads: 7, warmSwitches: 10 }).catch(
    (e: unknown) => ({ error: String(e) }),
  );
  console.log(formSection(form).join('\n'));
  if (!process.env.BENCH_FORM_ONLY) {
    console.log(formatHostileSchemas(await benchHostileSchemas(browser, server.origin)).join('\n'));
  }
} finally {
  await browser.close();
  await server.stop();
}

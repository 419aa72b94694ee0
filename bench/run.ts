// `npm run bench`: builds the app if dist/ is stale, starts the real server on a free 127.0.0.1 port and
// measures the initial bundle, the 40-field parameter form, typing in it, and streaming (one pane and six
// Compare panes) in headless Chromium, checking a 200 KB structured answer against its schema (in Node), and a
// 3,000-cell evaluation grid filling in Chromium.
// Prints a report and writes it as JSON to dist/bench-latest.json.
// Figures are printed, never asserted: budgets get a met/MISSED verdict.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { loadSchemaEngine } from '../src/domain/schema';
import { measureBundle } from './bundle';
import { benchCommon, buildCommonPage } from './common';
import { benchEvaluation } from './evaluate';
import { benchUsableRun, measureFloor } from './firstload';
import { benchHostileSchemas } from './hostileSchemas';
import { startLongSource } from './longSource';
import { benchParamsForm } from './paramsForm';
import { type BenchResults, formatReport } from './report';
import { buildIfStale, type RunningServer, startServer } from './server';
import { scriptsFetchedAtStartup } from './startupFetch';
import { benchCompare, benchSinglePane, compareAvailable } from './streaming';
import { benchStructuredOutput } from './structuredOutput';
import { benchTranscriptTyping } from './transcript';
import { benchTranscriptScroll } from './transcriptScroll';

const ROOT = process.cwd();
// BENCH_DIST=dir measures another build (say, the tree before a change, built into dist-before/) with this
// bench, so before and after come from the same probes in the same session; it is never rebuilt.
const OTHER_DIST = process.env.BENCH_DIST;
const DIST = join(ROOT, OTHER_DIST ?? 'dist');
// The whole run must stay bounded even if a page hangs: past this, clean up and exit with what we have.
const WATCHDOG_MS = 540_000;
const LONG_ANSWER_TOKENS = 4000;

function message(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

async function attempt<T, F>(
  label: string,
  fn: () => Promise<T>,
  fallback: (error: string) => F,
): Promise<T | F> {
  const started = performance.now();
  try {
    const value = await fn();
    console.error(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    console.error(`  ${label} failed: ${error instanceof Error ? error.stack : String(error)}`);
    return fallback(message(error));
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg();
  console.error('Yoke bench: preparing…');
  const build = OTHER_DIST
    ? { built: false, note: `measuring ${OTHER_DIST}/ as built (BENCH_DIST, no build)` }
    : buildIfStale(ROOT);
  console.error(`  ${build.note}`);
  const bundle = measureBundle(DIST);
  const floor = await attempt(
    'stack floor build',
    () => measureFloor(ROOT, bundle),
    (error) => ({ error }),
  );

  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const commonDir = await attempt(
    'common-approach page build',
    () => buildCommonPage(ROOT),
    () => undefined,
  );
  const long = await startLongSource(LONG_ANSWER_TOKENS, commonDir);
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
    await long.stop().catch(() => {});
  };
  const watchdog = setTimeout(() => {
    console.error(`bench: over ${WATCHDOG_MS / 1000} s, giving up`);
    void cleanup().finally(() => process.exit(1));
  }, WATCHDOG_MS);
  try {
    server = await startServer(ROOT, OTHER_DIST ?? 'dist');
    const origin = server.origin;
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
    });
    const b = browser;
    const startupFetched = await attempt(
      'startup requests',
      () => scriptsFetchedAtStartup(b, origin),
      () => [],
    );
    const usableRun = await attempt(
      'usable Run button, CPU 4×',
      () => benchUsableRun(b, origin),
      (error) => ({ error }),
    );
    const form = await attempt(
      'parameter form',
      () => benchParamsForm(b, origin, { coldLoads: 7, warmSwitches: 10 }),
      (error) => ({ error }),
    );
    const transcript = await attempt(
      'typing with 200 turns',
      () => benchTranscriptTyping(b, origin),
      (error) => ({ error }),
    );
    const transcriptScroll = await attempt(
      'scrolling 200 turns',
      () => benchTranscriptScroll(b, origin),
      (error) => ({ error }),
    );
    const streaming = await attempt(
      'streaming, one pane',
      () => benchSinglePane(b, origin, long.url),
      (error) => ({
        error,
      }),
    );
    const compare = await attempt(
      'streaming, six panes',
      async () =>
        (await compareAvailable(b, origin))
          ? benchCompare(b, origin, long.url)
          : { unavailable: 'compare view not available' },
      (error) => ({ error }),
    );
    const common = await attempt(
      'streaming, common approach',
      async () => {
        if (!commonDir) throw new Error('the common-approach page did not build');
        return benchCommon(b, long.commonUrl, long.url);
      },
      (error) => ({ error }),
    );
    const hostile = await attempt(
      'hostile schemas',
      () => benchHostileSchemas(b, origin),
      (error) => ({ error }),
    );
    const structured = await attempt(
      'structured output check',
      async () => {
        // The app loads ajv on demand (its own chunk); the check under test needs it in first.
        await loadSchemaEngine();
        return benchStructuredOutput();
      },
      (error) => ({ error }),
    );
    const evaluation = await attempt(
      'evaluation grid, 3,000 cells',
      () => benchEvaluation(b, origin),
      (error) => ({ error }),
    );
    const results: BenchResults = {
      context: {
        startedAt,
        cpus: cpus().length,
        loadBefore,
        loadAfter: loadavg(),
        build: build.note,
        browser: `Chromium ${b.version()} headless, ${CHROMIUM_ARGS.join(' ')}`,
      },
      bundle,
      startupFetched,
      floor,
      usableRun,
      form,
      streaming,
      compare,
      common,
      hostile,
      transcript,
      transcriptScroll,
      structured,
      evaluation,
      seconds: (performance.now() - started) / 1000,
    };
    console.log(formatReport(results));
    writeFileSync(join(DIST, 'bench-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`JSON: ${OTHER_DIST ?? 'dist'}/bench-latest.json`);
  } finally {
    clearTimeout(watchdog);
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

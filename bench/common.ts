// Issue 14's side-by-side: the same six streams (same source, same pace, same probe and CDP counters) rendered
// by a bench-only page the way most chat UIs do it (bench/common/: react-markdown over the whole answer on every
// token). Built here with Vite into dist-bench-common/ (gitignored), never into the app's dist/.
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { COMPARE_PANES, FAST_PACE, runOnce, StreamPage, type StreamRun } from './streaming';

export const COMMON_OUT_DIR = 'dist-bench-common';

/** Builds bench/common/ for serving under /common/ (by the long source); returns the output directory. */
export async function buildCommonPage(root: string): Promise<string> {
  const outDir = join(root, COMMON_OUT_DIR);
  await build({
    root: join(root, 'bench', 'common'),
    base: '/common/',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}

/** The common-approach page streaming six answers at 2,000 tokens/s, as text and as reasoning + tool arguments. */
export async function benchCommon(
  browser: Browser,
  commonUrl: string,
  longUrl: string,
): Promise<StreamRun[]> {
  const sp = await StreamPage.openBare(browser, { width: 1600, height: 1000 });
  const { page } = sp;
  try {
    await page.goto(`${commonUrl}?panes=${COMPARE_PANES}`);
    const runAll = (kind: string) => async () => {
      await page.evaluate(
        ([pace, k]) => {
          document.body.dataset.pace = pace;
          document.body.dataset.kind = k;
        },
        [String(FAST_PACE), kind] as const,
      );
      await page.getByRole('button', { name: 'Run all' }).click();
    };
    const source = { kind: 'long', pace: FAST_PACE, url: longUrl } as const;
    await runOnce(sp, 'warm-up', source, runAll('text'), COMPARE_PANES);
    const text = await runOnce(
      sp,
      `common approach: ${COMPARE_PANES} panes, 4000 tokens each, ${FAST_PACE} tok/s each, react-markdown + remark-gfm per token`,
      source,
      runAll('text'),
      COMPARE_PANES,
    );
    const reasoningTools = await runOnce(
      sp,
      `common approach: ${COMPARE_PANES} panes, reasoning + tool-call arguments, ${FAST_PACE} tok/s each, react-markdown per token`,
      { ...source, answer: 'reasoning-tools' },
      runAll('reasoning-tools'),
      COMPARE_PANES,
    );
    return [text, reasoningTools];
  } finally {
    await sp.close();
  }
}

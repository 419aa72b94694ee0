// First load (issue 14): Yoke's initial JavaScript against the stack floor — a one-screen app on the same stack
// (bench/floor/), built here with Vite into a temp dir and measured the way bundle.ts measures Yoke — and the
// time from navigation to a usable Run button (enabled, demo model loaded) with Chromium's CPU throttled 4×.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { type BundleReport, measureBundle } from './bundle';
import { addProbe } from './pageScript';
import { type Summary, summarize } from './stats';

export const FLOOR_RATIO_BUDGET = 0.6;
export const USABLE_RUN_BUDGET_MS = 1500;
const CPU_THROTTLE = 4;

export interface FloorResult {
  floor: BundleReport;
  ratio: number;
}

/** Builds bench/floor/ (its own entry, no app code) and measures its initial JavaScript. */
export async function measureFloor(root: string, yoke: BundleReport): Promise<FloorResult> {
  const outDir = mkdtempSync(join(tmpdir(), 'yoke-floor-'));
  try {
    await build({
      root: join(root, 'bench', 'floor'),
      configFile: false,
      logLevel: 'warn',
      plugins: [react(), tailwindcss()],
      build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: true },
    });
    const floor = measureBundle(outDir);
    return { floor, ratio: yoke.initialJsTotal.gzip / floor.initialJsTotal.gzip };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

interface UsableProbe {
  usableAt?: number;
}

/** In the page: the first moment (ms since navigation) the Run button is enabled and the model card shows. */
function usableRunProbe(): void {
  const w = window as unknown as { __usable: UsableProbe };
  w.__usable = {};
  const check = () => {
    if (w.__usable.usableAt !== undefined) return;
    const heading = document.querySelector('section[aria-label="Model card"] :is(h1,h2,h3,h4)');
    const run = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Run');
    if (heading && run && !run.disabled && run.getAttribute('aria-disabled') !== 'true') {
      w.__usable.usableAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

export interface UsableRunResult {
  throttle: number;
  samples: number[];
  summary: Summary;
}

/** Cold loads of / (new context each: no cache, no storage) with the CPU throttled. */
export async function benchUsableRun(browser: Browser, origin: string, loads = 5): Promise<UsableRunResult> {
  const samples: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await addProbe(page, usableRunProbe, undefined);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
      await page.goto(`${origin}/`);
      await page.waitForFunction(
        () => (window as unknown as { __usable: UsableProbe }).__usable.usableAt !== undefined,
        undefined,
        { timeout: 30_000 },
      );
      samples.push(
        await page.evaluate(() => (window as unknown as { __usable: UsableProbe }).__usable.usableAt ?? NaN),
      );
    } finally {
      await context.close();
    }
  }
  return { throttle: CPU_THROTTLE, samples, summary: summarize(samples) };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

export function firstLoadLines(
  yoke: BundleReport,
  floor: FloorResult | { error: string },
  usable: UsableRunResult | { error: string },
): string[] {
  const out = ['1b. First load against the stack floor'];
  if ('error' in floor) out.push(`   stack floor build failed: ${floor.error}`);
  else {
    const top = floor.floor.composition
      .slice(0, 6)
      .map((g) => `${g.group} ~${kB(g.gzipEstimate)}`)
      .join(', ');
    out.push(
      `   stack floor (react-dom, @rjsf/core + validator-ajv8, react-query, zustand, tailwind; one screen): ` +
        `${kB(floor.floor.initialJsTotal.gzip)} gzip initial JS (${top})`,
      `   Yoke ${kB(yoke.initialJsTotal.gzip)} ÷ floor = ${floor.ratio.toFixed(2)}; ` +
        `budget ≤ ${FLOOR_RATIO_BUDGET}: ${verdict(floor.ratio <= FLOOR_RATIO_BUDGET)}`,
    );
  }
  if ('error' in usable) out.push(`   usable Run button: failed (${usable.error})`);
  else {
    const s = usable.summary;
    out.push(
      `   navigation → usable Run button (enabled, demo model loaded), CPU throttled ${usable.throttle}×, ` +
        `cold loads: median ${s.median.toFixed(0)} ms, max ${s.max.toFixed(0)} ms (n=${s.count})`,
      `   budget < ${USABLE_RUN_BUDGET_MS} ms: ${verdict(s.max < USABLE_RUN_BUDGET_MS)} (worst load)`,
    );
  }
  return out;
}

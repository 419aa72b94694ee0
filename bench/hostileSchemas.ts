// The schemas that froze the page (issue 8, M4), each loaded cold in Chromium against the real app: from the
// model details' arrival to a usable parameter panel (the form, or the JSON editor with its notice), and the
// longest task meanwhile. Budget: usable within 1 s, the page never frozen.
import type { Browser } from 'playwright-core';
import { hostileSchema, SCHEMA_MODELS } from '../server/testing/hostile';

export interface HostileSchemaSample {
  model: string;
  /** Details response end → a usable parameter panel (ms); null when it never became usable in 15 s. */
  toUsable: number | null;
  longestTaskMs: number;
  /** What the panel shows: the form (simplified or not) or the JSON editor. */
  outcome: string;
}

function inPageProbe(): void {
  const w = window as unknown as { __longest: number };
  w.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

export async function benchHostileSchemas(browser: Browser, origin: string): Promise<HostileSchemaSample[]> {
  const samples: HostileSchemaSample[] = [];
  for (const id of SCHEMA_MODELS) {
    const model = `hostile-${id}`;
    const context = await browser.newContext();
    await context.addInitScript(inPageProbe);
    await context.route(`**/demo/api/ai/models/${model}`, (route) =>
      route.fulfill({ json: { id: model, display_name: model, json_request_schema: hostileSchema(id) } }),
    );
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/?model=${model}`);
      const result = await page
        .waitForFunction(
          (path) => {
            const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith(path));
            const panel = document.querySelector('section[aria-label="Parameters"]');
            const editor = panel?.querySelector('textarea[id$="-json"]');
            const form = panel?.querySelector('.rjsf');
            if (!entry || !(editor || form)) return null;
            return {
              toUsable: performance.now() - (entry as PerformanceResourceTiming).responseEnd,
              outcome: editor
                ? 'JSON editor'
                : panel?.textContent?.includes('simplified')
                  ? 'form (simplified)'
                  : 'form',
            };
          },
          `/models/${model}`,
          { timeout: 15_000, polling: 'raf' },
        )
        .then((handle) => handle.jsonValue())
        .catch(() => null);
      const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
      samples.push({
        model: id,
        toUsable: result?.toUsable ?? null,
        longestTaskMs,
        outcome: result?.outcome ?? 'not usable within 15 s',
      });
    } finally {
      await context.close();
    }
  }
  return samples;
}

export function formatHostileSchemas(samples: readonly HostileSchemaSample[]): string[] {
  const lines = [
    '5. Hostile schemas (issue 8): model details received → a usable parameter panel, cold load',
  ];
  for (const s of samples) {
    const ms = s.toUsable === null ? 'never' : `${s.toUsable.toFixed(0)} ms`;
    const verdict = s.toUsable !== null && s.toUsable <= 1_000 ? 'met' : 'MISSED';
    lines.push(
      `   ${s.model.padEnd(20)} ${ms.padStart(8)}  longest task ${s.longestTaskMs.toFixed(0)} ms  → ${s.outcome}; budget 1 s: ${verdict}`,
    );
  }
  return lines;
}

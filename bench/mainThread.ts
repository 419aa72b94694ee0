// Chromium's own counters of the page's main thread (CDP Performance.getMetrics), read before and after a span.
// ThreadTime is the CPU time the renderer's main thread got: unlike frame intervals and task durations it does
// not grow when other processes take the cores, so it is the figure to compare before/after on a loaded machine.
import type { CDPSession } from 'playwright-core';

export interface MainThreadCounters {
  /** CPU time of the main thread. */
  cpuMs: number;
  /** Wall time of its tasks (includes time the thread waited for a core). */
  taskMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  layouts: number;
  styleRecalcs: number;
}

const SECONDS = { cpuMs: 'ThreadTime', taskMs: 'TaskDuration', scriptMs: 'ScriptDuration' } as const;

/** The counters now (Performance.enable must have been sent on this session). */
export async function mainThreadCounters(cdp: CDPSession): Promise<MainThreadCounters> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = new Map(metrics.map((x) => [x.name, x.value]));
  const s = (name: string) => (m.get(name) ?? Number.NaN) * 1000;
  return {
    cpuMs: s(SECONDS.cpuMs),
    taskMs: s(SECONDS.taskMs),
    scriptMs: s(SECONDS.scriptMs),
    styleMs: s('RecalcStyleDuration'),
    layoutMs: s('LayoutDuration'),
    layouts: m.get('LayoutCount') ?? Number.NaN,
    styleRecalcs: m.get('RecalcStyleCount') ?? Number.NaN,
  };
}

/** What the main thread did between two readings. */
export function countersBetween(a: MainThreadCounters, b: MainThreadCounters): MainThreadCounters {
  const keys = Object.keys(a) as (keyof MainThreadCounters)[];
  return Object.fromEntries(keys.map((k) => [k, b[k] - a[k]])) as unknown as MainThreadCounters;
}

/** One report line: CPU, then where the tasks' time went. */
export function countersText(c: MainThreadCounters): string {
  const ms = (v: number) => `${Math.round(v)} ms`;
  return `CPU ${ms(c.cpuMs)} (tasks ${ms(c.taskMs)}: script ${ms(c.scriptMs)}, style ${ms(c.styleMs)} in ${c.styleRecalcs}, layout ${ms(c.layoutMs)} in ${c.layouts})`;
}

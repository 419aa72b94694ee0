import type { SuiteRun } from '@/domain/evaluation';

const STATUS_WORDS: Record<SuiteRun['status'], string> = {
  running: 'running',
  done: 'done',
  stopped: 'stopped',
  interrupted: 'interrupted',
};

/** "Run 3 · All cases · 17:02:11 · done": a run by its number, what it covered, when, and how it ended. */
export function runLabel(run: SuiteRun, number: number): string {
  const time = new Date(run.createdAt).toLocaleTimeString([], {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return `Run ${number} · ${run.scope} · ${time} · ${STATUS_WORDS[run.status]}`;
}

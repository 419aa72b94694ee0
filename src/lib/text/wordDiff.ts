// Word-level differences between two answers. The `diff` library is loaded on first use only: most sessions
// never open a diff, so it stays out of the main bundle.

import type { Change } from 'diff';

export interface DiffPart {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

export interface WordDiff {
  parts: DiffPart[];
  inserted: number;
  deleted: number;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The library's change list as parts to render, with how many words each side gained or lost. */
export function toWordDiff(changes: readonly Change[]): WordDiff {
  const parts: DiffPart[] = [];
  let inserted = 0;
  let deleted = 0;
  for (const change of changes) {
    if (change.value === '') continue;
    const kind = change.added ? 'ins' : change.removed ? 'del' : 'same';
    if (kind === 'ins') inserted += wordCount(change.value);
    if (kind === 'del') deleted += wordCount(change.value);
    parts.push({ kind, text: change.value });
  }
  return { parts, inserted, deleted };
}

/** Two answers that differ too much are not worth waiting for: the library gives up after this long. */
const TIMEOUT_MS = 1500;

/** Diffs `left` → `right` (deletions come from left, insertions from right); null when it gave up. */
export async function diffAnswers(left: string, right: string): Promise<WordDiff | null> {
  const { diffWords } = await import('diff');
  const changes = diffWords(left, right, { timeout: TIMEOUT_MS });
  return changes ? toWordDiff(changes) : null;
}

// What the edge readers dropped or changed in a server's data, kept so the user can see why a model lacks a
// name or a field is missing (a header button lists them). In memory only, bounded.

export interface ServerNote {
  /** Which response: "Model list from https://…". */
  source: string;
  notes: string[];
  at: number;
}

const MAX_KEPT = 20;
let kept: ServerNote[] = [];
const listeners = new Set<() => void>();

export function recordServerNotes(source: string, notes: readonly string[]): void {
  if (notes.length === 0) return;
  // The same response read again (a refetch) replaces its earlier entry instead of piling up.
  kept = [...kept.filter((n) => n.source !== source), { source, notes: [...notes], at: Date.now() }].slice(
    -MAX_KEPT,
  );
  for (const listener of listeners) listener();
}

export function serverNotes(): readonly ServerNote[] {
  return kept;
}

export function onServerNotes(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function clearServerNotes(): void {
  kept = [];
  for (const listener of listeners) listener();
}

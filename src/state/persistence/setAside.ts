// Stored state that could not be read back (another version's, a hand-edited or hostile one) is never allowed to
// break the page: the store starts from its defaults, the unreadable text is kept under its own key so nothing
// is lost, and a notice says what happened.

import { browserStorage } from '@/lib/storage';

export interface SetAsideNotice {
  /** Which store: "workbench", "runs", "settings". */
  name: string;
  /** What could not be read, in words. */
  problems: string[];
  /** The localStorage key the unreadable text was kept under (null when it could not be kept). */
  keptAs: string | null;
}

let notices: SetAsideNotice[] = [];
const listeners = new Set<() => void>();

function publish(next: SetAsideNotice[]): void {
  notices = next;
  for (const listener of listeners) listener();
}

/** Keeps `raw` (the stored text, when there is any) and reports `problems` for store `name`. */
export function setAside(name: string, problems: string[], raw: string | null): void {
  if (problems.length === 0) return;
  let keptAs: string | null = null;
  if (raw !== null) {
    keptAs = `yoke.setaside.${name}`;
    browserStorage.setItem(keptAs, raw);
  }
  publish([...notices.filter((n) => n.name !== name), { name, problems: problems.slice(0, 10), keptAs }]);
}

export function setAsideNotices(): readonly SetAsideNotice[] {
  return notices;
}

export function onSetAside(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function dismissSetAside(name: string): void {
  publish(notices.filter((n) => n.name !== name));
}

/** The raw stored text of a persisted store, for setting it aside as it was. */
export function storedText(key: string): string | null {
  return browserStorage.getItem(key);
}

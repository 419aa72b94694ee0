// The images of a run's answer in storage. A drawing model's picture is a data: URL of hundreds of kilobytes, and
// localStorage holds a few megabytes for everything: a picture over the budget is left out of the stored copy
// (kept in this tab) and a note on the stored run says so, so after a reload the answer says what is missing
// instead of showing nothing or breaking the next load.

import { MAX_CHOICE_IMAGES, type RunRecord } from '@/domain/run';
import { checkedImageUrl } from '@/lib/api';

/** One stored data: image at most this long (~300 KB of PNG); larger ones stay in this tab only. */
export const MAX_STORED_IMAGE_CHARS = 400_000;
/** All of one run's stored data: images together at most this long. */
export const RUN_IMAGES_BUDGET_CHARS = 800_000;
/** As many notes as a run record keeps. */
const MAX_NOTES = 20;

function droppedNote(position: number, size: number): string {
  return `Image ${position} from the answer (${size.toLocaleString('en-US')} characters) was too large to keep after a reload; it was shown only in the tab that received it.`;
}

// A finished record never changes: its stored form is worked out once.
const storable = new WeakMap<RunRecord, RunRecord>();

/** The run as it is written: data: images over the budgets replaced by '' (not kept), with a note each. */
export function storableRun(run: RunRecord): RunRecord {
  if (!run.images) return run;
  const known = storable.get(run);
  if (known) return known;
  let used = 0;
  const notes = [...(run.notes ?? [])];
  let changed = false;
  const images = run.images.map((list) => {
    let position = 0;
    return list.map((url) => {
      position += 1;
      if (!url.startsWith('data:')) return url;
      if (url.length <= MAX_STORED_IMAGE_CHARS && used + url.length <= RUN_IMAGES_BUDGET_CHARS) {
        used += url.length;
        return url;
      }
      changed = true;
      const text = droppedNote(position, url.length);
      if (notes.length < MAX_NOTES && !notes.includes(text)) notes.push(text);
      return '';
    });
  });
  const next = changed ? { ...run, images, notes } : run;
  if (run.status !== 'queued' && run.status !== 'running') storable.set(run, next);
  return next;
}

/** Stored images, checked as the edge reader checks an answer's: a list per choice, each entry a data: image,
 * an http(s) link or '' (not kept); anything else becomes ''. Absent or malformed: no images. */
export function storedImages(value: unknown): string[][] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ignored: string[] = [];
  const lists = value.slice(0, 64).map((list) => {
    if (!Array.isArray(list)) return [];
    return list
      .slice(0, MAX_CHOICE_IMAGES)
      .map((url) => (typeof url === 'string' && url !== '' ? (checkedImageUrl(url, '', ignored) ?? '') : ''));
  });
  return lists.some((list) => list.length > 0) ? lists : undefined;
}

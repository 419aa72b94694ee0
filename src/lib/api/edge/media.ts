// Queue answers and direct-call results as the app's types. Servers differ (Oxen's `generation_id` and
// `result_url`, other hosts' `id`, `images[]`, `output`), and any of them may send something hostile: only own
// fields are read, every URL is checked (mediaUrl.ts), lists are bounded, and an unknown status is a note.

import { isRecord } from '@/lib/json';
import type { GenerationJob, GenerationStatus, MediaOutput } from '../types';
import { type OutputKind, outputFromBase64, outputFromUrl } from './mediaUrl';
import { type Notes, note } from './read';

/** More outputs than a request can ask for (num_images tops out well below) are cut, with a note. */
export const MAX_MEDIA_OUTPUTS = 16;
/** A submission answering with more ids than this is not one we made. */
const MAX_GENERATIONS = 16;
const MAX_ID_LENGTH = 200;
const MAX_ERROR_LENGTH = 2_000;
/** How deep `result` / `output` may nest before the reader stops looking. */
const MAX_DEPTH = 3;
/** Entries of one list looked at, valid or not. */
const MAX_ENTRIES_READ = 256;

const STATUS_WORDS: Readonly<Record<string, GenerationStatus>> = {
  queued: 'queued',
  pending: 'queued',
  waiting: 'queued',
  submitted: 'queued',
  processing: 'processing',
  running: 'processing',
  in_progress: 'processing',
  starting: 'processing',
  started: 'processing',
  succeeded: 'succeeded',
  success: 'succeeded',
  successful: 'succeeded',
  completed: 'succeeded',
  complete: 'succeeded',
  done: 'succeeded',
  failed: 'failed',
  failure: 'failed',
  error: 'failed',
  errored: 'failed',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  aborted: 'cancelled',
};

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function readId(raw: Record<string, unknown>, where: string, notes: Notes): string | undefined {
  for (const key of ['generation_id', 'id']) {
    const value = own(raw, key);
    if (value === undefined || value === null) continue;
    const id = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
    if (typeof id === 'string' && id.trim() !== '' && id.length <= MAX_ID_LENGTH) return id;
    note(notes, `${where}: "${key}" is not a usable id; ignored.`);
  }
  return undefined;
}

/** `POST /queue`'s answer: the generation ids, in order; null when it holds none. */
export function readQueueSubmission(json: unknown, notes: Notes): string[] | null {
  let entries: unknown[];
  if (Array.isArray(json)) entries = json;
  else if (isRecord(json) && Array.isArray(own(json, 'generations')))
    entries = own(json, 'generations') as unknown[];
  else if (isRecord(json)) entries = [json];
  else return null;
  if (entries.length > MAX_GENERATIONS) {
    note(notes, `Submission: ${entries.length} generations listed; only the first ${MAX_GENERATIONS} kept.`);
    entries = entries.slice(0, MAX_GENERATIONS);
  }
  const ids: string[] = [];
  entries.forEach((entry, i) => {
    const id = isRecord(entry) ? readId(entry, `Generation ${i + 1}`, notes) : undefined;
    if (id === undefined) note(notes, `Generation ${i + 1} has no id; ignored.`);
    else if (!ids.includes(id)) ids.push(id);
  });
  return ids.length > 0 ? ids : null;
}

function readStatus(raw: Record<string, unknown>, notes: Notes): GenerationStatus {
  const value = own(raw, 'status') ?? own(raw, 'state');
  const word = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (word !== undefined && Object.hasOwn(STATUS_WORDS, word)) return STATUS_WORDS[word] as GenerationStatus;
  const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : 'missing';
  note(notes, `Job: status ${shown} is not one the workbench knows; read as processing.`);
  return 'processing';
}

/** ISO strings, epoch seconds and epoch milliseconds as epoch ms; undefined for null/absent/unreadable. */
function readTime(raw: Record<string, unknown>, key: string, notes: Notes): number | undefined {
  const value = own(raw, key);
  if (value === undefined || value === null) return undefined;
  let ms: number | undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0)
    ms = value < 1e11 ? value * 1000 : value;
  else if (typeof value === 'string' && value.trim() !== '') {
    const numeric = Number(value);
    ms = Number.isFinite(numeric) ? (numeric < 1e11 ? numeric * 1000 : numeric) : Date.parse(value);
  }
  // Before 2000 or after 2200 is not a job's time: a wrong unit or a made-up value.
  if (ms === undefined || !Number.isFinite(ms) || ms < 946_684_800_000 || ms > 7_258_118_400_000) {
    note(notes, `Job: "${key}" is not a time; ignored.`);
    return undefined;
  }
  return Math.round(ms);
}

function readErrorMessage(raw: Record<string, unknown>): string | undefined {
  const candidates = [own(raw, 'error_message'), own(raw, 'error'), own(raw, 'failure_reason')];
  for (const value of candidates) {
    let message: unknown = value;
    if (isRecord(value)) message = own(value, 'message') ?? own(value, 'detail') ?? own(value, 'title');
    if (typeof message === 'string' && message.trim() !== '') {
      const trimmed = message.trim();
      return trimmed.length > MAX_ERROR_LENGTH ? `${trimmed.slice(0, MAX_ERROR_LENGTH)}…` : trimmed;
    }
  }
  return undefined;
}

/** `GET /queue/{id}` (and DELETE's answer) as a GenerationJob; null when it is not an object or has no id. */
export function readGenerationJob(
  json: unknown,
  notes: Notes,
  opts: { expectedId?: string; kind?: OutputKind } = {},
): GenerationJob | null {
  if (!isRecord(json)) return null;
  // Some hosts wrap the job: {generation: {...}} or {data: {...}}.
  const inner = own(json, 'generation') ?? own(json, 'data');
  const raw = isRecord(inner) && own(json, 'status') === undefined ? inner : json;
  const generationId = readId(raw, 'Job', notes) ?? opts.expectedId;
  if (generationId === undefined) return null;
  const job: GenerationJob = { generationId, status: readStatus(raw, notes), outputs: [] };
  job.outputs = readMediaOutputs(raw, notes, opts.kind);
  const errorMessage = readErrorMessage(raw);
  if (errorMessage !== undefined) job.errorMessage = errorMessage;
  const createdAt = readTime(raw, 'created_at', notes);
  const startedAt = readTime(raw, 'started_at', notes);
  const completedAt = readTime(raw, 'completed_at', notes) ?? readTime(raw, 'finished_at', notes);
  if (createdAt !== undefined) job.createdAt = createdAt;
  if (startedAt !== undefined) job.startedAt = startedAt;
  if (completedAt !== undefined) job.completedAt = completedAt;
  return job;
}

class Collector {
  readonly outputs: MediaOutput[] = [];
  private cut = false;
  constructor(private readonly notes: Notes) {}

  add(output: MediaOutput | string, where: string): void {
    if (typeof output === 'string') {
      note(this.notes, `${where} is ${output}; left out.`);
      return;
    }
    if (this.outputs.some((known) => known.url === output.url)) return;
    if (this.outputs.length >= MAX_MEDIA_OUTPUTS) {
      if (!this.cut) note(this.notes, `More than ${MAX_MEDIA_OUTPUTS} results; the rest were left out.`);
      this.cut = true;
      return;
    }
    this.outputs.push(output);
  }
}

/** One entry of a result list: a URL string, or `{url}` / `{b64_json}` (also `uri`, `image_url`, `video_url`);
 * null when it was an object whose own lists were read into `into` instead. */
function entryOutput(
  entry: unknown,
  hint: OutputKind,
  where: string,
  into: Collector,
  depth: number,
): MediaOutput | string | null {
  if (typeof entry === 'string') return outputFromUrl(entry, hint);
  if (!isRecord(entry)) return 'not a URL or an object';
  const b64 = own(entry, 'b64_json');
  if (typeof b64 === 'string') return outputFromBase64(b64);
  for (const key of ['url', 'uri', 'image_url', 'video_url', 'audio_url']) {
    const value = own(entry, key);
    const url = isRecord(value) ? own(value, 'url') : value;
    if (typeof url === 'string') return outputFromUrl(url, hint);
  }
  if (depth < MAX_DEPTH) {
    const before = into.outputs.length;
    collect(entry, hint, where, into, depth + 1);
    if (into.outputs.length > before) return null;
  }
  return 'an object without a URL';
}

function readList(value: unknown, hint: OutputKind, where: string, into: Collector, depth: number): void {
  const entries = Array.isArray(value) ? value : [value];
  // Reading stops at a bound: a list of a million entries costs no more than one of a few hundred.
  entries.slice(0, MAX_ENTRIES_READ).forEach((entry, i) => {
    const at = Array.isArray(value) ? `${where} ${i + 1}` : where;
    const output = entryOutput(entry, hint, at, into, depth);
    if (output !== null) into.add(output, at);
  });
  if (entries.length > MAX_ENTRIES_READ)
    into.add(`a list of ${entries.length} entries`, `${where} beyond ${MAX_ENTRIES_READ}`);
}

const LIST_FIELDS: ReadonlyArray<{ key: string; hint: OutputKind }> = [
  { key: 'result_urls', hint: 'image' },
  { key: 'result_url', hint: 'image' },
  { key: 'images', hint: 'image' },
  { key: 'videos', hint: 'video' },
  { key: 'audio', hint: 'audio' },
  { key: 'data', hint: 'image' },
  { key: 'result', hint: 'image' },
  { key: 'results', hint: 'image' },
  { key: 'output', hint: 'image' },
  { key: 'outputs', hint: 'image' },
];

function collect(
  raw: Record<string, unknown>,
  hint: OutputKind,
  where: string,
  into: Collector,
  depth: number,
): void {
  for (const field of LIST_FIELDS) {
    const value = own(raw, field.key);
    if (value === undefined || value === null) continue;
    // A video job's `result_url` is a video even when its name does not say so.
    const kind = field.hint === 'image' ? hint : field.hint;
    readList(value, kind, depth === 0 ? `"${field.key}"` : `${where} "${field.key}"`, into, depth);
  }
}

/** Every generated file in `json` (a direct call's `{images: [...]}` / `{videos: [...]}`, a queue job's
 * `result_url(s)`, or a nested `result` / `output`), deduplicated and bounded; `hint` is the kind of an output
 * whose URL does not say what it is. */
export function readMediaOutputs(json: unknown, notes: Notes, hint: OutputKind = 'image'): MediaOutput[] {
  const into = new Collector(notes);
  if (Array.isArray(json)) readList(json, hint, 'Result', into, 0);
  else if (isRecord(json)) collect(json, hint, 'Result', into, 0);
  return into.outputs;
}

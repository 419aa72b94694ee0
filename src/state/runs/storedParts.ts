// The optional parts of a stored run record, checked one by one on load: usage (with its details), reasoning,
// tool calls, images (storedImages.ts), the number of sends and the think state of a run that was still streaming. A bad part is dropped (a bad call or detail
// alone, where that makes sense), never the whole run and never a crash: the answer text is still worth having.

import type { RunRecord, RunToolCall, ThinkState } from '@/domain/run';
import type { Usage } from '@/lib/api';
import { isRecord } from '@/lib/json';
import { storedImages } from './storedImages';

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isCost = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** As many tool calls per choice as the edge reader lets in. */
const MAX_CALLS = 128;
/** More held back than the think splitter ever holds is not a think state. */
const MAX_PENDING = 512;

function storedUsage(value: unknown): Usage | undefined {
  if (!isRecord(value)) return undefined;
  const { prompt_tokens, completion_tokens, total_tokens } = value;
  if (!isCount(prompt_tokens) || !isCount(completion_tokens) || !isCount(total_tokens)) return undefined;
  const usage: Usage = { prompt_tokens, completion_tokens, total_tokens };
  if (isCount(value.reasoning_tokens)) usage.reasoning_tokens = value.reasoning_tokens;
  if (isCount(value.cached_tokens)) usage.cached_tokens = value.cached_tokens;
  if (isCost(value.cost)) usage.cost = value.cost;
  return usage;
}

function storedCall(value: unknown): RunToolCall | null {
  if (!isRecord(value) || !isCount(value.index) || value.index >= MAX_CALLS) return null;
  const { index, id, name, arguments: args } = value;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof args !== 'string') return null;
  return { index, id, name, arguments: args };
}

/** Calls per choice, each list in strictly rising index order (as the record keeps them); bad calls dropped. */
function storedToolCalls(value: unknown): RunToolCall[][] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((list) => {
    if (!Array.isArray(list)) return [];
    const calls: RunToolCall[] = [];
    for (const entry of list.slice(0, MAX_CALLS)) {
      const call = storedCall(entry);
      if (call && call.index > (calls.at(-1)?.index ?? -1)) calls.push(call);
    }
    return calls;
  });
}

function storedThink(value: unknown): ThinkState | null {
  if (!isRecord(value) || typeof value.pending !== 'string' || value.pending.length > MAX_PENDING)
    return null;
  const phase = value.phase;
  return phase === 'lead' || phase === 'inside' || phase === 'after'
    ? { phase, pending: value.pending }
    : null;
}

/** `run` with its optional parts replaced by their checked versions; parts that do not pass are left out. */
export function withStoredParts(run: RunRecord, value: Record<string, unknown>): RunRecord {
  // A stored run waits for no retry (it comes back interrupted): its retry note goes with the other parts.
  const {
    usage: _u,
    reasoning: _r,
    toolCalls: _t,
    images: _i,
    thinkState: _s,
    attempts: _a,
    retry: _w,
    ...rest
  } = run;
  const next: RunRecord = rest;
  if (isCount(value.attempts) && value.attempts > 0) next.attempts = value.attempts;
  const usage = storedUsage(value.usage);
  if (usage) next.usage = usage;
  // A hole in a stored list comes back as null: read as "nothing for that choice".
  if (Array.isArray(value.reasoning))
    next.reasoning = value.reasoning.map((text) => (typeof text === 'string' ? text : ''));
  const toolCalls = storedToolCalls(value.toolCalls);
  if (toolCalls) next.toolCalls = toolCalls;
  const images = storedImages(value.images);
  if (images) next.images = images;
  if (Array.isArray(value.thinkState)) {
    const states = value.thinkState.slice(0, 64).map(storedThink);
    if (states.some((state) => state !== null)) next.thinkState = states;
  }
  return next;
}

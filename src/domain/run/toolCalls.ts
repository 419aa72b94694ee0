// Streamed tool-call fragments joined into calls. A call's first fragment usually carries its index, id and
// name, the following ones pieces of its arguments; parallel calls may interleave. Calls are kept in index
// order. Joining copies only what a fragment touches (the choice's list of calls and the one call), and each
// call's arguments grow by concatenation, so six panes streaming arguments stay O(fragment) per chunk.
//
// Decisions: the id is the first non-empty one (a later, different id for the same index is ignored); the name
// is the first non-empty one, and a later name is appended only while no arguments have arrived and it differs
// from the name so far (a server that splits the name, "get_" + "weather"); a server that repeats the whole name
// on every fragment, or sends it again after the arguments began, does not double it.

import type { ToolCallDelta } from '@/lib/api';

/** A tool call as the run accumulates it: fragments joined; `arguments` grows until the choice finishes. */
export interface RunToolCall {
  /** The call's index in the stream (`delta.tool_calls[].index`). */
  index: number;
  id: string;
  name: string;
  arguments: string;
}

/** Where a call with `index` is, or where it would go, in a list kept in index order. */
function positionOf(calls: readonly RunToolCall[], index: number): number {
  // Fragments mostly belong to the newest call: look there first.
  const last = calls.length - 1;
  if (last < 0 || (calls[last] as RunToolCall).index < index) return calls.length;
  if ((calls[last] as RunToolCall).index === index) return last;
  let low = 0;
  let high = last;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((calls[mid] as RunToolCall).index < index) low = mid + 1;
    else high = mid;
  }
  return low;
}

function mergedName(call: RunToolCall, name: string | undefined): string {
  if (!name || name === call.name) return call.name;
  if (!call.name) return name;
  return call.arguments === '' ? call.name + name : call.name;
}

/** Folds `deltas` into `calls`, which the caller owns (a copy of the choice's list): the touched calls are
 * replaced by new objects, the others are shared with the previous record. */
export function foldToolCallDeltas(calls: RunToolCall[], deltas: readonly ToolCallDelta[]): void {
  for (const delta of deltas) {
    const at = positionOf(calls, delta.index);
    const call = calls[at];
    if (!call || call.index !== delta.index) {
      calls.splice(at, 0, {
        index: delta.index,
        id: delta.id ?? '',
        name: delta.name ?? '',
        arguments: delta.arguments ?? '',
      });
      continue;
    }
    const id = call.id || (delta.id ?? '');
    const name = mergedName(call, delta.name);
    // Compared by what changed, not by comparing the (long) argument strings.
    if (delta.arguments || id !== call.id || name !== call.name) {
      const args = delta.arguments ? call.arguments + delta.arguments : call.arguments;
      calls[at] = { index: call.index, id, name, arguments: args };
    }
  }
}

/** Whether a fragment carries output from the model (a name or arguments), for the time to first token. */
export function carriesOutput(deltas: readonly ToolCallDelta[] | undefined): boolean {
  return deltas?.some((delta) => !!delta.name || !!delta.arguments) ?? false;
}

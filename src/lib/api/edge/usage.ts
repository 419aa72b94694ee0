// Token usage as servers report it. Beyond the three counts every server sends, the details a workbench user
// tunes by: reasoning tokens, cached prompt tokens (OpenAI's and DeepSeek's spellings) and the provider's own
// cost (OpenRouter). A detail the server did not send stays absent: "not reported" is not 0.

import { isRecord } from '@/lib/json';
import type { Usage } from '../types';
import { count, field, type Notes, nonNegative, note, put } from './read';

/** A nested details object (`completion_tokens_details`, …): null and absent are silence, anything else not an
 * object is noted. */
function details(raw: Record<string, unknown>, key: string, where: string, notes: Notes) {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  if (isRecord(value)) return value;
  note(notes, `${where}: "${key}" is not an object; ignored.`);
  return undefined;
}

export function readUsage(raw: unknown, where: string, notes: Notes): Usage | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) {
    note(notes, `${where}: "usage" is not an object; ignored.`);
    return undefined;
  }
  const at = `${where} usage`;
  const prompt = field(raw, 'prompt_tokens', count, at, notes);
  const completion = field(raw, 'completion_tokens', count, at, notes);
  if (prompt === undefined && completion === undefined) return undefined;
  const total = field(raw, 'total_tokens', count, at, notes);
  const usage: Usage = {
    prompt_tokens: prompt ?? 0,
    completion_tokens: completion ?? 0,
    total_tokens: total ?? (prompt ?? 0) + (completion ?? 0),
  };
  const out = details(raw, 'completion_tokens_details', at, notes);
  if (out) put(usage, 'reasoning_tokens', field(out, 'reasoning_tokens', count, at, notes));
  const into = details(raw, 'prompt_tokens_details', at, notes);
  // DeepSeek sends both spellings with the same number; OpenAI's wins when both are there.
  const cached =
    (into ? field(into, 'cached_tokens', count, at, notes) : undefined) ??
    field(raw, 'prompt_cache_hit_tokens', count, at, notes);
  put(usage, 'cached_tokens', cached);
  put(usage, 'cost', field(raw, 'cost', nonNegative, at, notes));
  return usage;
}

// What a model's own request schema says about the parts of the prompt the workbench writes itself (tools,
// tool_choice, parallel_tool_calls, response_format): those fields are owned, so the parameter form never shows
// them, but the tools and output controls offer only what the schema allows. A model without a schema of its own
// gets the built-in chat parameters, where everything is allowed.

import type { Model } from '@/lib/api';
import { isRecord } from '@/lib/json';
import { resolveRef } from './schemaRefs';

export type OutputFormat = 'text' | 'json_object' | 'json_schema';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json_object', 'json_schema'];

export interface PromptSupport {
  /** Whose word this is: the model's own schema, or the built-in parameters (everything allowed). */
  source: 'own' | 'builtin';
  toolChoice: boolean;
  parallelToolCalls: boolean;
  /** The response formats offered, in the usual order. */
  formats: readonly OutputFormat[];
}

export const BUILTIN_SUPPORT: PromptSupport = {
  source: 'builtin',
  toolChoice: true,
  parallelToolCalls: true,
  formats: OUTPUT_FORMATS,
};

function published(model: Model): Record<string, unknown> | null {
  for (const raw of [model.json_request_schema, model.request_schema]) {
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
    let parsed: unknown = raw;
    if (typeof raw === 'string') {
      try {
        parsed = JSON.parse(raw);
      } catch {
        return null;
      }
    }
    return isRecord(parsed) ? parsed : null;
  }
  return null;
}

/** A top-level property of the schema (also inside a root allOf), its $ref followed once. */
function property(root: Record<string, unknown>, name: string): unknown {
  const holders = [root, ...(Array.isArray(root.allOf) ? root.allOf : [])];
  for (const holder of holders) {
    const props = isRecord(holder) ? holder.properties : undefined;
    if (!isRecord(props) || !Object.hasOwn(props, name)) continue;
    const prop = props[name];
    return isRecord(prop) && typeof prop.$ref === 'string' ? (resolveRef(root, prop.$ref) ?? prop) : prop;
  }
  return undefined;
}

/** The values the `type` member of a response_format schema may take, looked for through anyOf/oneOf/allOf and
 * local $refs, within a bounded number of steps (the schema is a stranger's). */
function formatTypes(root: Record<string, unknown>, node: unknown): Set<string> {
  const found = new Set<string>();
  const queue: unknown[] = [node];
  for (let steps = 0; queue.length > 0 && steps < 200; steps++) {
    let current = queue.shift();
    if (isRecord(current) && typeof current.$ref === 'string') current = resolveRef(root, current.$ref);
    if (!isRecord(current)) continue;
    const type = isRecord(current.properties) ? current.properties.type : undefined;
    const typeNode = isRecord(type) && typeof type.$ref === 'string' ? resolveRef(root, type.$ref) : type;
    if (isRecord(typeNode)) {
      if (typeof typeNode.const === 'string') found.add(typeNode.const);
      if (Array.isArray(typeNode.enum))
        for (const v of typeNode.enum) if (typeof v === 'string') found.add(v);
    }
    for (const key of ['anyOf', 'oneOf', 'allOf'])
      if (Array.isArray(current[key])) queue.push(...(current[key] as unknown[]));
  }
  return found;
}

// A model object from the query cache never changes; its schema is read once.
const cache = new WeakMap<Model, PromptSupport>();

export function promptSupport(model: Model | undefined): PromptSupport {
  if (!model) return BUILTIN_SUPPORT;
  let support = cache.get(model);
  if (!support) {
    support = readSupport(model);
    cache.set(model, support);
  }
  return support;
}

function readSupport(model: Model): PromptSupport {
  const schema = published(model);
  if (!schema) return BUILTIN_SUPPORT;
  const format = property(schema, 'response_format');
  const types = format === undefined ? new Set<string>() : formatTypes(schema, format);
  const allowed = OUTPUT_FORMATS.filter((f) => types.has(f));
  return {
    source: 'own',
    toolChoice: property(schema, 'tool_choice') !== undefined,
    parallelToolCalls: property(schema, 'parallel_tool_calls') !== undefined,
    // A response_format whose types cannot be read (or none at all) limits nothing.
    formats: allowed.length > 0 ? allowed : OUTPUT_FORMATS,
  };
}

/** What every one of several models allows (compare panes share one prompt): a control is offered when one
 * model allows it; the panes whose models do not are named by the caller. */
export function anySupport(list: readonly PromptSupport[]): PromptSupport {
  if (list.length === 0) return BUILTIN_SUPPORT;
  const formats = OUTPUT_FORMATS.filter((f) => list.some((s) => s.formats.includes(f)));
  return {
    source: list.every((s) => s.source === 'builtin') ? 'builtin' : 'own',
    toolChoice: list.some((s) => s.toolChoice),
    parallelToolCalls: list.some((s) => s.parallelToolCalls),
    formats,
  };
}

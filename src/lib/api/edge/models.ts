// Model lists and model details as the app's types. Only known fields are kept (so nothing a server adds can
// shadow a prototype member or reach code that did not expect it), each checked for its type.

import { isRecord } from '@/lib/json';
import type { Model, ModelCapabilities, ModelPricing } from '../types';
import {
  count,
  field,
  finiteNumber,
  type Notes,
  nonNegative,
  note,
  object,
  put,
  stringList,
  text,
} from './read';

/** A catalogue beyond this is cut (with a note): the picker searches it on every keystroke. */
export const MAX_MODELS = 5_000;
const MAX_ID_LENGTH = 500;
const PRICE_FIELDS = [
  'input_cost_per_token',
  'output_cost_per_token',
  'cost_per_second',
  'cost_per_image',
  'cost_per_second_high_res',
  'cost_per_second_with_audio',
  'cached_input_cost_per_token',
] as const;

function readPricing(raw: Record<string, unknown> | null | undefined, where: string, notes: Notes) {
  if (raw === null || raw === undefined) return raw;
  const pricing: ModelPricing = {};
  put(pricing, 'method', text(raw, 'method', `${where} pricing`, notes, 100));
  for (const name of PRICE_FIELDS) {
    if (raw[name] === null) pricing[name] = null;
    else put(pricing, name, field(raw, name, nonNegative, `${where} pricing`, notes));
  }
  return pricing;
}

function readCapabilities(raw: Record<string, unknown> | null | undefined, where: string, notes: Notes) {
  if (!raw) return undefined;
  const capabilities: ModelCapabilities = {};
  put(capabilities, 'input', stringList(raw, 'input', `${where} capabilities`, notes));
  put(capabilities, 'output', stringList(raw, 'output', `${where} capabilities`, notes));
  return capabilities;
}

/** One model entry or details body; null (with a note) when it has no usable id. `knownId` is the id that was
 * asked for (a details route may omit it). */
export function readModel(raw: unknown, where: string, notes: Notes, knownId?: string): Model | null {
  if (!isRecord(raw)) {
    note(notes, `${where} is not an object; left out.`);
    return null;
  }
  const id = typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id : knownId;
  if (id === undefined || id.length > MAX_ID_LENGTH) {
    note(notes, `${where} has no usable "id"; left out.`);
    return null;
  }
  const model: Model = { id };
  put(model, 'object', text(raw, 'object', where, notes, 100));
  put(model, 'created', field(raw, 'created', finiteNumber, where, notes));
  put(model, 'owned_by', text(raw, 'owned_by', where, notes, 200));
  put(model, 'display_name', text(raw, 'display_name', where, notes, 200));
  put(model, 'description', text(raw, 'description', where, notes, 10_000));
  put(model, 'summary', text(raw, 'summary', where, notes, 10_000));
  put(model, 'endpoint', text(raw, 'endpoint', where, notes, 200));
  put(model, 'capabilities', readCapabilities(object(raw, 'capabilities', where, notes), where, notes));
  put(model, 'pricing', readPricing(object(raw, 'pricing', where, notes), where, notes));
  const developer = object(raw, 'developer', where, notes);
  if (developer) {
    model.developer = {};
    put(model.developer, 'name', text(developer, 'name', `${where} developer`, notes, 200));
    put(model.developer, 'logo', text(developer, 'logo', `${where} developer`, notes, 2_000));
  }
  if (raw.context_length === null) model.context_length = null;
  else put(model, 'context_length', field(raw, 'context_length', count, where, notes));
  // The parameter schemas are checked (and budgeted) by the schema normaliser, which explains its refusals.
  if (raw.json_request_schema !== undefined) model.json_request_schema = raw.json_request_schema;
  if (raw.request_schema !== undefined) model.request_schema = raw.request_schema;
  return model;
}

/** A `GET /models` body: `{data: [...]}` or a bare list. null when it is neither. */
export function readModelList(json: unknown, notes: Notes): Model[] | null {
  const list = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.data) ? json.data : null;
  if (!list) return null;
  if (list.length > MAX_MODELS)
    note(notes, `The list has ${list.length} models; the first ${MAX_MODELS} are shown.`);
  const seen = new Set<string>();
  const models: Model[] = [];
  for (const [i, entry] of list.slice(0, MAX_MODELS).entries()) {
    const model = readModel(entry, `Model ${i + 1}`, notes);
    if (!model) continue;
    if (seen.has(model.id)) {
      note(notes, `Model ${i + 1}: the id "${model.id.slice(0, 80)}" is listed twice; the first is kept.`);
      continue;
    }
    seen.add(model.id);
    models.push(model);
  }
  return models;
}

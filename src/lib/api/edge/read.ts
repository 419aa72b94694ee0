// Reading untrusted JSON field by field. Every provider response passes through readers built from these: a
// field of the wrong type is dropped (or coerced where the meaning is clear) and a note says so, so one bad
// field never throws into the UI and never takes its neighbours down with it.

import * as v from 'valibot';
import { isRecord } from '@/lib/json';

/** What a reader dropped or changed, in words a user can act on ("Model 3: display_name is a number…"). */
export type Notes = string[];

/** At most this many notes per response: a hostile list must not make a hostile amount of text. */
export const MAX_NOTES = 50;

export function note(notes: Notes, text: string): void {
  if (notes.length < MAX_NOTES) notes.push(text);
  else if (notes.length === MAX_NOTES) notes.push('… and more: further problems were not listed.');
}

export const finiteNumber = v.pipe(v.number(), v.finite());
export const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** `record[key]` when it satisfies `schema`; undefined (with a note) when present but wrong, or absent. */
export function field<S extends v.GenericSchema>(
  record: Record<string, unknown>,
  key: string,
  schema: S,
  where: string,
  notes: Notes,
): v.InferOutput<S> | undefined {
  if (!Object.hasOwn(record, key) || record[key] === undefined) return undefined;
  const result = v.safeParse(schema, record[key]);
  if (result.success) return result.output;
  const expected = result.issues[0]?.expected;
  note(
    notes,
    `${where}: "${key}" is ${kindOf(record[key])}${expected ? ` where ${expected} was expected` : ''}; ignored.`,
  );
  return undefined;
}

/** A display string, cut at `max` characters (with a note) so a megabyte-long name cannot flood the page. */
export function text(
  record: Record<string, unknown>,
  key: string,
  where: string,
  notes: Notes,
  max = 2_000,
): string | undefined {
  const value = field(record, key, v.string(), where, notes);
  if (value === undefined || value.length <= max) return value;
  note(
    notes,
    `${where}: "${key}" is ${value.length.toLocaleString('en-US')} characters long; cut to ${max}.`,
  );
  return `${value.slice(0, max)}…`;
}

/** A list of strings; a single string is taken as a list of one, and non-strings in a list are dropped. */
export function stringList(
  record: Record<string, unknown>,
  key: string,
  where: string,
  notes: Notes,
): string[] | undefined {
  const value = record[key];
  if (value === undefined || !Object.hasOwn(record, key)) return undefined;
  if (typeof value === 'string') {
    note(notes, `${where}: "${key}" is a single string; read as a list of one.`);
    return [value];
  }
  if (!Array.isArray(value)) {
    note(notes, `${where}: "${key}" is ${kindOf(value)} where a list of strings was expected; ignored.`);
    return undefined;
  }
  const strings = value.filter((item): item is string => typeof item === 'string');
  if (strings.length < value.length)
    note(notes, `${where}: "${key}" has entries that are not strings; dropped.`);
  return strings;
}

/** A nested object, or undefined (with a note) when the value is something else. null stays null. */
export function object(
  record: Record<string, unknown>,
  key: string,
  where: string,
  notes: Notes,
): Record<string, unknown> | null | undefined {
  const value = record[key];
  if (value === undefined || !Object.hasOwn(record, key)) return undefined;
  if (value === null) return null;
  if (isRecord(value)) return value;
  note(notes, `${where}: "${key}" is ${kindOf(value)} where an object was expected; ignored.`);
  return undefined;
}

/** Sets `key` on `target` only when the value is defined, so absent fields stay absent. */
export function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

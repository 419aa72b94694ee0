// A tool call's arguments (valid against the tool's parameters unless a fault says otherwise), its id, and
// the pieces its arguments are streamed in.
import { type DemoFaults, hasFault } from './faults.ts';
import { createPicker, hashString, mulberry32, type Picker } from './prng.ts';
import { isSchema, type Json, valueForSchema } from './schemaValue.ts';
import { tokenize } from './tokens.ts';
import type { PlannedCall } from './tools.ts';

export interface GeneratedToolCall {
  id: string;
  name: string;
  arguments: string;
  /** Streamed one per SSE event after the first fragment (id, name, arguments ""); joined: `arguments`. */
  pieces: string[];
}

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `call_` and 24 characters, the shape OpenAI uses; the same request and seed give the same id. */
export function callId(key: string): string {
  const random = mulberry32(hashString(key));
  return `call_${Array.from({ length: 24 }, () => ID_CHARS[Math.floor(random() * ID_CHARS.length)]).join('')}`;
}

const WRONG_TYPE: Record<string, Json> = {
  string: 12345,
  number: 'not a number',
  integer: 'not a number',
  boolean: 'yes',
  array: 'not a list',
  object: 'not an object',
  null: 'not null',
};

/** The valid arguments, changed so they break the schema: a member of the wrong type, or a required one gone. */
function violate(schema: unknown, value: Json): Json {
  if (!isSchema(schema)) return 'not an object';
  const props = isSchema(schema.properties) ? schema.properties : {};
  if (isSchema(value)) {
    for (const [name, sub] of Object.entries(props)) {
      if (!isSchema(sub) || !(name in value)) continue;
      const type = Array.isArray(sub.type) ? undefined : sub.type;
      if (Array.isArray(sub.enum)) return { ...value, [name]: '__not_one_of_the_choices__' };
      if (typeof type === 'string' && type in WRONG_TYPE)
        return { ...value, [name]: WRONG_TYPE[type] ?? null };
    }
    const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
    const gone = required.find((name) => name in value);
    if (gone) {
      const { [gone]: _dropped, ...rest } = value;
      return rest;
    }
    if (schema.additionalProperties === false) return { ...value, unexpected_member: true };
  }
  return 'not an object';
}

/** Pieces of one to three tokens. A backslash always ends its piece, so every escape is split across two
 * chunks on purpose: a client must join the pieces before it parses them. */
export function splitPieces(text: string, pk: Picker): string[] {
  const pieces: string[] = [];
  let current = '';
  let inPiece = 0;
  let size = pk.pick([2, 1, 3]);
  for (const token of tokenize(text)) {
    current += token;
    inPiece++;
    if (inPiece >= size || token.endsWith('\\')) {
      pieces.push(current);
      current = '';
      inPiece = 0;
      size = pk.pick([2, 1, 3]);
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

export function generateToolCall(
  call: PlannedCall,
  key: string,
  seed: number,
  topic: string,
  temperature: number,
  faults: DemoFaults | undefined,
): GeneratedToolCall {
  const pk = createPicker(seed ^ hashString(call.name), hashString(topic), { temperature });
  const schema = call.parameters === undefined ? { type: 'object', properties: {} } : call.parameters;
  let value = valueForSchema(pk, schema, topic);
  if (hasFault(faults, 'tool-args-invalid')) value = violate(schema, value);
  let text = JSON.stringify(value);
  // Cut off with a dangling comma: what a model stopped mid-object writes, and no JSON parser accepts.
  if (hasFault(faults, 'tool-args-not-json')) text = `${text.slice(0, -1)},`;
  return { id: callId(key), name: call.name, arguments: text, pieces: splitPieces(text, pk) };
}

import type { Picker } from './prng.ts';
import { composeProse, topicOf } from './prose.ts';

import { isSchema, valueForSchema } from './schemaValue.ts';

// Structured output for response_format. The values are plausible rather than meaningful; what matters
// is that the text parses and, for json_schema, validates against the requested schema.
const WORDS = ['alpha', 'bravo', 'delta', 'echo', 'harbor', 'meadow', 'summit', 'river', 'lantern'];

function phrase(pk: Picker): string {
  return `${pk.word(WORDS)} ${pk.word(WORDS)}`;
}

export function composeJsonObject(pk: Picker, prompt: string): string {
  const prose = composeProse(pk, prompt, { effort: 'low' });
  const points = prose
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2).replace(/\*\*/g, ''));
  const value = { topic: topicOf(prompt), summary: phrase(pk), points, confidence: pk.pick([0.8, 0.6, 0.9]) };
  return JSON.stringify(value, null, 2);
}

export function composeJsonForSchema(pk: Picker, prompt: string, schema: unknown): string {
  if (!isSchema(schema)) return composeJsonObject(pk, prompt);
  return JSON.stringify(valueForSchema(pk, schema, topicOf(prompt)), null, 2);
}

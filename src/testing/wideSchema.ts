// A synthetic model with many parameters, for the rendering/typing benchmark and tests: bounded numbers
// (slider + input), integers, enums, booleans, strings and string lists in rotation.

import type { Model } from '@/lib/api';

function field(i: number): Record<string, unknown> {
  switch (i % 6) {
    case 0:
      return { type: 'number', minimum: 0, maximum: 2, default: 1, description: `Bounded number ${i}` };
    case 1:
      return { type: 'integer', minimum: 1, default: 16 };
    case 2:
      return { type: 'string', enum: ['low', 'medium', 'high'], default: 'medium' };
    case 3:
      return { type: 'boolean', default: false };
    case 4:
      return { type: 'string', description: `Free text ${i}` };
    default:
      return { type: 'array', items: { type: 'string' }, maxItems: 4 };
  }
}

/** A JSON schema with `n` parameters named p0..p{n-1}; the first `basicCount` (a quarter by default) are
 * `basic`, the rest fold into the form's Advanced group. */
export function makeWideSchema(n: number, basicCount = Math.ceil(n / 4)): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) properties[`p${i}`] = { ...field(i), 'x-order': i };
  const basic = Object.keys(properties).slice(0, basicCount);
  return { type: 'object', properties, basic };
}

/** A model carrying makeWideSchema(n), ready for normalizeSchema. */
export function makeWideModel(n: number, basicCount?: number): Model {
  return { id: `wide-${n}`, json_request_schema: makeWideSchema(n, basicCount) };
}

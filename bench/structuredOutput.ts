// Figure 6: checking a 200 KB structured answer against its response schema, as the answer view does when a
// json_schema answer ends (checkValueText: JSON.parse, then the compiled ajv validator). Timed in Node, whose V8
// is the engine Chromium runs, on a generated value: a list of records exercising the usual keywords (required,
// types, enum, pattern, minimum, nested objects and arrays). "Compile included" is the first check of a schema
// text (meta-schema check, budget, ajv compile); "compile excluded" is every later check of the same schema.
import { checkValueText, clearJsonCheckCache } from '../src/domain/jsonCheck';
import { type Summary, summarize } from './stats';

export interface StructuredOutputResult {
  bytes: number;
  records: number;
  verdict: string;
  warm: Summary;
  cold: Summary;
}

const SCHEMA = JSON.stringify({
  type: 'object',
  properties: {
    records: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'integer', minimum: 0 },
          name: { type: 'string', minLength: 1 },
          sku: { type: 'string', pattern: '^[A-Z]{3}-[0-9]{4}$' },
          price: { type: 'number', minimum: 0 },
          currency: { enum: ['EUR', 'USD', 'GBP'] },
          in_stock: { type: 'boolean' },
          tags: { type: 'array', items: { type: 'string' }, maxItems: 8 },
          dimensions: {
            type: 'object',
            properties: { w: { type: 'number' }, h: { type: 'number' }, d: { type: 'number' } },
            required: ['w', 'h', 'd'],
            additionalProperties: false,
          },
        },
        required: ['id', 'name', 'sku', 'price', 'currency', 'in_stock', 'tags', 'dimensions'],
        additionalProperties: false,
      },
    },
    total: { type: 'integer' },
  },
  required: ['records', 'total'],
  additionalProperties: false,
});

/** A valid value of SCHEMA whose JSON text is at least `bytes` long. */
export function structuredValue(bytes: number): { text: string; records: number } {
  const records: unknown[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const record = {
      id: i,
      name: `Item number ${i} with a descriptive name`,
      sku: `ABC-${String(i % 10_000).padStart(4, '0')}`,
      price: Math.round(i * 137.3) / 100,
      currency: (['EUR', 'USD', 'GBP'] as const)[i % 3],
      in_stock: i % 2 === 0,
      tags: ['demo', `group-${i % 7}`, 'bench'],
      dimensions: { w: i % 50, h: (i * 3) % 40, d: 1.5 },
    };
    records.push(record);
    size += JSON.stringify(record).length + 1;
  }
  const text = JSON.stringify({ records, total: records.length });
  return { text, records: records.length };
}

export function benchStructuredOutput(runs = 30): StructuredOutputResult {
  const { text, records } = structuredValue(200_000);
  const cold: number[] = [];
  const warm: number[] = [];
  let verdict = '';
  for (let i = 0; i < runs; i++) {
    clearJsonCheckCache();
    const started = performance.now();
    verdict = checkValueText(SCHEMA, text).kind;
    cold.push(performance.now() - started);
  }
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    checkValueText(SCHEMA, text);
    warm.push(performance.now() - started);
  }
  return { bytes: text.length, records, verdict, warm: summarize(warm), cold: summarize(cold) };
}

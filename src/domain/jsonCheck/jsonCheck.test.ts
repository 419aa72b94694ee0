import { beforeEach, describe, expect, it } from 'vitest';
import {
  checkSchemaText,
  checkValueText,
  clearJsonCheckCache,
  MAX_LISTED_ERRORS,
  problemText,
  type ValueCheck,
} from './jsonCheck';
import { jsonErrorAt } from './jsonErrorAt';
import { readJsonText } from './jsonText';

const weather = JSON.stringify({
  type: 'object',
  properties: { city: { type: 'string' }, unit: { enum: ['celsius', 'fahrenheit'] } },
  required: ['city'],
  additionalProperties: false,
});

const errorsOf = (check: ValueCheck) => (check.kind === 'invalid' ? check.errors.map(problemText) : []);

beforeEach(() => clearJsonCheckCache());

describe('readJsonText', () => {
  it('names the line and column where the text stops being JSON', () => {
    const read = readJsonText('{\n  "a": 1,\n  "b": }');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toBe('line 3, column 8: expected a value, found "}"');
  });
  it('says an empty text is empty, and refuses values nested too deep to walk', () => {
    expect(readJsonText('  ')).toEqual({ ok: false, message: 'empty: nothing to read' });
    const deep = readJsonText(`${'['.repeat(500)}${']'.repeat(500)}`);
    expect(deep.ok).toBe(false);
  });
});

describe('checkSchemaText', () => {
  it('accepts a JSON Schema', () => {
    const check = checkSchemaText(weather);
    expect(check.ok).toBe(true);
  });
  it('says a text that is not JSON is not JSON, with its position', () => {
    const check = checkSchemaText('{"type": "object",}');
    expect(check).toMatchObject({ ok: false, stage: 'json' });
    if (!check.ok) expect(check.problems[0]?.message).toMatch(/^not JSON: line 1, column \d+/);
  });
  it('names the path of a keyword the meta-schema refuses, once', () => {
    const check = checkSchemaText('{"type":"object","properties":{"city":{"type":"strng"}}}');
    expect(check.ok).toBe(false);
    if (!check.ok)
      expect(check.problems.map(problemText)).toEqual([
        '/properties/city/type: must be equal to one of the allowed values',
      ]);
  });
  it('refuses a non-object schema and a $ref that points nowhere or outside', () => {
    expect(checkSchemaText('"string"')).toMatchObject({ ok: false, stage: 'schema' });
    const missing = checkSchemaText('{"properties":{"a":{"$ref":"#/$defs/nothing"}}}');
    expect(missing.ok ? [] : missing.problems.map(problemText)).toEqual([
      '/properties/a/$ref: points nowhere (#/$defs/nothing)',
    ]);
    const remote = checkSchemaText('{"$ref":"https://example.com/s.json"}');
    expect(remote.ok).toBe(false);
  });
  it('refuses a schema that refers back into itself or is nested too deeply (the budget)', () => {
    const loop = checkSchemaText(
      '{"$defs":{"a":{"properties":{"b":{"$ref":"#/$defs/a"}}}},"$ref":"#/$defs/a"}',
    );
    expect(loop.ok ? '' : loop.problems[0]?.message).toMatch(/^too costly to check: it refers to itself/);
    let deep: unknown = { type: 'string' };
    for (let i = 0; i < 40; i++) deep = { type: 'object', properties: { x: deep } };
    expect(checkSchemaText(JSON.stringify(deep)).ok).toBe(false);
  });
  it('leaves out patterns that backtrack exponentially, with a note', () => {
    const check = checkSchemaText('{"properties":{"code":{"type":"string","pattern":"^(a+)+$"}}}');
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.notes[0]).toMatch(/^\/properties\/code\/pattern is not checked here/);
    // The value that would take exponential time is accepted at once (the pattern is not run).
    const started = performance.now();
    expect(
      checkValueText(
        '{"properties":{"code":{"type":"string","pattern":"^(a+)+$"}}}',
        `{"code":"${'a'.repeat(40)}!"}`,
      ).kind,
    ).toBe('valid');
    expect(performance.now() - started).toBeLessThan(500);
  });
  it('accepts a $schema it has not loaded (checked as draft-07)', () => {
    expect(
      checkSchemaText('{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object"}').ok,
    ).toBe(true);
  });
});

describe('checkValueText', () => {
  it('says valid', () => {
    expect(checkValueText(weather, '{"city":"Paris","unit":"celsius"}').kind).toBe('valid');
  });
  it('lists the errors with their JSON paths', () => {
    const check = checkValueText(weather, '{"city": 3, "unit": "kelvin", "extra": true}');
    expect(errorsOf(check)).toEqual([
      '/: must NOT have additional properties ("extra")',
      '/city: must be string',
      '/unit: must be equal to one of the allowed values',
    ]);
  });
  it('names a missing required property', () => {
    expect(errorsOf(checkValueText(weather, '{}'))).toEqual(["/: must have required property 'city'"]);
  });
  it('keeps the raw text of what is not JSON', () => {
    const check = checkValueText(weather, '{"city": "Par');
    expect(check).toMatchObject({ kind: 'not-json', raw: '{"city": "Par' });
  });
  it('says the schema is the problem when it is', () => {
    expect(checkValueText('{"type":"strng"}', '1')).toMatchObject({ kind: 'schema-problem', value: 1 });
  });
  it('checks a long enum by lookup, quickly, with enum’s message', () => {
    const values = Array.from({ length: 20_000 }, (_, i) => `v${i}`);
    const schema = JSON.stringify({ type: 'object', properties: { a: { enum: values } } });
    const started = performance.now();
    expect(checkValueText(schema, '{"a":"v19999"}').kind).toBe('valid');
    expect(errorsOf(checkValueText(schema, '{"a":"nope"}'))).toEqual([
      '/a: must be equal to one of the allowed values',
    ]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
  it('bounds the error list and counts the rest', () => {
    const schema = '{"type":"array","items":{"type":"string"}}';
    const check = checkValueText(schema, JSON.stringify(Array.from({ length: 80 }, (_, i) => i)));
    expect(check.kind).toBe('invalid');
    if (check.kind === 'invalid') {
      expect(check.errors).toHaveLength(MAX_LISTED_ERRORS);
      expect(check.more).toBe(30);
    }
  });
  it('compiles once per schema text', () => {
    const first = performance.now();
    checkValueText(weather, '{"city":"a"}');
    const compiled = performance.now() - first;
    const second = performance.now();
    for (let i = 0; i < 100; i++) checkValueText(weather, '{"city":"a"}');
    expect((performance.now() - second) / 100).toBeLessThan(Math.max(compiled, 1));
  });
});

describe('jsonErrorAt', () => {
  it('finds where JSON text goes wrong and what was expected', () => {
    expect(jsonErrorAt('{"a": 1,}')).toEqual({ offset: 8, expected: 'a property name in double quotes' });
    expect(jsonErrorAt('[1 2]')).toEqual({ offset: 3, expected: '"," or "]"' });
    expect(jsonErrorAt('{"a" 1}')).toEqual({ offset: 5, expected: '":"' });
    expect(jsonErrorAt('{"a": tru}')).toEqual({ offset: 6, expected: 'a value' });
    expect(jsonErrorAt('{} x')).toEqual({ offset: 3, expected: 'the end of the text' });
    expect(jsonErrorAt('[')).toEqual({ offset: 1, expected: 'a value or "]"' });
  });
  it('accepts what JSON.parse accepts', () => {
    for (const text of [
      '{}',
      '[]',
      '"a\\u00e9"',
      '-1.5e3',
      '{"a":[1,{"b":null}],"c":true}',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
    ])
      expect(jsonErrorAt(text)).toBeNull();
  });
});

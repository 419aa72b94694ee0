import { describe, expect, it } from 'vitest';
import { anySupport, BUILTIN_SUPPORT, promptSupport } from './promptSupport';

describe('promptSupport', () => {
  it('allows everything with the built-in parameters (no schema of its own)', () => {
    expect(promptSupport({ id: 'm' })).toEqual(BUILTIN_SUPPORT);
    expect(promptSupport(undefined)).toEqual(BUILTIN_SUPPORT);
  });
  it('reads tool_choice and parallel_tool_calls from the model’s own schema', () => {
    const own = promptSupport({
      id: 'm',
      json_request_schema: { type: 'object', properties: { tool_choice: {} } },
    });
    expect(own).toMatchObject({ source: 'own', toolChoice: true, parallelToolCalls: false });
    expect(own.formats).toEqual(['text', 'json_object', 'json_schema']);
  });
  it('offers only the response formats the schema’s type enum or oneOf consts allow, through $refs', () => {
    const schema = {
      type: 'object',
      properties: { response_format: { $ref: '#/$defs/RF' } },
      $defs: {
        RF: { oneOf: [{ properties: { type: { const: 'text' } } }, { $ref: '#/$defs/Obj' }] },
        Obj: { properties: { type: { enum: ['json_object'] } } },
      },
    };
    expect(promptSupport({ id: 'm', json_request_schema: JSON.stringify(schema) }).formats).toEqual([
      'text',
      'json_object',
    ]);
  });
  it('combines several models: a control is offered when one allows it', () => {
    const a = promptSupport({
      id: 'a',
      json_request_schema: { properties: { response_format: { properties: { type: { enum: ['text'] } } } } },
    });
    expect(anySupport([a, BUILTIN_SUPPORT])).toMatchObject({
      toolChoice: true,
      formats: ['text', 'json_object', 'json_schema'],
    });
    expect(anySupport([a]).formats).toEqual(['text']);
  });
});

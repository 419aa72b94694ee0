import { describe, expect, it } from 'vitest';
import { normalizeSchema } from './normalizeSchema';
import type { ParamState } from './sentParams';
import { markExplicit, resetAll, resetField, sentParams, verbatimParams } from './sentParams';

const normalized = normalizeSchema({
  id: 'm',
  json_request_schema: {
    type: 'object',
    properties: {
      temperature: { type: 'number', minimum: 0, maximum: 1, default: 1 },
      max_tokens: { type: 'integer', default: 1024 },
      top_k: { type: 'integer' },
      stop: { type: 'array', items: { type: 'string' } },
      user: { type: 'string' },
      sampling: {
        type: 'object',
        properties: { type: { type: 'string' }, detail: { type: 'object' } },
        default: { type: 'text' },
      },
    },
  },
});

const state = (values: Record<string, unknown>, explicit: string[] = []): ParamState => ({
  values,
  explicit,
});

describe('sentParams', () => {
  it('does not send values equal to their defaults', () => {
    expect(
      sentParams(state({ temperature: 1, max_tokens: 1024, sampling: { type: 'text' } }), normalized),
    ).toEqual({});
  });

  it('sends values that differ from the default, in schema order', () => {
    const sent = sentParams(state({ top_k: 40, max_tokens: 10, temperature: 0.2 }), normalized);
    expect(Object.keys(sent)).toEqual(['temperature', 'max_tokens', 'top_k']);
    expect(sent).toEqual({ temperature: 0.2, max_tokens: 10, top_k: 40 });
  });

  it('still sends an explicit value equal to the default', () => {
    expect(sentParams(state({ temperature: 1 }, ['temperature']), normalized)).toEqual({ temperature: 1 });
  });

  it('compares nested objects by value', () => {
    expect(sentParams(state({ sampling: { type: 'text', detail: undefined } }), normalized)).toEqual({});
    expect(sentParams(state({ sampling: { type: 'nucleus' } }), normalized)).toEqual({
      sampling: { type: 'nucleus' },
    });
  });

  it('never sends undefined, empty strings or empty-array placeholders, even when explicit', () => {
    const all = ['user', 'stop', 'top_k'];
    expect(sentParams(state({ user: '', stop: [], top_k: undefined }, all), normalized)).toEqual({});
    // An item added with the "Add" button but never filled in is a placeholder too.
    expect(sentParams(state({ stop: ['', 'END'] }, ['stop']), normalized)).toEqual({ stop: ['END'] });
  });

  it('sends names the schema does not know after the known ones (JSON editor)', () => {
    const sent = sentParams(state({ custom: 'x', temperature: 0.5 }, ['custom', 'temperature']), normalized);
    expect(Object.keys(sent)).toEqual(['temperature', 'custom']);
  });
});

describe('markExplicit', () => {
  it('marks only the names whose value changed', () => {
    const prev = state({ temperature: 1, max_tokens: 1024 });
    const next = markExplicit(prev, { temperature: 0.3, max_tokens: 1024 });
    expect(next.explicit).toEqual(['temperature']);
    expect(next.values).toEqual({ temperature: 0.3, max_tokens: 1024 });
  });

  it('keeps earlier explicit names and marks a name set back to the default', () => {
    const next = markExplicit(state({ temperature: 0.3, top_k: 5 }, ['top_k']), { temperature: 1, top_k: 5 });
    expect(next.explicit).toEqual(['top_k', 'temperature']);
    expect(sentParams(next, normalized)).toEqual({ temperature: 1, top_k: 5 });
  });

  it('un-marks a name cleared to undefined (nothing left to send)', () => {
    const next = markExplicit(state({ temperature: 0.3, top_k: 5 }, ['temperature']), {
      temperature: undefined,
      top_k: 5,
    });
    expect(next.explicit).toEqual([]);
  });

  it('does not mark a nested object rebuilt with equal content', () => {
    const prev = state({ sampling: { type: 'text' } });
    expect(markExplicit(prev, { sampling: { type: 'text' } }).explicit).toEqual([]);
  });
});

describe('resetField / resetAll', () => {
  it('puts a value back to its default and stops sending it', () => {
    const changed = state({ temperature: 0.2, top_k: 3 }, ['temperature', 'top_k']);
    const reset = resetField(changed, 'temperature', normalized);
    expect(reset.values.temperature).toBe(1);
    expect(reset.explicit).toEqual(['top_k']);
    expect(sentParams(reset, normalized)).toEqual({ top_k: 3 });
  });

  it('unsets a value that has no default', () => {
    const reset = resetField(state({ top_k: 3 }, ['top_k']), 'top_k', normalized);
    expect('top_k' in reset.values).toBe(false);
    expect(reset.explicit).toEqual([]);
  });

  it('resetAll gives the defaults and sends nothing', () => {
    const all = resetAll(normalized);
    expect(all).toEqual({
      values: { temperature: 1, max_tokens: 1024, sampling: { type: 'text' } },
      explicit: [],
    });
    expect(sentParams(all, normalized)).toEqual({});
  });
});

describe('empty objects and lists', () => {
  it('sends imported (verbatim) values exactly, empty objects and lists included', () => {
    const values = {
      metadata: {},
      logit_bias: {},
      tools: [{ type: 'function', function: { name: 'f', parameters: {} } }],
    };
    expect(sentParams(verbatimParams(values), normalized)).toEqual(values);
  });

  it('keeps nested empty objects the form made for required members, but not an empty top-level placeholder', () => {
    const form = state(
      { sampling: { type: 'json_schema', json_schema: { name: 'answer', schema: {} } }, stop: [] },
      ['sampling', 'stop'],
    );
    expect(sentParams(form, normalized)).toEqual({
      sampling: { type: 'json_schema', json_schema: { name: 'answer', schema: {} } },
    });
  });

  it('cleans a verbatim value once the form edits it', () => {
    const imported = verbatimParams({ stop: ['END', ''] });
    const edited = markExplicit(imported, { stop: ['END', '', 'STOP'] });
    expect(edited.verbatim).toBeUndefined();
    expect(sentParams(edited, normalized)).toEqual({ stop: ['END', 'STOP'] });
  });
});

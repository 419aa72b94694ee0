import { describe, expect, it } from 'vitest';
import type { Conversation } from '@/domain/conversation';
import { importTools } from './importTools';
import { TOOL_TEMPLATES } from './templates';
import { choiceOf, choiceValue, withoutTool, withToolChoice, withToolPatch, withTools } from './toolEdits';
import { nameProblem, parametersProblems } from './toolProblems';

const base: Conversation = { system: '', turns: [] };
const weather = TOOL_TEMPLATES[0]?.tool ?? { name: 'x', description: '', parameters: '{}' };

describe('tool edits', () => {
  it('adds tools with unique names', () => {
    const twice = withTools(withTools(base, [weather]), [weather]);
    expect(twice.tools?.map((t) => t.name)).toEqual(['get_weather', 'get_weather_2']);
  });
  it('keeps a tool choice consistent through a rename and a removal', () => {
    const chosen = withToolChoice(withTools(base, [weather]), { name: 'get_weather' });
    const renamed = withToolPatch(chosen, 0, { name: 'weather' });
    expect(renamed.toolChoice).toEqual({ name: 'weather' });
    const removed = withoutTool(renamed, 0);
    expect(removed.toolChoice).toBeUndefined();
    expect(removed.tools).toBeUndefined();
    const auto = withoutTool(withToolChoice(withTools(base, [weather, weather]), 'required'), 1);
    expect(auto.toolChoice).toBe('required');
  });
  it('maps the select’s values to tool choices and back', () => {
    for (const choice of [undefined, 'auto', 'none', 'required', { name: 'get_weather' }] as const)
      expect(choiceOf(choiceValue(choice))).toEqual(choice);
  });
});

describe('tool problems', () => {
  it('names a missing, malformed or repeated name', () => {
    const tools = [weather, { ...weather, name: 'bad name' }, weather, { ...weather, name: '' }];
    expect(tools.map((_, i) => nameProblem(tools, i))).toEqual([
      null,
      'A name may hold letters, digits, "_" and "-" only, at most 64.',
      'Another tool is already named "get_weather".',
      'Give the tool a name.',
    ]);
  });
  it('wants an object schema for the parameters, with the problems’ paths', () => {
    expect(parametersProblems(weather.parameters).problems).toEqual([]);
    expect(parametersProblems('{"type":"string"}').problems[0]?.path).toBe('/type');
    expect(parametersProblems('{"type":"object","properties":{"a":{"type":"strng"}}}').problems).toEqual([
      { path: '/properties/a/type', message: 'must be equal to one of the allowed values' },
    ]);
  });
});

describe('importTools', () => {
  it('reads an OpenAI tools array, or a request holding one', () => {
    const array = [
      {
        type: 'function',
        function: { name: 'a', description: 'd', parameters: { type: 'object' }, strict: true },
      },
    ];
    expect(importTools(JSON.stringify(array))).toEqual({
      tools: [{ name: 'a', description: 'd', parameters: '{\n  "type": "object"\n}', strict: true }],
      problems: [],
    });
    expect(importTools(JSON.stringify({ model: 'm', tools: array })).tools).toHaveLength(1);
  });
  it('names what it cannot take', () => {
    const text = JSON.stringify([
      1,
      { type: 'web_search' },
      { type: 'function' },
      { type: 'function', function: { parameters: {} } },
    ]);
    expect(importTools(text).problems).toEqual([
      'Tool 1 is not an object.',
      'Tool 2 has type "web_search"; only "function" tools can be imported.',
      'Tool 3 has no "function" object.',
      'Tool 4 has no function name.',
    ]);
    expect(importTools('{"a":').problems[0]).toMatch(/^Not JSON: /);
    expect(importTools('{"a":1}').problems[0]).toMatch(/^Expected a "tools" array/);
  });
});

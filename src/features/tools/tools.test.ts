import { describe, expect, it } from 'vitest';
import { TOOL_TEMPLATES } from './templates';
import { choiceOf, choiceValue, uniqueName } from './toolEdits';
import { nameProblem, parametersProblems } from './toolProblems';

const weather = TOOL_TEMPLATES[0]?.tool ?? { name: 'x', description: '', parameters: '{}' };

describe('tool helpers', () => {
  it('gives an added tool a name not yet taken', () => {
    expect(uniqueName([], 'get_weather')).toBe('get_weather');
    expect(uniqueName([weather], 'get_weather')).toBe('get_weather_2');
    expect(uniqueName([weather, { ...weather, name: 'get_weather_2' }], 'get_weather')).toBe('get_weather_3');
    expect(uniqueName([weather], '')).toBe('');
  });
  it('maps the select’s values to tool choices and back', () => {
    for (const choice of [undefined, 'auto', 'none', 'required', { name: 'get_weather' }] as const)
      expect(choiceOf(choiceValue(choice))).toEqual(choice);
    expect(choiceValue(undefined)).toBe('');
  });
  it('starts from templates whose parameters are valid object schemas', () => {
    for (const t of TOOL_TEMPLATES) expect(parametersProblems(t.tool.parameters).problems).toEqual([]);
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
    expect(parametersProblems('{"type":"string"}').problems[0]?.path).toBe('/type');
    expect(parametersProblems('{"type":"object","properties":{"a":{"type":"strng"}}}').problems).toEqual([
      { path: '/properties/a/type', message: 'must be equal to one of the allowed values' },
    ]);
    expect(parametersProblems('{"type":').problems[0]?.message).toMatch(/^not JSON: line 1, column 9/);
  });
});

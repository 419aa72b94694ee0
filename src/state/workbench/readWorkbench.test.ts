import { describe, expect, it } from 'vitest';
import { readWorkbench } from './readWorkbench';

const pane = (over: Record<string, unknown> = {}) => ({
  id: 'p1',
  modelId: 'm',
  paramsByModel: { m: { values: { temperature: 0.5 }, explicit: ['temperature'] } },
  systemOverride: null,
  ...over,
});

describe('readWorkbench', () => {
  it('reads a good stored workbench as it was', () => {
    const stored = {
      conversation: { system: 's', turns: [{ role: 'user', text: 'q', images: [] }] },
      stream: false,
      view: 'compare',
      panes: [pane(), pane({ id: 'p2', provider: 'oxen' })],
    };
    expect(readWorkbench(stored)).toEqual({ stored, problems: [] });
  });

  it('reads every view, the evaluate one included (a stored view stays readable across versions)', () => {
    for (const view of ['chat', 'compare', 'evaluate'])
      expect(readWorkbench({ view }).stored.view).toBe(view);
    expect(readWorkbench({ view: 'toString' }).stored.view).toBeUndefined();
  });

  it('drops what it cannot read and names it, keeping the rest', () => {
    const { stored, problems } = readWorkbench({
      conversation: {
        system: 's',
        turns: [
          { role: 'robot', text: 1 },
          { role: 'user', text: 'kept', images: ['u'] },
        ],
      },
      stream: 'yes',
      view: 'sideways',
      panes: [
        pane({
          paramsByModel: { m: { values: 'bad', explicit: [] }, toString: { values: {}, explicit: [] } },
        }),
        null,
        pane({ id: 'p1' }),
        pane({ id: 'p3', provider: 'evil' }),
      ],
    });
    expect(stored.conversation?.turns).toEqual([{ role: 'user', text: 'kept', images: ['u'] }]);
    expect(stored.stream).toBeUndefined();
    expect(stored.view).toBeUndefined();
    expect(stored.panes?.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(stored.panes?.[0]?.paramsByModel).toEqual({ toString: { values: {}, explicit: [] } });
    expect(stored.panes?.[1]).not.toHaveProperty('provider');
    expect(problems).toEqual(['1 message(s)', "pane 1's parameters for m", 'pane 2']);
  });

  it('sets aside a workbench nested too deeply as a whole (a crafted link saved it)', () => {
    const deep = JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    const result = readWorkbench({
      panes: [pane({ paramsByModel: { m: { values: { x: deep }, explicit: ['x'] } } })],
    });
    expect(result.stored).toEqual({});
    expect(result.problems[0]).toMatch(/nested more than 40 levels deep/);
  });

  it('reads nothing from nothing, and refuses what is not an object', () => {
    expect(readWorkbench(undefined)).toEqual({ stored: {}, problems: [] });
    expect(readWorkbench('x').problems).toHaveLength(1);
  });

  it('reads tools, tool turns and the response format, dropping malformed pieces one by one', () => {
    const conversation = {
      system: '',
      turns: [
        {
          role: 'assistant',
          text: '',
          images: [],
          toolCalls: [{ id: 'a', name: 'f', arguments: '{}' }, 'x'],
        },
        { role: 'tool', text: 'r', images: [], toolCallId: 'a' },
      ],
      tools: [{ name: 'f', description: '', parameters: '{}' }, { name: 'g' }],
      toolChoice: 'required',
      parallelToolCalls: 'no',
      responseFormat: { type: 'json_object' },
    };
    const { stored, problems } = readWorkbench({ conversation });
    expect(stored.conversation).toEqual({
      system: '',
      turns: [
        { role: 'assistant', text: '', images: [], toolCalls: [{ id: 'a', name: 'f', arguments: '{}' }] },
        { role: 'tool', text: 'r', images: [], toolCallId: 'a' },
      ],
      tools: [{ name: 'f', description: '', parameters: '{}' }],
      toolChoice: 'required',
      responseFormat: { type: 'json_object' },
    });
    expect(problems).toEqual(['tool 2', 'the parallel tool calls switch']);
  });

  it('reads variable values: strings kept (any name, __proto__ included, as an own entry), the rest named', () => {
    const raw = JSON.parse('{"variables": {"city": "Paris", "__proto__": "p", "n": 3, "o": {"x": 1}}}');
    const { stored, problems } = readWorkbench(raw);
    expect(Object.keys(stored.variables ?? {})).toEqual(['city', '__proto__']);
    expect(Object.hasOwn(stored.variables ?? {}, '__proto__')).toBe(true);
    expect(stored.variables?.city).toBe('Paris');
    expect(Object.getPrototypeOf(stored.variables)).toBe(Object.prototype);
    expect(problems).toEqual(['2 variable value(s)']);
  });

  it('refuses variable values that are not an object, keeping the rest of the workbench', () => {
    for (const variables of ['x', ['a'], null, 7]) {
      const { stored, problems } = readWorkbench({ stream: false, variables });
      expect(stored).toEqual({ stream: false });
      expect(problems).toEqual(['the variable values']);
    }
    expect(readWorkbench({ stream: true }).stored).not.toHaveProperty('variables');
  });
});

import { describe, expect, it } from 'vitest';
import type { Conversation, Turn } from './conversation';
import { PROMPT_LIMITS, readPromptParts, readTurn } from './readPrompt';
import { NEW_TOOL_PARAMETERS, newTool, withToolRemoved, withToolsAdded, withToolUpdated } from './toolEdits';
import { isEmptyTurn, sendableTurns, shareUnchanged } from './turns';

describe('reading turns with tool calls', () => {
  it('keeps well-formed calls and ids, drops malformed ones one by one, never throws', () => {
    expect(
      readTurn({
        role: 'assistant',
        text: '',
        toolCalls: [{ id: 'a', name: 'f', arguments: '{}' }, { id: 'b', name: 'f', arguments: {} }, null],
      }),
    ).toEqual({
      role: 'assistant',
      text: '',
      images: [],
      toolCalls: [{ id: 'a', name: 'f', arguments: '{}' }],
    });
    expect(readTurn({ role: 'tool', text: 'r', toolCallId: 'a' })).toEqual({
      role: 'tool',
      text: 'r',
      images: [],
      toolCallId: 'a',
    });
    expect(readTurn({ role: 'tool', text: 'r', toolCallId: 5 })).toEqual({
      role: 'tool',
      text: 'r',
      images: [],
    });
    // Calls only on assistant turns, ids only on tool turns.
    expect(
      readTurn({
        role: 'user',
        text: 'x',
        toolCalls: [{ id: 'a', name: 'f', arguments: '' }],
        toolCallId: 'a',
      }),
    ).toEqual({ role: 'user', text: 'x', images: [] });
    for (const bad of [null, 3, 'x', [], { role: 'robot', text: '' }, { role: 'user' }])
      expect(readTurn(bad)).toBeNull();
  });

  it('bounds the calls of one turn', () => {
    const many = Array.from({ length: PROMPT_LIMITS.toolCalls + 5 }, (_, i) => ({
      id: `${i}`,
      name: 'f',
      arguments: '',
    }));
    expect(readTurn({ role: 'assistant', text: '', toolCalls: many })?.toolCalls).toHaveLength(
      PROMPT_LIMITS.toolCalls,
    );
  });
});

describe('reading tools, tool choice and response format', () => {
  it('keeps what is well formed and names what is not', () => {
    const problems: string[] = [];
    const parts = readPromptParts(
      {
        tools: [
          { name: 'a', description: '', parameters: '{}' },
          { name: 'b', description: 1, parameters: '{}' },
          { name: 'c', description: 'd', parameters: 'x', strict: 'yes' },
        ],
        toolChoice: { name: 'a' },
        parallelToolCalls: false,
        responseFormat: { type: 'json_schema', name: 'n', schema: '{}', strict: true, description: 'd' },
      },
      problems,
    );
    expect(parts).toEqual({
      tools: [
        { name: 'a', description: '', parameters: '{}' },
        { name: 'c', description: 'd', parameters: 'x' },
      ],
      toolChoice: { name: 'a' },
      parallelToolCalls: false,
      responseFormat: { type: 'json_schema', name: 'n', description: 'd', schema: '{}', strict: true },
    });
    expect(problems).toEqual(['tool 2']);
    const bad: string[] = [];
    expect(
      readPromptParts(
        { tools: 'x', toolChoice: 'sometimes', parallelToolCalls: 1, responseFormat: { type: 'yaml' } },
        bad,
      ),
    ).toEqual({});
    expect(bad).toEqual([
      'the tools',
      'the tool choice',
      'the parallel tool calls switch',
      'the response format',
    ]);
    expect(readPromptParts({}, bad)).toEqual({});
  });

  it('bounds the number of tools and the size of a schema', () => {
    const problems: string[] = [];
    const tools = Array.from({ length: PROMPT_LIMITS.tools + 2 }, () => ({
      name: 'a',
      description: '',
      parameters: '',
    }));
    tools[0] = { name: 'big', description: '', parameters: 'x'.repeat(PROMPT_LIMITS.schemaChars + 1) };
    expect(readPromptParts({ tools }, problems).tools).toHaveLength(PROMPT_LIMITS.tools - 1);
    expect(problems).toEqual(['tool 1', `2 tool(s) beyond the first ${PROMPT_LIMITS.tools}`]);
  });
});

describe('turns with tool calls', () => {
  const calling: Turn = {
    role: 'assistant',
    text: '',
    images: [],
    toolCalls: [{ id: 'a', name: 'f', arguments: '' }],
  };

  it('an assistant turn with calls is not empty; a tool turn without text is', () => {
    expect(isEmptyTurn(calling)).toBe(false);
    expect(isEmptyTurn({ role: 'assistant', text: '', images: [], toolCalls: [] })).toBe(true);
    expect(isEmptyTurn({ role: 'tool', text: ' ', images: ['data:x'], toolCallId: 'a' })).toBe(true);
    expect(sendableTurns([calling, { role: 'tool', text: '', images: [] }]).dropped).toEqual([2]);
  });

  it('shareUnchanged tells turns apart by their calls and answered id', () => {
    const prev = [calling, { role: 'tool' as const, text: 'r', images: [], toolCallId: 'a' }];
    const same = shareUnchanged(
      prev,
      prev.map((t) => structuredClone(t)),
    );
    expect(same[0]).toBe(prev[0]);
    expect(same[1]).toBe(prev[1]);
    const changed = shareUnchanged(prev, [
      { ...calling, toolCalls: [{ id: 'a', name: 'f', arguments: '{}' }] },
      { ...prev[1], toolCallId: 'b' } as Turn,
    ]);
    expect(changed[0]).not.toBe(prev[0]);
    expect(changed[1]).not.toBe(prev[1]);
  });
});

describe('editing the tools', () => {
  const base: Conversation = { system: '', turns: [] };

  it('adds tools with a starter schema', () => {
    expect(newTool()).toEqual({ name: '', description: '', parameters: NEW_TOOL_PARAMETERS });
    expect(JSON.parse(NEW_TOOL_PARAMETERS)).toEqual({ type: 'object', properties: {} });
    expect(withToolsAdded(base, [])).toBe(base);
  });

  it('carries a named tool choice through a rename', () => {
    const c = {
      ...withToolsAdded(base, [newTool({ name: 'a' }), newTool({ name: 'b' })]),
      toolChoice: { name: 'a' },
    };
    expect(withToolUpdated(c, 0, { name: 'z' }).toolChoice).toEqual({ name: 'z' });
    expect(withToolUpdated(c, 1, { name: 'y' }).toolChoice).toEqual({ name: 'a' });
    expect(withToolUpdated(c, 5, { name: 'y' })).toBe(c);
  });

  it('drops a choice naming a removed tool, and choice and switch with the last tool', () => {
    const c: Conversation = {
      ...withToolsAdded(base, [newTool({ name: 'a' }), newTool({ name: 'b' })]),
      toolChoice: { name: 'a' },
      parallelToolCalls: false,
    };
    const one = withToolRemoved(c, 0);
    expect(one.tools?.map((t) => t.name)).toEqual(['b']);
    expect(one.toolChoice).toBeUndefined();
    expect(one.parallelToolCalls).toBe(false);
    const kept = withToolRemoved({ ...c, toolChoice: 'required' }, 0);
    expect(kept.toolChoice).toBe('required');
    expect(withToolRemoved(kept, 0)).toEqual(base);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '@/domain/conversation';
import type { ChatCompletionRequest } from '@/lib/api';
import { conversationArbitrary } from '@/testing';
import { buildChatRequest } from './buildChatRequest';
import { ownedFieldsOf } from './ownedFields';
import { promptProblems } from './promptProblems';
import { parseToolsText } from './readWirePrompt';
import { requestToWorkbench } from './requestToWorkbench';

const weather = {
  name: 'get_weather',
  description: 'Weather now',
  parameters: '{"type":"object","properties":{"city":{"type":"string"}}}',
};
const conversation: Conversation = {
  system: 'S',
  turns: [
    { role: 'user', text: 'Paris?', images: [] },
    {
      role: 'assistant',
      text: '',
      images: [],
      toolCalls: [{ id: 'c1', name: 'get_weather', arguments: '{"city":"Paris"}' }],
    },
    { role: 'tool', text: '{"temp":21}', images: [], toolCallId: 'c1' },
    {
      role: 'assistant',
      text: 'Also:',
      images: [],
      toolCalls: [{ id: 'c2', name: 'get_weather', arguments: '' }],
    },
    { role: 'tool', text: 'rain', images: [], toolCallId: 'c2' },
    { role: 'user', text: '', images: [] },
  ],
  tools: [weather, { name: 'noop', description: '', parameters: '', strict: false }],
  toolChoice: { name: 'get_weather' },
  parallelToolCalls: false,
  responseFormat: { type: 'json_schema', name: 'answer', schema: '{"type":"object"}', strict: true },
};
const build = (c: Conversation, params: Record<string, unknown> = {}) =>
  buildChatRequest({ model: 'm', conversation: c, params, stream: true });

describe('the request with tools', () => {
  it('carries tools, choice, switch and format in their place, and the tool turns as messages', () => {
    const request = build(conversation, { temperature: 0.2, tools: 'overridden?', response_format: 'x' });
    expect(Object.keys(request)).toEqual([
      'model',
      'messages',
      'tools',
      'tool_choice',
      'parallel_tool_calls',
      'response_format',
      'temperature',
      'stream',
      'stream_options',
    ]);
    expect(request.messages).toEqual([
      { role: 'system', content: 'S' },
      { role: 'user', content: 'Paris?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'c1', content: '{"temp":21}' },
      {
        role: 'assistant',
        content: 'Also:',
        tool_calls: [{ id: 'c2', type: 'function', function: { name: 'get_weather', arguments: '' } }],
      },
      { role: 'tool', tool_call_id: 'c2', content: 'rain' },
    ]);
    expect(request.tools).toEqual([
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'Weather now',
          parameters: { type: 'object', properties: { city: { type: 'string' } } },
        },
      },
      { type: 'function', function: { name: 'noop', strict: false } },
    ]);
    expect(request.tool_choice).toEqual({ type: 'function', function: { name: 'get_weather' } });
    expect(request.parallel_tool_calls).toBe(false);
    expect(request.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'answer', schema: { type: 'object' }, strict: true },
    });
  });

  it('leaves out what cannot be sent as written, deterministically, and names it', () => {
    const broken: Conversation = {
      system: '',
      turns: [{ role: 'user', text: 'x', images: [] }],
      tools: [
        weather,
        { name: 'bad name!', description: '', parameters: '{"type":' },
        { ...weather },
        { name: '', description: '', parameters: '[]' },
      ],
      toolChoice: { name: 'missing' },
      responseFormat: { type: 'json_schema', name: '', schema: 'nope' },
    };
    const request = build(broken);
    expect((request.tools as unknown[]).length).toBe(2);
    expect(request.response_format).toBeUndefined();
    expect(JSON.stringify(build(broken))).toBe(JSON.stringify(request));
    const problems = promptProblems(broken);
    expect(problems[0]).toBe(
      'Tool 2 (bad name!): its name may only use letters, digits, "_" and "-", at most 64 of them.',
    );
    expect(problems[1]).toMatch(
      /^Tool 2 \(bad name!\): the parameters are not valid JSON: .+ The tool is left out of the request\.$/,
    );
    expect(problems.slice(2)).toEqual([
      'Tool 3 (get_weather) has the same name as tool 1.',
      'Tool 4 has no name.',
      'Tool 4: the parameters are not a JSON object. The tool is left out of the request.',
      'The tool choice names "missing", which is not one of the tools.',
      'The response schema has no name.',
      expect.stringMatching(
        /^The response schema is not valid JSON: .+ The response format is left out of the request\.$/,
      ),
    ]);
    expect(promptProblems({ system: '', turns: [], toolChoice: 'auto', parallelToolCalls: true })).toEqual([
      'A tool choice is set, but there are no tools.',
      'Parallel tool calls is set, but there are no tools.',
    ]);
    expect(promptProblems(conversation)).toEqual([]);
  });

  it('sends no tools list when it would be empty, and plain formats as their type', () => {
    const request = build({ system: '', turns: [], tools: [], responseFormat: { type: 'json_object' } });
    expect(request.tools).toBeUndefined();
    expect(request.response_format).toEqual({ type: 'json_object' });
  });

  it('includes the pairing problems', () => {
    const c: Conversation = { system: '', turns: [{ role: 'tool', text: 'r', images: [], toolCallId: 'x' }] };
    expect(promptProblems(c)).toEqual([
      'Message 1 (a tool result) follows no assistant turn with tool calls.',
    ]);
  });
});

describe('importing tools back', () => {
  it('is the inverse of buildChatRequest for conversations with tools (300 generated)', () => {
    fc.assert(
      fc.property(conversationArbitrary('/nonexistent'), fc.boolean(), (c, stream) => {
        const request = buildChatRequest({ model: 'm', conversation: c, params: {}, stream });
        const state = requestToWorkbench(request);
        expect(state.warnings).toEqual([]);
        expect(JSON.stringify(buildChatRequest(state))).toBe(JSON.stringify(request));
      }),
      { numRuns: 300 },
    );
  });

  it('maps the wire shapes onto the prompt', () => {
    const request = build(conversation);
    const state = requestToWorkbench(request);
    expect(state.params).toEqual({});
    expect(state.conversation.toolChoice).toEqual({ name: 'get_weather' });
    expect(state.conversation.tools?.[1]).toEqual({
      name: 'noop',
      description: '',
      parameters: '',
      strict: false,
    });
    expect(JSON.parse(state.conversation.tools?.[0]?.parameters ?? '')).toEqual(
      JSON.parse(weather.parameters),
    );
    expect(state.conversation.turns[1]?.toolCalls).toEqual(conversation.turns[1]?.toolCalls);
    expect(state.conversation.turns[2]?.toolCallId).toBe('c1');
  });

  it('names what does not fit', () => {
    const request = JSON.parse(
      JSON.stringify({
        model: 'm',
        messages: [
          {
            role: 'assistant',
            content: '',
            tool_calls: [
              { id: 'a', type: 'function', function: { name: 'f', arguments: { x: 1 } } },
              { id: 2 },
            ],
          },
          { role: 'tool', content: [{ type: 'text', text: 'r' }] },
          { role: 'assistant', content: null },
        ],
        tools: [
          { type: 'code_interpreter' },
          { type: 'function', function: { name: 'g', description: '', parameters: 3 } },
          { type: 'function', function: { name: 'h', extra: 1 }, x: 2 },
        ],
        tool_choice: 'sometimes',
        parallel_tool_calls: 'no',
        response_format: {
          type: 'json_schema',
          json_schema: { name: 'n', schema: { type: 'object' }, other: 1 },
        },
      }),
    ) as ChatCompletionRequest;
    const state = requestToWorkbench(request);
    expect(state.warnings).toEqual([
      "Message 1: tool call 1's arguments are not text; their JSON text was kept.",
      'Message 1: tool call 2 is malformed and was left out.',
      'Message 1: its empty content is sent as null, as for any tool calls without text.',
      'Message 2 is a tool result that names no call ("tool_call_id").',
      'Message 2: its content is sent as text.',
      'Message 3 has no text content and was left out.',
      'Tool 1 ("code_interpreter") is not a function tool and was left out.',
      'Tool 2 (g): its parameters are not an object; the tool was left out.',
      'Tool 3 (h): x, function.extra not imported.',
      '"tool_choice" is not auto, none, required or a named function; it was not imported.',
      '"parallel_tool_calls" is not true/false and was not imported.',
      '"response_format": json_schema.other not imported.',
    ]);
    expect(state.conversation.turns[0]?.toolCalls).toEqual([{ id: 'a', name: 'f', arguments: '{"x":1}' }]);
    expect(state.params).toEqual({});
  });

  it('reads a pasted tools list, one tool, or a request', () => {
    const list = JSON.stringify(build(conversation).tools);
    const fromList = parseToolsText(list);
    expect('tools' in fromList && fromList.tools.map((t) => t.name)).toEqual(['get_weather', 'noop']);
    const one = parseToolsText(JSON.stringify({ type: 'function', function: { name: 'x' } }));
    expect('tools' in one && one.tools).toEqual([{ name: 'x', description: '', parameters: '' }]);
    const request = parseToolsText(JSON.stringify(build(conversation)));
    expect('tools' in request && request.tools).toHaveLength(2);
    expect(parseToolsText('{')).toMatchObject({
      error: expect.stringMatching(/^The text is not valid JSON/),
    });
    expect(parseToolsText('[]')).toEqual({ error: 'An empty "tools" list is not sent.' });
    expect(parseToolsText('[{"type":"x"}]')).toEqual({
      error: 'Tool 1 ("x") is not a function tool and was left out.',
    });
    expect(parseToolsText('['.repeat(100) + ']'.repeat(100))).toMatchObject({
      error: expect.stringMatching(/cannot be imported/),
    });
  });
});

describe('owned fields of a parameter schema', () => {
  it('are the chat prompt’s for chat schemas, and leave response_format to image and completion schemas', () => {
    expect(ownedFieldsOf({ messages: {}, response_format: {} }).has('response_format')).toBe(true);
    expect(ownedFieldsOf({ temperature: {} }).has('tools')).toBe(true);
    const image = ownedFieldsOf({ prompt: {}, response_format: {} });
    expect(image.has('response_format')).toBe(false);
    expect(image.has('model')).toBe(true);
  });
});

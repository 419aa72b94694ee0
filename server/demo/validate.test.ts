import { describe, expect, it } from 'vitest';
import { validateChatRequest } from './validate.ts';

const messages = [{ role: 'user', content: 'hi' }];
const failure = (body: unknown) => {
  const result = validateChatRequest(body);
  return result.ok ? 'ok' : `${result.status} ${result.message}`;
};

describe('validateChatRequest', () => {
  it('requires a model, a known model and messages', () => {
    expect(failure({ messages })).toBe('400 You must specify a model to call');
    expect(failure({ model: 'nope', messages })).toBe('404 Model not found: nope');
    expect(failure({ model: 'plain-demo', messages: [] })).toBe('400 Messages array cannot be empty');
    expect(failure({ model: 'plain-demo' })).toBe('400 messages must be an array');
    expect(failure([])).toBe('400 Request body must be a JSON object');
  });

  it('checks message roles and contents', () => {
    expect(failure({ model: 'plain-demo', messages: [{ role: 'bot', content: 'x' }] })).toMatch(
      /^400 messages\[0\]\.role must be one of/,
    );
    expect(failure({ model: 'plain-demo', messages: [{ role: 'user', content: 3 }] })).toMatch(
      /^400 messages\[0\]\.content/,
    );
  });

  it("applies the model's own ranges and types, naming the parameter", () => {
    const claude = 'claude-sonnet-4-20250514';
    expect(failure({ model: claude, messages, temperature: 1.5 })).toBe('400 temperature must be <= 1');
    expect(failure({ model: claude, messages, temperature: 'hot' })).toBe('400 temperature must be number');
    expect(failure({ model: claude, messages, max_tokens: 9000 })).toBe('400 max_tokens must be <= 8192');
    expect(failure({ model: claude, messages, temperature: 0.3, max_tokens: 100 })).toBe('ok');
  });

  it('rejects temperature for the reasoning model', () => {
    expect(failure({ model: 'reasoning-mini-demo', messages, temperature: 0.2 })).toBe(
      "400 Unsupported parameter: 'temperature' is not supported with this model.",
    );
    expect(failure({ model: 'reasoning-mini-demo', messages, reasoning_effort: 'huge' })).toMatch(
      /^400 reasoning_effort /,
    );
  });

  it('follows $ref, oneOf and anyOf in model schemas', () => {
    expect(failure({ model: 'vision-demo', messages, temperature: 2 })).toBe('400 temperature must be <= 1');
    expect(failure({ model: 'structured-demo', messages, response_format: { type: 'xml' } })).toMatch(
      /^400 response_format /,
    );
    expect(failure({ model: 'structured-demo', messages, stop: 5 })).toMatch(/^400 stop /);
    expect(failure({ model: 'structured-demo', messages, n: 5 })).toBe('400 n must be <= 4');
    expect(failure({ model: 'structured-demo', messages, temperature: 1.8, stop: 'x', n: 2 })).toBe('ok');
  });

  it('falls back to the standard rules without a usable schema', () => {
    expect(failure({ model: 'plain-demo', messages, temperature: 2.5 })).toBe('400 temperature must be <= 2');
    expect(failure({ model: 'broken-schema-demo', messages, top_p: 2 })).toBe('400 top_p must be <= 1');
    expect(failure({ model: 'plain-demo', messages, stream: 'yes' })).toBe('400 stream must be boolean');
    expect(failure({ model: 'broken-schema-demo', messages, temperature: 1 })).toBe('ok');
  });
});

describe('validateChatRequest: tools, tool messages and response formats', () => {
  const weather = {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Weather for a city',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      strict: true,
    },
  };
  const call = {
    id: 'call_1',
    type: 'function',
    function: { name: 'get_weather', arguments: '{"city":"Oslo"}' },
  };
  const toolTurn = [
    { role: 'user', content: 'get_weather for Oslo' },
    { role: 'assistant', content: null, tool_calls: [call] },
    { role: 'tool', tool_call_id: 'call_1', content: '{"temp": 4}' },
  ];
  const jsonSchema = {
    type: 'json_schema',
    json_schema: {
      name: 'answer',
      schema: { type: 'object', properties: { a: { type: 'string' } } },
      strict: true,
    },
  };
  const full = {
    messages: toolTurn,
    tools: [weather],
    tool_choice: { type: 'function', function: { name: 'get_weather' } },
    parallel_tool_calls: false,
    response_format: jsonSchema,
  };
  const models = [
    'claude-sonnet-4-20250514',
    'reasoning-mini-demo',
    'vision-demo',
    'structured-demo',
    'plain-demo',
    'broken-schema-demo',
  ];

  it.each(models)(
    'accepts tools, tool_choice, parallel_tool_calls, response_format and tool turns for %s',
    (model) => {
      expect(failure({ model, ...full })).toBe('ok');
      for (const tool_choice of ['auto', 'none', 'required']) {
        expect(failure({ model, messages, tools: [weather], tool_choice })).toBe('ok');
      }
      expect(failure({ model, messages, response_format: { type: 'json_object' } })).toBe('ok');
      expect(failure({ model, messages: [...toolTurn, { role: 'assistant', content: 'It is 4°C.' }] })).toBe(
        'ok',
      );
    },
  );

  const bad: Array<[string, Record<string, unknown>, string, string]> = [
    [
      'a tool message without tool_call_id',
      { messages: [toolTurn[0], toolTurn[1], { role: 'tool', content: 'x' }] },
      'messages[2].tool_call_id is required',
      'messages',
    ],
    [
      'a tool message with no call to answer',
      {
        messages: [
          { role: 'user', content: 'hi' },
          { role: 'tool', tool_call_id: 'call_1', content: 'x' },
        ],
      },
      'messages[1]: a tool message must follow an assistant message with tool_calls',
      'messages',
    ],
    [
      'a tool message answering an unknown id',
      { messages: [toolTurn[0], toolTurn[1], { role: 'tool', tool_call_id: 'call_9', content: 'x' }] },
      "messages[2].tool_call_id 'call_9' answers no tool call of the preceding assistant message",
      'messages',
    ],
    [
      'a tool message without content',
      { messages: [toolTurn[0], toolTurn[1], { role: 'tool', tool_call_id: 'call_1' }] },
      "messages[2].content must be a string (the tool's result) or an array of text parts",
      'messages',
    ],
    [
      'assistant content null without tool_calls',
      { messages: [{ role: 'assistant', content: null }] },
      'messages[0].content must be a string or an array of content parts',
      'messages',
    ],
    [
      'tool_calls arguments that are not a string',
      {
        messages: [
          {
            role: 'assistant',
            content: null,
            tool_calls: [{ ...call, function: { name: 'f', arguments: {} } }],
          },
        ],
      },
      'messages[0].tool_calls[0].function.arguments must be a string (the arguments as JSON text)',
      'messages',
    ],
    [
      'an empty tool_calls',
      { messages: [{ role: 'assistant', content: null, tool_calls: [] }] },
      'messages[0].tool_calls must be a non-empty array',
      'messages',
    ],
    [
      'a tool without function.name',
      { messages, tools: [{ type: 'function', function: { parameters: {} } }] },
      'tools[0].function.name is required',
      'tools',
    ],
    [
      'a tool with a bad name',
      { messages, tools: [{ type: 'function', function: { name: 'get weather' } }] },
      'tools[0].function.name must be 1 to 64 letters, digits, underscores or hyphens',
      'tools',
    ],
    [
      'a tool of another type',
      { messages, tools: [{ type: 'retrieval', function: { name: 'f' } }] },
      "tools[0].type must be 'function'",
      'tools',
    ],
    [
      'two tools with one name',
      { messages, tools: [weather, weather] },
      "tools has more than one function named 'get_weather'",
      'tools',
    ],
    [
      'parameters that are no schema',
      { messages, tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'banana' } } }] },
      "Invalid schema for function 'f': schema is invalid: data/type must be equal to one of the allowed values, data/type must be array, data/type must match a schema in anyOf",
      'tools',
    ],
    [
      'tool_choice naming an unknown tool',
      { messages, tools: [weather], tool_choice: { type: 'function', function: { name: 'nope' } } },
      "tool_choice names the function 'nope', which is not in tools",
      'tool_choice',
    ],
    [
      'tool_choice without tools',
      { messages, tool_choice: 'auto' },
      'tool_choice is only allowed when tools are specified',
      'tool_choice',
    ],
    [
      'parallel_tool_calls without tools',
      { messages, parallel_tool_calls: true },
      'parallel_tool_calls is only allowed when tools are specified',
      'parallel_tool_calls',
    ],
    [
      'a json_schema format without a name',
      { messages, response_format: { type: 'json_schema', json_schema: { schema: {} } } },
      'response_format.json_schema.name is required',
      'response_format',
    ],
    [
      'a json_schema format without json_schema',
      { messages, response_format: { type: 'json_schema' } },
      'response_format.json_schema is required',
      'response_format',
    ],
  ];

  it.each(bad)('rejects %s', (_name, extra, message, param) => {
    const result = validateChatRequest({ model: 'plain-demo', ...extra });
    expect(result).toMatchObject({ ok: false, status: 400, message, param });
  });

  it('rejects a bad tool_choice string, with the model schema or the standard rules', () => {
    expect(failure({ model: 'plain-demo', messages, tools: [weather], tool_choice: 'always' })).toMatch(
      /^400 tool_choice must be one of none, auto, required/,
    );
    expect(
      failure({ model: 'claude-sonnet-4-20250514', messages, tools: [weather], tool_choice: 'always' }),
    ).toMatch(/^400 tool_choice /);
  });
});

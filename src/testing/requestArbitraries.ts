import fc from 'fast-check';
import type { Conversation, ResponseFormat, ToolChoice, ToolDefinition, Turn } from '@/domain/conversation';
import { buildChatRequest, OWNED_FIELDS } from '@/domain/request';
import type { ChatCompletionRequest, JsonValue } from '@/lib/api';

/**
 * Strings aimed at every layer a snippet goes through: shell quoting and expansion, Python and JS string
 * syntax, f-strings and template literals, JSON escapes, UTF-16 oddities. The injection attempts write
 * into `canaryDir`; the tests assert it stays empty.
 */
export function hostileFragments(canaryDir: string): string[] {
  return [
    "'",
    '"',
    '\\',
    '\\\\',
    "'\\''",
    "'\"'\"'",
    `$(touch ${canaryDir}/pwned-dollar)`,
    `\`touch ${canaryDir}/pwned-backtick\``,
    `'; touch ${canaryDir}/pwned-quote; '`,
    `"; import os; os.system("touch ${canaryDir}/pwned-py"); "`,
    `{__import__('os').system('touch ${canaryDir}/pwned-fstring')}`,
    `\${require('fs').writeFileSync('${canaryDir}/pwned-template', '')}`,
    '$HOME',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal shell expansion attempt, on purpose.
    '${HOME}',
    '$OXEN_API_KEY',
    '$',
    '!',
    '!!',
    '!$',
    '\n',
    '\t',
    '\r',
    '\r\n',
    '\u0000',
    '\u0001',
    '\u001b[31m',
    '\u007f',
    '\u0085',
    '\u00a0',
    '\ud800',
    '\udfff',
    '\udc00\ud800',
    '😀',
    '👨‍👩‍👧',
    'שלום',
    'مرحبا',
    '\u202e',
    '\u2028',
    '\u2029',
    '\ufeff',
    '\u{e0001}',
    '"""',
    "'''",
    '\\u0041',
    '\\x41',
    '\\N{BULLET}',
    '\\\n',
    "'\\\n'",
    '</script>',
    '#',
    'JSON',
    '<<JSON',
    "<<'A'\n",
    '\nJSON\n',
    'EOF',
    '%s',
    '*',
    '~',
    '&&',
    ';',
    '|',
  ];
}

const char16 = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export function hostileString(canaryDir: string, maxPieces = 10): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...hostileFragments(canaryDir)) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: char16, maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  const short = fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(''));
  // A few KB: long bodies must survive quoting too.
  const long = fc
    .tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 100, max: 600 }))
    .map(([parts, times]) => parts.join('').repeat(times).slice(0, 4000));
  return fc.oneof({ weight: 9, arbitrary: short }, { weight: 1, arbitrary: long });
}

/** Numbers whose printing differs between languages: exponents, integers beyond 2^53, -0, subnormals. */
const trickyNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    0.1 + 0.2,
    1e21,
    1e-7,
    1e20,
    2 ** 53 + 2,
    5e-324,
    1.7976931348623157e308,
    -1e-300,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

function paramValue(str: fc.Arbitrary<string>): fc.Arbitrary<JsonValue> {
  const leaf = fc.oneof(str, trickyNumber, fc.boolean(), fc.constant(null));
  return fc.letrec<{ value: JsonValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(
        fc.string({ maxLength: 6 }).filter((k) => k !== '__proto__'),
        tie('value'),
        { maxKeys: 3 },
      ),
    ),
  })).value;
}

/** JSON objects (schemas, in spirit) whose keys and strings are hostile, as the text the prompt holds them in. */
function schemaText(str: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const object = fc.dictionary(
    fc
      .oneof(fc.constantFrom('type', 'properties', 'required', 'description'), str)
      .filter((k) => k !== '__proto__'),
    paramValue(str),
    { maxKeys: 4 },
  );
  return fc.oneof(
    { weight: 6, arbitrary: object.map((o) => JSON.stringify(o, null, 2)) },
    { weight: 1, arbitrary: object.map((o) => JSON.stringify(o)) },
    { weight: 1, arbitrary: fc.constant('') },
    // Not a JSON object: left out of the request (promptProblems names it), deterministically.
    { weight: 1, arbitrary: fc.constantFrom('{', '[1]', 'not json', '"text"') },
  );
}

const toolName = (str: fc.Arbitrary<string>) =>
  fc.oneof(fc.constantFrom('get_weather', 'lookup', 'a-b_9'), str);

/** Turns of every kind: user and assistant text, assistant turns with tool calls followed by their results. */
function turnsArbitrary(str: fc.Arbitrary<string>): fc.Arbitrary<Turn[]> {
  const images = fc.array(
    fc.oneof(
      fc.constant('https://example.com/cat.png'),
      str.map((s) => `data:image/png;base64,${s}`),
    ),
    { maxLength: 2 },
  );
  const plain: fc.Arbitrary<Turn[]> = fc
    .record({ role: fc.constantFrom('user' as const, 'assistant' as const), text: str, images })
    .map((t) => [t]);
  const call = fc.record({ id: str, name: toolName(str), arguments: str });
  const round: fc.Arbitrary<Turn[]> = fc
    .record({
      text: fc.oneof(fc.constant(''), str),
      calls: fc.array(call, { minLength: 1, maxLength: 3 }),
      results: fc.array(str, { minLength: 3, maxLength: 3 }),
    })
    .map(({ text, calls, results }) => [
      { role: 'assistant', text, images: [], toolCalls: calls },
      ...calls.map((c, i): Turn => ({ role: 'tool', text: results[i] ?? '', images: [], toolCallId: c.id })),
    ]);
  return fc
    .array(fc.oneof({ weight: 3, arbitrary: plain }, { weight: 1, arbitrary: round }), {
      minLength: 1,
      maxLength: 3,
    })
    .map((groups) => groups.flat());
}

/** Conversations as the workbench holds them, with tools, tool choice and response formats, from hostile text. */
export function conversationArbitrary(canaryDir: string): fc.Arbitrary<Conversation> {
  const str = hostileString(canaryDir);
  const tool: fc.Arbitrary<ToolDefinition> = fc
    .record({
      name: toolName(str),
      description: str,
      parameters: schemaText(str),
      strict: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ strict, ...t }) => (strict === undefined ? t : { ...t, strict }));
  const toolChoice: fc.Arbitrary<ToolChoice> = fc.oneof(
    fc.constantFrom('auto' as const, 'none' as const, 'required' as const),
    toolName(str).map((name) => ({ name })),
  );
  const responseFormat: fc.Arbitrary<ResponseFormat> = fc.oneof(
    fc.constantFrom({ type: 'text' as const }, { type: 'json_object' as const }),
    fc
      .record({
        name: toolName(str),
        description: fc.option(str, { nil: undefined }),
        schema: schemaText(str),
        strict: fc.option(fc.boolean(), { nil: undefined }),
      })
      .map(({ name, description, schema, strict }) => ({
        type: 'json_schema' as const,
        name,
        ...(description === undefined ? {} : { description }),
        schema,
        ...(strict === undefined ? {} : { strict }),
      })),
  );
  return fc
    .record({
      system: str,
      turns: turnsArbitrary(str),
      tools: fc.option(fc.array(tool, { maxLength: 3 }), { nil: undefined, freq: 2 }),
      toolChoice: fc.option(toolChoice, { nil: undefined, freq: 2 }),
      parallelToolCalls: fc.option(fc.boolean(), { nil: undefined, freq: 2 }),
      responseFormat: fc.option(responseFormat, { nil: undefined, freq: 2 }),
    })
    .map((c) => {
      const out: Conversation = { system: c.system, turns: c.turns };
      if (c.tools !== undefined) out.tools = c.tools;
      if (c.toolChoice !== undefined) out.toolChoice = c.toolChoice;
      if (c.parallelToolCalls !== undefined) out.parallelToolCalls = c.parallelToolCalls;
      if (c.responseFormat !== undefined) out.responseFormat = c.responseFormat;
      return out;
    });
}

/** Requests as the workbench builds them (buildChatRequest), from hostile conversations and params. */
export function requestArbitrary(canaryDir: string): fc.Arbitrary<ChatCompletionRequest> {
  const str = hostileString(canaryDir);
  // Members the workbench sets itself; "__proto__" is covered by unit tests (fc.dictionary can't hold it).
  const owned = new Set<string>([...OWNED_FIELDS, '__proto__']);
  const paramName = fc.oneof(
    fc.constantFrom('temperature', 'top_k', 'stop', 'seed', 'logprobs'),
    hostileString(canaryDir, 3),
  );
  const params = fc.dictionary(
    paramName.filter((k) => !owned.has(k)),
    paramValue(str),
    { maxKeys: 4 },
  );
  return fc
    .record({
      model: fc.oneof(
        fc.constant('claude-sonnet-4-20250514'),
        str.filter((s) => s !== ''),
      ),
      conversation: conversationArbitrary(canaryDir),
      params,
      stream: fc.boolean(),
    })
    .map((input) => buildChatRequest(input));
}

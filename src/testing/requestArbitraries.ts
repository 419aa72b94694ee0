import fc from 'fast-check';
import type { Conversation, Turn } from '@/domain/conversation';
import { buildChatRequest } from '@/domain/request';
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

/** Requests as the workbench builds them (buildChatRequest), from hostile conversations and params. */
export function requestArbitrary(canaryDir: string): fc.Arbitrary<ChatCompletionRequest> {
  const str = hostileString(canaryDir);
  const turn: fc.Arbitrary<Turn> = fc.record({
    role: fc.constantFrom('user' as const, 'assistant' as const),
    text: str,
    images: fc.array(
      fc.oneof(
        fc.constant('https://example.com/cat.png'),
        str.map((s) => `data:image/png;base64,${s}`),
      ),
      {
        maxLength: 2,
      },
    ),
  });
  const conversation: fc.Arbitrary<Conversation> = fc.record({
    system: str,
    turns: fc.array(turn, { minLength: 1, maxLength: 3 }),
  });
  // Members the workbench sets itself; "__proto__" is covered by unit tests (fc.dictionary can't hold it).
  const owned = new Set<string>(['model', 'messages', 'stream', 'stream_options', '__proto__']);
  const paramName = fc.oneof(
    fc.constantFrom('temperature', 'top_k', 'stop', 'response_format', 'seed', 'logprobs'),
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
      conversation,
      params,
      stream: fc.boolean(),
    })
    .map((input) => buildChatRequest(input));
}

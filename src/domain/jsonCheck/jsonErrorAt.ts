// Where JSON text stops being JSON. V8's JSON.parse often says only "Unexpected token '}', ..." with no
// position, so a short scanner (iterative: a pasted text may nest deeply) finds the offset and what was expected
// there. Run only after JSON.parse has failed.

export interface JsonErrorAt {
  offset: number;
  expected: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

type Want = 'value' | 'key' | 'key-or-end' | 'colon' | 'comma-or-}' | 'value-or-]' | 'comma-or-]' | 'end';

const EXPECTED: Record<Want, string> = {
  value: 'a value',
  key: 'a property name in double quotes',
  'key-or-end': 'a property name in double quotes or "}"',
  colon: '":"',
  'comma-or-}': '"," or "}"',
  'value-or-]': 'a value or "]"',
  'comma-or-]': '"," or "]"',
  end: 'the end of the text',
};

/** The first offset at which `text` is not JSON, or null when it is. */
export function jsonErrorAt(text: string): JsonErrorAt | null {
  const stack: Array<'{' | '['> = [];
  let want: Want = 'value';
  let i = 0;
  const fail = (): JsonErrorAt => ({ offset: i, expected: EXPECTED[want] });
  const afterValue = (): Want => {
    const top = stack.at(-1);
    return top === '{' ? 'comma-or-}' : top === '[' ? 'comma-or-]' : 'end';
  };
  while (true) {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
    const c = text[i];
    if (c === undefined) return want === 'end' ? null : fail();
    if (want === 'end') return fail();
    if (want === 'colon') {
      if (c !== ':') return fail();
      i++;
      want = 'value';
      continue;
    }
    if (want === 'comma-or-}' || want === 'comma-or-]') {
      const close: '}' | ']' = want === 'comma-or-}' ? '}' : ']';
      if (c === ',') want = close === '}' ? 'key' : 'value';
      else if (c === close) {
        stack.pop();
        i++;
        want = afterValue();
        continue;
      } else return fail();
      i++;
      continue;
    }
    if (want === 'key' || want === 'key-or-end') {
      if (c === '}' && want === 'key-or-end') {
        stack.pop();
        i++;
        want = afterValue();
        continue;
      }
      STRING.lastIndex = i;
      if (c !== '"' || !STRING.test(text)) return fail();
      i = STRING.lastIndex;
      want = 'colon';
      continue;
    }
    // A value (or, right after "[", the end of the list).
    if (c === ']' && want === 'value-or-]') {
      stack.pop();
      i++;
      want = afterValue();
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      want = c === '{' ? 'key-or-end' : 'value-or-]';
      continue;
    }
    let end = -1;
    if (c === '"') {
      STRING.lastIndex = i;
      if (STRING.test(text)) end = STRING.lastIndex;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (NUMBER.test(text)) end = NUMBER.lastIndex;
    } else {
      for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) end = i + word.length;
    }
    if (end < 0) return fail();
    i = end;
    want = afterValue();
  }
}

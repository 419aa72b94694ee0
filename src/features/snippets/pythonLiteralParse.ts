import type { JsonObject, JsonValue } from '@/lib/api';
import { PythonSyntaxError, type PythonToken, tokenizePython } from './pythonTokenize';

/**
 * Python literal source -> the JSON value `json.dumps` would send for it: the inverse of toPythonLiteral.
 * Supports dict, list, tuple (-> array, as json.dumps writes it), str with every escape except \N{...},
 * implicit string concatenation, ints (any base, underscores), floats, unary +/-, True/False/None.
 * Refuses what json.dumps would not send or what is not a literal: f-strings, bytes, sets, complex
 * numbers, names, calls.
 */

const CONSTANTS: Record<string, JsonValue> = { True: true, False: false, None: null };

/** Defines rather than assigns, so a `"__proto__"` key becomes an own property as in JSON.parse; a
 * repeated key keeps its first position and takes the last value, as in a Python dict. */
function setMember(obj: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function pythonNumber(text: string, pos: number): number {
  if (/[jJ]$/.test(text)) throw new PythonSyntaxError(`complex number ${text} has no JSON form`, pos);
  const clean = text.replace(/_/g, '');
  const value = /^0[xXoObB]/.test(clean) ? Number(BigInt(clean)) : Number(clean);
  // A float literal like 1e999 is inf in Python, which requests refuses to serialise (allow_nan=False).
  if (!Number.isFinite(value)) throw new PythonSyntaxError(`${text} is out of range for JSON`, pos);
  return value;
}

/** Nesting the recursive-descent parser accepts: deeper input is refused before it can overflow the stack. */
export const MAX_LITERAL_DEPTH = 64;

export class LiteralParser {
  private depth = 0;

  constructor(
    private readonly tokens: PythonToken[],
    public index = 0,
  ) {}

  peek(offset = 0): PythonToken | undefined {
    return this.tokens[this.index + offset];
  }

  private fail(message: string, token = this.peek()): never {
    throw new PythonSyntaxError(message, token?.pos ?? -1);
  }

  private expectOp(text: string): void {
    const t = this.peek();
    if (t?.kind !== 'op' || t.text !== text) this.fail(`expected "${text}"`);
    this.index++;
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t?.kind === 'op' && t.text === text;
  }

  value(): JsonValue {
    if (this.depth >= MAX_LITERAL_DEPTH)
      this.fail(`the value is nested more than ${MAX_LITERAL_DEPTH} levels deep`);
    this.depth++;
    try {
      return this.valueHere();
    } finally {
      this.depth--;
    }
  }

  private valueHere(): JsonValue {
    const t = this.peek();
    if (!t) this.fail('unexpected end of input');
    if (t.kind === 'string') return this.strings();
    if (t.kind === 'number') {
      this.index++;
      return pythonNumber(t.text, t.pos);
    }
    if (t.kind === 'name') {
      if (t.text in CONSTANTS) {
        this.index++;
        return CONSTANTS[t.text] ?? null;
      }
      this.fail(`"${t.text}" is not a literal (variables and calls cannot be imported)`);
    }
    if (t.text === '-' || t.text === '+') {
      this.index++;
      const operand = this.peek();
      if (operand?.kind !== 'number') this.fail(`unary ${t.text} only applies to numbers here`);
      const n = this.value() as number;
      return t.text === '-' ? -n : n;
    }
    if (t.text === '{') return this.dict();
    if (t.text === '[') return this.sequence('[', ']');
    if (t.text === '(') return this.parenthesised();
    this.fail(`unexpected "${t.text}"`);
  }

  /** Adjacent string literals are one string in Python ("a" "b" == "ab"). */
  private strings(): string {
    let out = '';
    for (let t = this.peek(); t?.kind === 'string'; t = this.peek()) {
      if (t.prefix.includes('f'))
        this.fail('f-strings are not supported: replace them with plain strings', t);
      if (t.prefix.includes('b')) this.fail('bytes literals have no JSON form', t);
      out += t.value;
      this.index++;
    }
    return out;
  }

  private dict(): JsonObject {
    this.expectOp('{');
    const obj: JsonObject = {};
    while (!this.isOp('}')) {
      const keyToken = this.peek();
      const key = this.value();
      if (this.isOp(',') || this.isOp('}')) this.fail('sets have no JSON form', keyToken);
      // json.dumps turns int keys into strings; other non-str keys are rare enough to refuse.
      if (typeof key === 'number' && Number.isInteger(key)) setMember(obj, String(key), this.afterColon());
      else if (typeof key === 'string') setMember(obj, key, this.afterColon());
      else this.fail('dict keys must be strings', keyToken);
      if (!this.isOp(',')) break;
      this.index++;
    }
    this.expectOp('}');
    return obj;
  }

  private afterColon(): JsonValue {
    this.expectOp(':');
    return this.value();
  }

  private sequence(open: string, close: string): JsonValue[] {
    this.expectOp(open);
    const items: JsonValue[] = [];
    while (!this.isOp(close)) {
      items.push(this.value());
      if (!this.isOp(',')) break;
      this.index++;
    }
    this.expectOp(close);
    return items;
  }

  /** `(x)` is x; `()`, `(x,)` and `(x, y)` are tuples, which json.dumps writes as arrays. */
  private parenthesised(): JsonValue {
    const start = this.index;
    this.expectOp('(');
    if (this.isOp(')')) {
      this.index++;
      return [];
    }
    const first = this.value();
    if (this.isOp(')')) {
      this.index++;
      return first;
    }
    this.index = start;
    return this.sequence('(', ')');
  }
}

/** Parses a whole text that must be exactly one Python literal. */
export function parsePythonLiteral(source: string): JsonValue {
  const tokens = tokenizePython(source);
  const parser = new LiteralParser(tokens);
  const value = parser.value();
  const rest = parser.peek();
  if (rest)
    throw new PythonSyntaxError(
      `unexpected "${rest.kind === 'string' ? rest.raw : rest.text}" after the literal`,
      rest.pos,
    );
  return value;
}

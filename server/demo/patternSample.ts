// A string matching a JSON Schema `pattern`. Plausible candidates are tried first; otherwise a small walker
// writes one match of the common regex constructs (literals, escapes, classes, groups with |, quantifiers).
// Exotic patterns (lookarounds, backreferences) may not be met: the demo then returns its best guess.

function matches(re: RegExp | undefined, text: string, min: number, max: number): boolean {
  const length = Array.from(text).length;
  return re !== undefined && length >= min && length <= max && re.test(text);
}

export function patternSample(
  pattern: string,
  candidates: readonly string[],
  min: number,
  max: number,
): string {
  let re: RegExp | undefined;
  try {
    re = new RegExp(pattern, 'u');
  } catch {
    re = undefined;
  }
  for (const c of candidates) if (matches(re, c, min, max)) return c;
  let walked = '';
  try {
    walked = new Walker(pattern).sequence();
  } catch {
    walked = '';
  }
  if (matches(re, walked, min, max)) return walked;
  // Longer strings: repeat the walk's last character until the minimum length is met.
  const padded = walked + (walked.at(-1) ?? 'a').repeat(Math.max(0, min - Array.from(walked).length));
  return matches(re, padded, min, max) ? padded : (candidates[0] ?? walked);
}

const MAX_REPEAT = 1_000;
const CLASS_SAMPLE: Record<string, string> = { d: '7', w: 'a', s: ' ', D: 'a', W: '-', S: 'a' };

class Walker {
  private at = 0;
  constructor(private readonly src: string) {}

  /** A sequence up to `|` or `)`, for the first alternative of a group or of the whole pattern. */
  sequence(): string {
    let out = '';
    while (this.at < this.src.length) {
      const c = this.src[this.at];
      if (c === ')' || c === '|') break;
      const atom = this.atom();
      out += atom.repeat(this.quantifier());
    }
    if (this.src[this.at] === '|') this.skipAlternatives();
    return out;
  }

  private skipAlternatives(): void {
    let depth = 0;
    while (this.at < this.src.length) {
      const c = this.src[this.at];
      if (c === '\\') this.at++;
      else if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) return;
        depth--;
      }
      this.at++;
    }
  }

  private atom(): string {
    const c = this.src[this.at++] ?? '';
    if (c === '^' || c === '$') return '';
    if (c === '.') return 'a';
    if (c === '\\') return this.escape();
    if (c === '[') return this.charClass();
    if (c === '(') {
      if (this.src[this.at] === '?') this.at += this.src[this.at + 1] === ':' ? 2 : 3;
      const inner = this.sequence();
      this.at++; // ')'
      return inner;
    }
    return c;
  }

  private escape(): string {
    const c = this.src[this.at++] ?? '';
    return CLASS_SAMPLE[c] ?? c;
  }

  private charClass(): string {
    const negated = this.src[this.at] === '^';
    if (negated) this.at++;
    const start = this.at;
    while (this.at < this.src.length && (this.src[this.at] !== ']' || this.at === start)) {
      if (this.src[this.at] === '\\') this.at++;
      this.at++;
    }
    const body = this.src.slice(start, this.at);
    this.at++; // ']'
    if (negated) {
      const re = new RegExp(`[^${body}]`, 'u');
      return ['a', 'x', '0', '_', '-', ' '].find((ch) => re.test(ch)) ?? 'a';
    }
    if (body.startsWith('\\')) return CLASS_SAMPLE[body[1] ?? ''] ?? body[1] ?? 'a';
    return body[0] ?? 'a';
  }

  private quantifier(): number {
    const c = this.src[this.at];
    let count = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) return 1;
      this.at += m[0].length;
      const lo = Number(m[1]);
      const hi = m[3] ? Number(m[3]) : m[2] ? Number.POSITIVE_INFINITY : lo;
      // Capped so `a{100000000}` cannot make the demo build a huge string.
      count = Math.min(hi, Math.max(lo, 1), MAX_REPEAT);
    }
    if (this.src[this.at] === '?') this.at++; // lazy
    return count;
  }
}

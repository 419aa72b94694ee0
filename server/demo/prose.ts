import type { Picker } from './prng.ts';
import { countTokens } from './tokens.ts';

// Word lists are ordered most-likely first: the picker's rank weighting turns them into a tiny
// "language model" whose temperature visibly changes word choice.
const ADJECTIVES = ['simple', 'clear', 'careful', 'small', 'useful', 'steady', 'quick', 'quiet', 'patient'];
const NOUNS = [
  'model',
  'request',
  'response',
  'parameter',
  'prompt',
  'stream',
  'schema',
  'sample',
  'setting',
];
const VERBS = ['shapes', 'controls', 'changes', 'describes', 'limits', 'guides', 'reflects', 'affects'];
const OBJECTS = ['the output', 'the next token', 'each answer', 'the final text', 'the whole reply'];
const TAILS = [
  '',
  ' in a predictable way',
  ' when the temperature rises',
  ' without surprises',
  ' over time',
];
const DETERMINERS = ['The', 'Each', 'A', 'Every', 'This'];
const KEYS = ['Context', 'Tone', 'Length', 'Format', 'Sampling', 'Structure', 'Examples'];
const HEADINGS = ['Notes on', 'A short take on', 'Thinking about', 'Some thoughts on'];
const CLOSINGS = ['In short,', 'Overall,', 'To sum up,', 'All in all,'];
const STOPWORDS = new Set([
  'about',
  'could',
  'would',
  'should',
  'please',
  'there',
  'these',
  'those',
  'which',
]);
const CODE_HINT = /\b(code|function|script|program|typescript|javascript|python|snippet|example)\b/i;

export interface ProseOptions {
  /** Scales how much is written, the way reasoning_effort makes a reasoning model say more. */
  effort: 'low' | 'medium' | 'high';
  /** One short paragraph, no heading, list or code: a small fast model's reply. */
  brief?: boolean;
}

/** Up to three content words from the prompt, so replies look like they are about something. */
export function topicOf(prompt: string): string {
  const words = (prompt.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOPWORDS.has(w));
  const unique = [...new Set(words)].slice(0, 3);
  return unique.length > 0 ? unique.join(' ') : 'this demo';
}

function sentence(pk: Picker): string {
  const adjective = pk.word([true, false]) ? `${pk.word(ADJECTIVES)} ` : '';
  return `${pk.word(DETERMINERS)} ${adjective}${pk.word(NOUNS)} ${pk.word(VERBS)} ${pk.word(OBJECTS)}${pk.word(TAILS)}.`;
}

export function sentences(pk: Picker, count: number): string {
  return Array.from({ length: count }, () => sentence(pk)).join(' ');
}

function codeBlock(pk: Picker, prompt: string): string {
  const name = pk.word(['summarize', 'shorten', 'describe', 'tidy']);
  if (pk.pick(/python/i.test(prompt) ? ['python', 'ts'] : ['ts', 'python']) === 'ts') {
    const method = pk.pick(['trim', 'toLowerCase', 'toUpperCase']);
    return `\`\`\`ts\nfunction ${name}(input: string): string {\n  return input.${method}();\n}\n\`\`\``;
  }
  const method = pk.pick(['strip', 'lower', 'upper']);
  return `\`\`\`python\ndef ${name}(text):\n    return text.${method}()\n\`\`\``;
}

export function composeProse(pk: Picker, prompt: string, opts: ProseOptions): string {
  const extra = opts.effort === 'high' ? 2 : opts.effort === 'low' ? -1 : 0;
  const topic = topicOf(prompt);
  if (opts.brief) {
    const brief = [`You asked about ${topic}. ${sentences(pk, pk.pick([2, 1, 3]))}`];
    addRequestedLength(pk, brief, requestedTokens(prompt));
    return brief.join('\n\n');
  }
  const parts: string[] = [`## ${pk.word(HEADINGS)} ${topic}`];
  parts.push(`You asked about ${topic}. ${sentences(pk, pk.pick([2, 3, 1]) + Math.max(0, extra))}`);
  const items = Math.max(2, pk.pick([3, 4, 5, 2]) + extra);
  const keys = [...KEYS];
  const list: string[] = [];
  for (let i = 0; i < items; i++) {
    const key = pk.word(keys);
    keys.splice(keys.indexOf(key), 1);
    list.push(`- **${key}**: ${sentence(pk)}`);
  }
  parts.push(list.join('\n'));
  // Code shows up when asked for, and otherwise now and then at higher temperatures.
  if (pk.pick(CODE_HINT.test(prompt) ? [true, false] : [false, true])) parts.push(codeBlock(pk, prompt));
  addRequestedLength(pk, parts, requestedTokens(prompt));
  parts.push(`${pk.word(CLOSINGS)} ${sentence(pk).replace(/^\w/, (c) => c.toLowerCase())}`);
  return parts.join('\n\n');
}

// "Write at least 4000 words" gets a long answer, as a real model would give: long streams (and the
// max_tokens cap cutting them) can then be tried offline. Bounded so a prompt cannot make the server work hard.
const LENGTH_ASK = /\b(\d{2,6})\s*(?:words|tokens)\b/i;
const MAX_REQUESTED_TOKENS = 20_000;

export function requestedTokens(prompt: string): number {
  const asked = Number(LENGTH_ASK.exec(prompt)?.[1] ?? 0);
  return Math.min(asked, MAX_REQUESTED_TOKENS);
}

function addRequestedLength(pk: Picker, parts: string[], target: number): void {
  let count = countTokens(parts.join('\n\n'));
  while (count < target) {
    const section = `### ${pk.word(KEYS)}\n\n${sentences(pk, 4)}\n\n- ${sentence(pk)}\n- ${sentence(pk)}`;
    parts.push(section);
    count += countTokens(`\n\n${section}`);
  }
}

/** The text with lone UTF-16 surrogates replaced by U+FFFD. A real server sends UTF-8, which cannot hold them;
 * the demo quotes user text (tool results, the question), which may: a client printing the answer (Python's
 * print) would fail on what no real model can send. Whole pairs are kept. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

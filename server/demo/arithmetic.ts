import type { SolvedTask } from './solvedTask.ts';

// "What is 17 + 25?", "17*3", "Compute 9 - 4", "how much is 6 times 7": one operation on two small numbers.
// Either the whole message is the sum, or a lead-in verb comes right before it, so prose that merely contains
// numbers ("Write 4000 words", "list 3-5 tips") is never mistaken for a sum.
const NUMBER = String.raw`[-−]?\d{1,6}(?:\.\d{1,6})?`;
const OPERATOR = '[-+*/x×÷−]|plus|minus|times|multiplied by|divided by';
const SUM = String.raw`(${NUMBER})\s*(${OPERATOR})\s*(${NUMBER})`;
// Not followed by a further operator or digit: "1 + 2 + 3" is not answered as "1 + 2".
const END = String.raw`(?!\s*(?:[-+*/x×÷−\d.]|plus|minus|times|multiplied|divided))`;
const BARE = new RegExp(String.raw`^\s*${SUM}\s*(?:=\s*)?\??\s*$`, 'iu');
const ASKED = new RegExp(
  String.raw`\b(?:what\s+is|what's|whats|how\s+much\s+is|compute|calculate|evaluate|solve)\s*:?\s*${SUM}${END}`,
  'iu',
);

const PRECISION = 1e4;

function numberOf(text: string): number {
  return Number(text.replace('−', '-'));
}

function apply(a: number, operator: string, b: number): number | undefined {
  switch (operator.toLowerCase()) {
    case '+':
    case 'plus':
      return a + b;
    case '-':
    case '−':
    case 'minus':
      return a - b;
    case '*':
    case 'x':
    case '×':
    case 'times':
    case 'multiplied by':
      return a * b;
    default:
      // Division; by zero there is no number to answer with, so the prompt is not treated as a sum.
      return b === 0 ? undefined : a / b;
  }
}

/** A number as a person writes it: no exponent, at most four decimals, no "-0". */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * PRECISION) / PRECISION;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export function solveArithmetic(prompt: string): SolvedTask | undefined {
  const m = BARE.exec(prompt) ?? ASKED.exec(prompt);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  const result = apply(numberOf(m[1]), m[2].replace(/\s+/g, ' '), numberOf(m[3]));
  if (result === undefined || !Number.isFinite(result)) return undefined;
  const answer = formatNumber(result);
  return {
    kind: 'arithmetic',
    answer,
    // Off by one either way: the slip a model makes carrying a digit.
    wrongs: [formatNumber(result + 1), formatNumber(result - 1)],
    sentence: (value) => `The answer is ${value}`,
  };
}

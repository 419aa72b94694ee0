// The reasoning model's thinking: a short, plausible monologue about the question, streamed before the
// answer. Its length follows reasoning_effort (about 40 to 120 tokens).
import type { Picker } from './prng.ts';
import { topicOf, wellFormed } from './prose.ts';
import { countTokens } from './tokens.ts';

export interface ReasoningSituation {
  effort: 'low' | 'medium' | 'high';
  /** The tools about to be called. */
  calls: readonly string[];
  /** Names (or call ids) of the tool results being answered. */
  results: readonly string[];
  structured: boolean;
}

const TARGET = { low: 40, medium: 65, high: 95 } as const;
const OPENERS = ['So this is about', 'The key topic is', 'This comes down to'];
const EXCERPT_CHARS = 120;

function excerpt(prompt: string): string {
  const flat = prompt.replace(/\s+/g, ' ').trim();
  return wellFormed(flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS).trimEnd()}…` : flat);
}
const STEPS = [
  'I should start with what matters most and keep the wording plain.',
  'A short list of points would make the answer easier to scan.',
  'It helps to name the trade-off before giving a recommendation.',
  'An example would make the idea concrete, but it should stay small.',
  'I need to check that nothing in the answer contradicts the question.',
  'The answer should not be longer than it needs to be.',
  'Let me make sure each point adds something new.',
  'I could mention how the settings change the outcome.',
];
const CLOSERS = ['Okay, I can write the answer now.', 'That is enough to answer.', 'Time to answer.'];

export function composeReasoning(pk: Picker, prompt: string, s: ReasoningSituation): string {
  const question = excerpt(prompt);
  const parts = question
    ? [`The user asks: "${question}"`]
    : ['There is no question to answer, only the conversation.'];
  parts.push(`${pk.word(OPENERS)} ${topicOf(prompt)}.`);
  if (s.calls.length > 0) {
    parts.push(
      `The question names ${s.calls.join(' and ')}, so I should call ${s.calls.length > 1 ? 'them' : 'it'} first.`,
    );
    parts.push('The arguments have to match the parameters the tool declares.');
  } else if (s.results.length > 0) {
    parts.push(`The ${s.results.join(' and ')} result${s.results.length > 1 ? 's are' : ' is'} back.`);
    parts.push('I should quote what came back and build the answer on it.');
  }
  if (s.structured) parts.push('The reply has to be JSON that follows the requested schema.');
  const steps = [...STEPS];
  while (countTokens(parts.join(' ')) < TARGET[s.effort] && steps.length > 0) {
    const step = pk.word(steps);
    steps.splice(steps.indexOf(step), 1);
    parts.push(step);
  }
  parts.push(pk.word(CLOSERS));
  return parts.join(' ');
}

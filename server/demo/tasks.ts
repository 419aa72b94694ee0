// Task answers: when the last user message is a small task the demo can actually solve (a sum, a sentiment, a
// capital), it answers that instead of prose, so an evaluation's checks pass and fail for a reason. The answer
// depends only on the model and the message — not on the seed, the temperature or chance — so a suite run
// twice gives the same grid. Each model gets a share of tasks wrong (its error rate), chosen by a hash of
// model and message, and the wrong answer is a plausible one; each model has a style (bare or a sentence), so
// "equals expected" and "contains" tell models apart.
import { solveArithmetic } from './arithmetic.ts';
import { solveCapital } from './capitals.ts';
import { hashString } from './prng.ts';
import { solveSentiment } from './sentiment.ts';
import type { SolvedTask } from './solvedTask.ts';

/** `bare`: only the answer (`Paris`); `sentence`: a short sentence holding it (`The capital of France is Paris.`). */
export type AnswerStyle = 'bare' | 'sentence';

/** How one model answers tasks. */
export interface Answerer {
  /** Mixed into the error hash, so models get different cases wrong. */
  modelId: string;
  /** The share of tasks answered wrongly, 0–1. */
  errorRate: number;
  style: AnswerStyle;
}

/** Unknown models (the capture endpoint echoes any id) answer bare and never wrongly. */
export const DEFAULT_ANSWERER: Answerer = { modelId: '', errorRate: 0, style: 'bare' };

// Arithmetic first: "What is 3 + 4? (sentiment analysis aside)" is a sum; a sentiment message rarely holds one.
const SOLVERS = [solveArithmetic, solveCapital, solveSentiment];

export function solveTask(prompt: string): SolvedTask | undefined {
  for (const solve of SOLVERS) {
    const solved = solve(prompt);
    if (solved) return solved;
  }
  return undefined;
}

/** A stable number in [0, 1) for a model and a message. */
function unitHash(key: string): number {
  return hashString(key) / 2 ** 32;
}

/** Whether this model gets this message wrong: the same every time it is asked. */
export function answersWrongly(answerer: Answerer, prompt: string): boolean {
  return unitHash(`${answerer.modelId}\n${prompt.trim()}`) < answerer.errorRate;
}

/** The model's answer to a task it recognises in the message, or undefined (the demo writes prose then). */
export function taskAnswer(prompt: string, answerer: Answerer = DEFAULT_ANSWERER): string | undefined {
  const task = solveTask(prompt);
  if (!task) return undefined;
  let answer = task.answer;
  if (answersWrongly(answerer, prompt)) {
    const pick = hashString(`wrong:${answerer.modelId}\n${prompt.trim()}`) % task.wrongs.length;
    answer = task.wrongs[pick] ?? answer;
  }
  if (answerer.style === 'bare') return answer;
  const sentence = task.sentence(answer);
  // "Washington, D.C." already ends the sentence.
  return sentence.endsWith('.') ? sentence : `${sentence}.`;
}

// What a task solver (arithmetic.ts, capitals.ts, sentiment.ts) hands to tasks.ts, which picks and styles the
// answer. Its own module so the solvers need not import tasks.ts, which imports them.
export interface SolvedTask {
  kind: 'arithmetic' | 'sentiment' | 'capital';
  /** The correct answer, bare: `42`, `positive`, `Paris`. */
  answer: string;
  /** Plausible wrong answers (at least one): off by one, the opposite sentiment, a neighbour's capital. */
  wrongs: readonly string[];
  /** An answer put in a sentence without its full stop, for models that do not answer bare. */
  sentence: (answer: string) => string;
}

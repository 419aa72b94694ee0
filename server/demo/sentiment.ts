import type { SolvedTask } from './solvedTask.ts';

// "Classify the sentiment of: I loved it" (or any message naming "sentiment"): positive, negative or neutral
// by counting words from two small lists. A negator ("not", "never", "isn't") flips the next two words, so
// "not good" counts as negative. The labels themselves are in neither list: an instruction such as "answer
// positive or negative" does not tip the balance.
const POSITIVE = new Set([
  'good',
  'great',
  'excellent',
  'amazing',
  'awesome',
  'wonderful',
  'fantastic',
  'love',
  'loved',
  'loves',
  'like',
  'liked',
  'enjoy',
  'enjoyed',
  'happy',
  'glad',
  'pleased',
  'delightful',
  'best',
  'perfect',
  'nice',
  'fast',
  'friendly',
  'helpful',
  'recommend',
  'beautiful',
]);
const NEGATIVE = new Set([
  'bad',
  'terrible',
  'awful',
  'horrible',
  'poor',
  'worst',
  'hate',
  'hated',
  'hates',
  'dislike',
  'disliked',
  'sad',
  'angry',
  'disappointed',
  'disappointing',
  'broken',
  'slow',
  'rude',
  'boring',
  'useless',
  'ugly',
  'refund',
  'waste',
  'annoying',
]);
const NEGATORS = new Set(['not', 'no', 'never', 'hardly', 'without']);
const NEGATION_REACH = 2;

export type Sentiment = 'positive' | 'negative' | 'neutral';

/** The text to classify: what follows the first colon (the instruction comes before it), else the message. */
function subjectOf(prompt: string): string {
  const colon = prompt.indexOf(':');
  return colon >= 0 ? prompt.slice(colon + 1) : prompt;
}

export function classifySentiment(text: string): Sentiment {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  let score = 0;
  let negatedFor = 0;
  for (const word of words) {
    const polarity = POSITIVE.has(word) ? 1 : NEGATIVE.has(word) ? -1 : 0;
    score += negatedFor > 0 ? -polarity : polarity;
    if (NEGATORS.has(word) || /n['’]t$/.test(word)) negatedFor = NEGATION_REACH;
    else if (negatedFor > 0) negatedFor--;
  }
  return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
}

const OPPOSITE: Record<Sentiment, readonly Sentiment[]> = {
  positive: ['negative'],
  negative: ['positive'],
  // Nothing is opposite to neutral: a model misreading it leans one way or the other.
  neutral: ['positive', 'negative'],
};

export function solveSentiment(prompt: string): SolvedTask | undefined {
  if (!/\bsentiment\b/i.test(prompt)) return undefined;
  const answer = classifySentiment(subjectOf(prompt));
  return {
    kind: 'sentiment',
    answer,
    wrongs: OPPOSITE[answer],
    sentence: (value) => `The sentiment is ${value}`,
  };
}

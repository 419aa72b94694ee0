import { describe, expect, it } from 'vitest';
import { solveArithmetic } from './arithmetic.ts';
import { COUNTRIES, findCountry, solveCapital } from './capitals.ts';
import { generate } from './generator.ts';
import { DEMO_MODELS } from './models.ts';
import { readGenerationParams } from './params.ts';
import { classifySentiment, solveSentiment } from './sentiment.ts';
import { type Answerer, answersWrongly, solveTask, taskAnswer } from './tasks.ts';

const answererOf = (id: string): Answerer => {
  const model = DEMO_MODELS.find((m) => m.id === id);
  if (!model) throw new Error(`no demo model ${id}`);
  return { modelId: model.id, errorRate: model.errorRate, style: model.answerStyle };
};
const RIGHT_BARE: Answerer = { modelId: 'test', errorRate: 0, style: 'bare' };
const ALWAYS_WRONG: Answerer = { modelId: 'test', errorRate: 1, style: 'bare' };

describe('arithmetic', () => {
  it.each([
    ['What is 17 + 25?', '42'],
    ['17*3', '51'],
    ['Compute 9 - 4', '5'],
    ['9-4', '5'],
    ["what's 6 times 7?", '42'],
    ['How much is 100 divided by 8?', '12.5'],
    ['Calculate: 2.5 x 4', '10'],
    ['What is -3 + 1?', '-2'],
    ['10 / 3 =', '3.3333'],
    ['What is 12 ÷ 4? Answer with a number only.', '3'],
  ])('%s → %s', (prompt, answer) => {
    expect(solveArithmetic(prompt)?.answer).toBe(answer);
  });

  it.each([
    'Write at least 4000 words about streams',
    'Give me 3-5 tips on prompts',
    'What is 1 + 2 + 3?',
    'What is 10 / 0?',
    'The year 2024 - what happened?',
  ])('leaves "%s" to prose', (prompt) => {
    expect(solveArithmetic(prompt)).toBeUndefined();
  });

  it('is wrong by one, either way', () => {
    expect(solveArithmetic('What is 17 + 25?')?.wrongs).toEqual(['43', '41']);
  });
});

describe('sentiment', () => {
  it.each([
    ['Classify the sentiment of: I loved it, a great film', 'positive'],
    ['Classify the sentiment of: terrible service and a rude waiter', 'negative'],
    ['Classify the sentiment of: the parcel arrived on Tuesday', 'neutral'],
    ['What is the sentiment? Review: not good at all', 'negative'],
    ["Sentiment of: it isn't bad", 'positive'],
    // The labels in the instruction do not count; the review after the colon does.
    ['Is the sentiment positive, negative or neutral? Text: I hate waiting', 'negative'],
  ])('%s → %s', (prompt, answer) => {
    expect(solveSentiment(prompt)?.answer).toBe(answer);
  });

  it('needs the word "sentiment"', () => {
    expect(solveSentiment('I loved it')).toBeUndefined();
    expect(classifySentiment('I loved it')).toBe('positive');
  });

  it('is wrong the opposite way; neutral can lean either way', () => {
    expect(solveSentiment('sentiment: great')?.wrongs).toEqual(['negative']);
    expect(solveSentiment('sentiment: awful')?.wrongs).toEqual(['positive']);
    expect(solveSentiment('sentiment: a table')?.wrongs).toEqual(['positive', 'negative']);
  });
});

describe('capitals', () => {
  it.each([
    ['What is the capital of France?', 'Paris'],
    ['capital of the Netherlands', 'Amsterdam'],
    ['Name the capital city of Japan. One word.', 'Tokyo'],
    ["What's the capital of the UK?", 'London'],
    ['What is the capital of new zealand', 'Wellington'],
  ])('%s → %s', (prompt, answer) => {
    expect(solveCapital(prompt)?.answer).toBe(answer);
  });

  it('does not guess a country it does not know', () => {
    expect(solveCapital('What is the capital of Atlantis?')).toBeUndefined();
    expect(solveCapital('Raise capital for a startup')).toBeUndefined();
  });

  it('has about 30 countries, each with a neighbour in the table whose capital is another', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(30);
    for (const country of COUNTRIES) {
      const neighbour = findCountry(country.neighbour);
      expect(neighbour, country.name).toBeDefined();
      expect(neighbour?.capital).not.toBe(country.capital);
    }
    expect(solveCapital('capital of France?')?.wrongs).toEqual(['Madrid']);
  });
});

describe('task answers', () => {
  it('answers bare or in a sentence that holds the answer', () => {
    const sentence: Answerer = { ...RIGHT_BARE, style: 'sentence' };
    expect(taskAnswer('What is 17 + 25?', RIGHT_BARE)).toBe('42');
    expect(taskAnswer('What is 17 + 25?', sentence)).toBe('The answer is 42.');
    expect(taskAnswer('What is the capital of France?', sentence)).toBe('The capital of France is Paris.');
    expect(taskAnswer('capital of the USA?', sentence)).toBe(
      'The capital of the United States is Washington, D.C.',
    );
    expect(taskAnswer('Classify the sentiment of: great', sentence)).toBe('The sentiment is positive.');
    expect(taskAnswer('Tell me about oxen', sentence)).toBeUndefined();
  });

  it('gives a plausible wrong answer when the model errs', () => {
    expect(['43', '41']).toContain(taskAnswer('What is 17 + 25?', ALWAYS_WRONG));
    expect(taskAnswer('Classify the sentiment of: great', ALWAYS_WRONG)).toBe('negative');
    expect(taskAnswer('What is the capital of France?', ALWAYS_WRONG)).toBe('Madrid');
  });

  it('prefers a sum over a sentiment when a message holds both', () => {
    expect(solveTask('sentiment aside, what is 2 + 2?')?.kind).toBe('arithmetic');
  });
});

describe('error rates', () => {
  const prompts = Array.from({ length: 600 }, (_, i) => `What is ${i} + ${(i * 7) % 50}?`);

  it.each(DEMO_MODELS.map((m) => [m.id, m.errorRate] as const))(
    '%s gets about %s of 600 sums wrong, the same ones every time',
    (id, rate) => {
      const answerer = answererOf(id);
      const wrong = prompts.filter((p) => answersWrongly(answerer, p));
      expect(wrong.length / prompts.length).toBeGreaterThanOrEqual(rate - 0.05);
      expect(wrong.length / prompts.length).toBeLessThanOrEqual(rate + 0.05);
      expect(prompts.filter((p) => answersWrongly(answerer, p))).toEqual(wrong);
      for (const prompt of prompts) {
        const right = solveTask(prompt)?.answer;
        const bare = taskAnswer(prompt, { ...answerer, style: 'bare' });
        expect(bare === right).toBe(!wrong.includes(prompt));
      }
    },
  );

  it('ranks the models: the Claude stand-in never errs, the fast model errs most', () => {
    const rates = DEMO_MODELS.map((m) => m.errorRate);
    expect(answererOf('claude-sonnet-4-20250514').errorRate).toBe(0);
    expect(answererOf('fast-demo').errorRate).toBe(Math.max(...rates));
  });

  it('different models get different cases wrong', () => {
    const wrongFor = (id: string) => prompts.filter((p) => answersWrongly(answererOf(id), p));
    expect(wrongFor('fast-demo')).not.toEqual(wrongFor('plain-demo'));
  });
});

describe('task answers in the generator', () => {
  const answerer = answererOf('fast-demo');
  const situation = { calls: [], toolResults: [], reasoning: false, turn: 1, answerer };
  const textOf = (prompt: string, body: Record<string, unknown>) =>
    generate(prompt, readGenerationParams(body), situation).map((c) => c.text);

  it('ignore the seed, the temperature and chance', () => {
    const prompt = 'What is the capital of Peru?';
    const expected = taskAnswer(prompt, answerer);
    expect(textOf(prompt, { seed: 1, temperature: 2 })).toEqual([expected]);
    expect(textOf(prompt, { seed: 99, temperature: 0 })).toEqual([expected]);
    expect(textOf(prompt, { n: 3 })).toEqual([expected, expected, expected]);
  });

  it('leave JSON output to the structured generator, and max_tokens still caps', () => {
    const [json] = textOf('What is 2 + 2?', { seed: 1, response_format: { type: 'json_object' } });
    expect(() => JSON.parse(json ?? '')).not.toThrow();
    const sentence = { ...situation, answerer: answererOf('claude-sonnet-4-20250514') };
    const capped = generate('What is 2 + 2?', readGenerationParams({ max_tokens: 2 }), sentence)[0];
    expect(capped).toMatchObject({ text: 'The answer', finishReason: 'length' });
  });

  it('the fast model writes one short paragraph for other prompts', () => {
    const [prose] = generate('Explain sampling', readGenerationParams({ seed: 3 }), {
      ...situation,
      brief: true,
    });
    expect(prose?.text).toMatch(/^You asked about explain sampling\. [^\n]+$/);
  });
});

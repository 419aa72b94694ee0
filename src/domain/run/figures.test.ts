import { describe, expect, it } from 'vitest';
import { runFigures } from './figures';
import { finishedRun, queuedRun, type RunRecord, startedRun } from './record';

function finished(over: Partial<RunRecord>): RunRecord {
  const run = startedRun(
    queuedRun({ id: 'r', target: 't', request: { model: 'm', messages: [] }, provider: 'demo' }, 1_000),
    1_000,
  );
  return finishedRun({ ...run, firstTokenAt: 1_200, choices: ['Hello there'], ...over }, 'done', 3_000);
}

describe('runFigures', () => {
  it('times the run and prices its usage with the prices recorded at its start', () => {
    const figures = runFigures(
      finished({
        usage: { prompt_tokens: 1_000, completion_tokens: 500, total_tokens: 1_500 },
        pricing: { method: 'token', input_cost_per_token: 0.000003, output_cost_per_token: 0.000015 },
      }),
    );
    expect(figures).toMatchObject({
      ttftMs: 200,
      totalMs: 2_000,
      promptTokens: 1_000,
      completionTokens: 500,
      estimated: false,
    });
    expect(figures.cost).toBeCloseTo(0.0105, 10);
    expect(figures.tokensPerSecond).toBeGreaterThan(0);
  });

  it('estimates tokens from the text when the server sent no usage, and has no cost then', () => {
    const figures = runFigures(finished({ pricing: { input_cost_per_token: 1, output_cost_per_token: 1 } }));
    expect(figures.estimated).toBe(true);
    expect(figures.completionTokens).toBeGreaterThan(0);
    expect(figures.cost).toBeNull();
  });

  it('rates a one-shot answer over the whole request, a streamed one from its first token', () => {
    const usage = { prompt_tokens: 10, completion_tokens: 100, total_tokens: 110 };
    const oneShot = runFigures(finished({ usage, firstTokenAt: 2_999.7 }));
    // 100 tokens over the 2 s request, not over the 0.3 ms between reading the body and finishing.
    expect(oneShot.tokensPerSecond).toBe(50);
    const base = finished({ usage, firstTokenAt: 2_000 });
    const streamed = runFigures({ ...base, request: { ...base.request, stream: true } });
    expect(streamed.tokensPerSecond).toBe(100);
  });
});

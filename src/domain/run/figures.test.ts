import { describe, expect, it } from 'vitest';
import { runFigures } from './figures';
import { costText, runMetricRows } from './metricRows';
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

describe('usage details in the figures and the metric rows', () => {
  const usage = { prompt_tokens: 1_000, completion_tokens: 500, total_tokens: 1_500 };
  const pricing = {
    method: 'token',
    input_cost_per_token: 0.000003,
    output_cost_per_token: 0.000015,
    cached_input_cost_per_token: 0.0000003,
  };
  const value = (run: RunRecord, label: string) =>
    runMetricRows(run).find((row) => row.label === label)?.value;

  it('reasoning and cached tokens not reported: null in the figures, "Not reported" in the rows, never 0', () => {
    const run = finished({ usage });
    expect(runFigures(run)).toMatchObject({ reasoningTokens: null, cachedTokens: null });
    expect(value(run, 'Reasoning tokens')).toBe('Not reported');
    expect(value(run, 'Cached tokens')).toBe('Not reported');
    const none = finished({});
    expect(value(none, 'Reasoning tokens')).toBe('Not reported');
  });

  it('reported ones are shown, a reported 0 as 0', () => {
    const run = finished({ usage: { ...usage, reasoning_tokens: 320, cached_tokens: 0 } });
    expect(runFigures(run)).toMatchObject({ reasoningTokens: 320, cachedTokens: 0 });
    expect(value(run, 'Reasoning tokens')).toBe('320 tokens');
    expect(value(run, 'Cached tokens')).toBe('0 tokens');
  });

  it('cached prompt tokens are priced at the cached price', () => {
    const figures = runFigures(finished({ usage: { ...usage, cached_tokens: 1_000 }, pricing }));
    expect(figures.cost).toBeCloseTo(1_000 * 0.0000003 + 500 * 0.000015, 12);
    expect(figures.costSource).toBe('prices');
  });

  it("the provider's own cost is preferred over the worked-out one, and labelled", () => {
    const run = finished({ usage: { ...usage, cost: 0.0042 }, pricing });
    const figures = runFigures(run);
    expect(figures).toMatchObject({ cost: 0.0042, costSource: 'provider' });
    expect(figures.pricedCost).toBeCloseTo(0.0105, 10);
    expect(value(run, 'Cost')).toBe('$0.0042 (provider)');
    expect(value(finished({ usage, pricing }), 'Cost')).toBe('$0.0105');
    expect(value(finished({ usage }), 'Cost')).toBe('—');
    expect(runFigures(finished({ usage: { ...usage, cost: 0 } }))).toMatchObject({
      cost: 0,
      costSource: 'provider',
    });
  });

  it('keeps the existing rows and their names for the best-of highlights', () => {
    expect(runMetricRows(finished({ usage })).map((row) => [row.label, row.name])).toEqual([
      ['Finish reason', null],
      ['Time to first token', 'ttftMs'],
      ['Total time', 'totalMs'],
      ['Tokens/s', 'tokensPerSecond'],
      ['Tokens', null],
      ['Reasoning tokens', null],
      ['Cached tokens', null],
      ['Cost', 'cost'],
    ]);
    expect(costText(null, null)).toBe('—');
  });

  it('estimates tokens from reasoning and tool-call arguments too when there is no usage', () => {
    const text = finished({ choices: [''] });
    const thought = finished({ choices: [''], reasoning: ['x'.repeat(400)] });
    const called = finished({
      choices: [''],
      toolCalls: [[{ index: 0, id: 'a', name: 'f', arguments: 'y'.repeat(399) }]],
    });
    expect(runFigures(text).completionTokens).toBe(0);
    expect(runFigures(thought).completionTokens).toBe(100);
    expect(runFigures(called).completionTokens).toBe(100);
  });
});

import { describe, expect, it } from 'vitest';
import { bestFigures, bestOfRuns } from './bestFigures';
import type { FigureName, RunFigures } from './figures';
import { finishedRun, queuedRun, startedRun } from './record';

type Figures = Pick<RunFigures, FigureName>;

const fig = (partial: Partial<Figures>): Figures => ({
  ttftMs: null,
  totalMs: null,
  tokensPerSecond: null,
  cost: null,
  ...partial,
});

describe('bestFigures', () => {
  it('picks the lowest times and cost and the highest tokens/s', () => {
    const best = bestFigures([
      fig({ ttftMs: 100, totalMs: 900, tokensPerSecond: 40, cost: 0.002 }),
      fig({ ttftMs: 80, totalMs: 1200, tokensPerSecond: 55, cost: 0.003 }),
    ]);
    expect(best[0]).toEqual(['totalMs', 'cost']);
    expect(best[1]).toEqual(['ttftMs', 'tokensPerSecond']);
  });

  it('marks every tied pane as best', () => {
    const best = bestFigures([fig({ cost: 0.01 }), fig({ cost: 0.01 }), fig({ cost: 0.02 })]);
    expect(best).toEqual([['cost'], ['cost'], []]);
  });

  it('ignores unfinished panes and missing values', () => {
    const best = bestFigures([
      null,
      fig({ ttftMs: 300, cost: null }),
      fig({ ttftMs: 200, cost: 0.5 }),
      fig({ ttftMs: Number.NaN, cost: 0.4 }),
    ]);
    expect(best).toEqual([[], [], ['ttftMs'], ['cost']]);
  });

  it('highlights nothing when fewer than two panes have a value', () => {
    expect(bestFigures([fig({ ttftMs: 10 }), null])).toEqual([[], []]);
    expect(bestFigures([fig({ ttftMs: 10 }), fig({})])).toEqual([[], []]);
    expect(bestFigures([])).toEqual([]);
  });

  it('treats zero as a real value (a free model is the cheapest)', () => {
    expect(bestFigures([fig({ cost: 0 }), fig({ cost: 0.1 })])).toEqual([['cost'], []]);
  });
});

describe('bestOfRuns with the provider cost', () => {
  it("compares the provider's own cost where there is one, the worked-out one elsewhere", () => {
    const pricing = { method: 'token', input_cost_per_token: 0.00001, output_cost_per_token: 0.00001 };
    const make = (id: string, cost?: number) =>
      finishedRun(
        {
          ...startedRun(
            queuedRun(
              { id, target: id, request: { model: 'm', messages: [] }, provider: 'demo', pricing },
              0,
            ),
            0,
          ),
          firstTokenAt: 10,
          choices: ['x'],
          usage: {
            prompt_tokens: 100,
            completion_tokens: 100,
            total_tokens: 200,
            ...(cost === undefined ? {} : { cost }),
          },
        },
        'done',
        100,
      );
    // Worked out: $0.002 each; the provider says $0.001 for the second.
    expect(bestOfRuns([make('a'), make('b', 0.001)]).map((names) => names.includes('cost'))).toEqual([
      false,
      true,
    ]);
  });
});

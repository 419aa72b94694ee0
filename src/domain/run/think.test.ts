import { describe, expect, it } from 'vitest';
import type { ChatCompletionChunk } from '@/lib/api';
import {
  answeredRun,
  applyChunk,
  applyCompletion,
  failedRun,
  interruptedRun,
  queuedRun,
  startedRun,
} from './record';
import { UNCLOSED_THINK_NOTE } from './think';

const request = { model: 'm', messages: [], stream: true };
const start = () => startedRun(queuedRun({ id: 'r', target: 'pane:a', request, provider: 'demo' }, 0), 0);
const piece = (content: string, finish: string | null = null): ChatCompletionChunk => ({
  choices: [{ index: 0, delta: { content }, finish_reason: finish }],
});

/** [whole content, answer, reasoning, unclosed] */
const SAMPLES: Array<[string, string, string, boolean]> = [
  ['<think>Let me see: 2+2.</think>\n\nThe answer is 4.', 'The answer is 4.', 'Let me see: 2+2.', false],
  [' \n<think>a</think>b', 'b', 'a', false],
  ['<think></think>Hi', 'Hi', '', false],
  ['<think>a < b </thinker> c</think>d <think>e</think>', 'd <think>e</think>', 'a < b </thinker> c', false],
  ['Hello <think>x</think>', 'Hello <think>x</think>', '', false],
  ['<thinking>no</thinking>', '<thinking>no</thinking>', '', false],
  ['\n\nplain text', '\n\nplain text', '', false],
  ['<b>bold</b>', '<b>bold</b>', '', false],
  ['<thi', '<thi', '', false],
  ['   ', '   ', '', false],
  ['<think>never closed</thin', '', 'never closed</thin', true],
  ['<think>\nreasoning only\n</think>\n', '', '\nreasoning only\n', false],
];

/** Feeds the pieces and checks that, at every step, what is shown is the start of the final answer and
 * reasoning — so no partial tag is ever shown. */
function stream(pieces: string[], answer: string, reasoning: string) {
  let run = start();
  let shownAhead: string | null = null;
  for (const text of pieces) {
    run = applyChunk(run, piece(text), 1);
    const shown = run.choices[0] ?? '';
    const thought = run.reasoning?.[0] ?? '';
    if (!answer.startsWith(shown) || !reasoning.startsWith(thought)) shownAhead ??= `${shown} | ${thought}`;
  }
  return { run: answeredRun(applyChunk(run, piece('', 'stop'), 2), 3), shownAhead };
}

describe('a leading <think> block, split across chunks', () => {
  it.each(SAMPLES)(
    '%j in one piece, two and three at every split point',
    (whole, answer, reasoning, unclosed) => {
      const splits: string[][] = [[whole], whole.split('')];
      for (let i = 0; i <= whole.length; i++) {
        splits.push([whole.slice(0, i), whole.slice(i)]);
        for (let j = i; j <= whole.length; j++)
          splits.push([whole.slice(0, i), whole.slice(i, j), whole.slice(j)]);
      }
      const wrong = splits.flatMap((pieces) => {
        const { run, shownAhead } = stream(pieces, answer, reasoning);
        const ok =
          shownAhead === null &&
          (run.choices[0] ?? '') === answer &&
          (run.reasoning?.[0] ?? '') === reasoning &&
          run.thinkState === undefined &&
          (run.notes?.includes(UNCLOSED_THINK_NOTE) ?? false) === unclosed;
        return ok ? [] : [pieces];
      });
      expect(wrong).toEqual([]);
    },
  );

  it('a one-shot answer is split the same way', () => {
    for (const [whole, answer, reasoning, unclosed] of SAMPLES) {
      const run = applyCompletion(
        start(),
        { choices: [{ index: 0, message: { role: 'assistant', content: whole }, finish_reason: 'stop' }] },
        1,
      );
      expect(run.choices).toEqual([answer]);
      expect(run.reasoning?.[0] ?? '').toBe(reasoning);
      expect(run.notes?.includes(UNCLOSED_THINK_NOTE) ?? false).toBe(unclosed);
    }
  });

  it('a plain-text stream carries no think state at any point', () => {
    let run = start();
    for (const text of ['Hel', 'lo ', '<think>', 'x']) {
      run = applyChunk(run, piece(text), 1);
      expect(run.thinkState).toBeUndefined();
    }
    expect(run.choices).toEqual(['Hello <think>x']);
  });

  it('reasoning is live while the block streams, and the time to first token counts it', () => {
    let run = applyChunk(start(), piece('<think>'), 5);
    expect(run.firstTokenAt).toBe(5);
    expect(run.choices).toEqual(['']);
    run = applyChunk(run, piece('Step one. </th'), 6);
    expect(run.reasoning).toEqual(['Step one. ']);
    expect(run.thinkState?.[0]).toEqual({ phase: 'inside', pending: '</th' });
  });

  it('held-back characters are settled when the run fails, stops or is interrupted', () => {
    const partial = applyChunk(start(), piece('<think>half</thi'), 1);
    const failed = failedRun(partial, { status: 0, kind: 'stream', message: 'cut' }, 2);
    expect(failed.reasoning).toEqual(['half</thi']);
    expect(failed.thinkState).toBeUndefined();
    expect(failed.notes).toContain(UNCLOSED_THINK_NOTE);
    const lead = applyChunk(start(), piece('  <th'), 1);
    expect(interruptedRun(lead)).toMatchObject({ status: 'interrupted', choices: ['  <th'] });
    expect(interruptedRun(lead).thinkState).toBeUndefined();
  });

  it('keeps a separate state per choice', () => {
    let run = start();
    run = applyChunk(run, { choices: [{ index: 1, delta: { content: '<thi' }, finish_reason: null }] }, 1);
    run = applyChunk(run, { choices: [{ index: 0, delta: { content: 'Plain' }, finish_reason: null }] }, 1);
    run = applyChunk(
      run,
      { choices: [{ index: 1, delta: { content: 'nk>r</think>A' }, finish_reason: null }] },
      1,
    );
    expect(run.choices).toEqual(['Plain', 'A']);
    expect(run.reasoning).toEqual(['', 'r']);
  });
});

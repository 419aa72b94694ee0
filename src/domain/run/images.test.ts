import { describe, expect, it } from 'vitest';
import type { ChatCompletionChunk } from '@/lib/api';
import { choiceImages } from './choice';
import {
  answeredRun,
  applyChunk,
  applyCompletion,
  hasNoOutput,
  MAX_CHOICE_IMAGES,
  queuedRun,
  startedRun,
} from './record';

const A = 'data:image/png;base64,AAAA';
const B = 'https://cdn.example.com/b.png';
const request = { model: 'image-chat-demo', messages: [], stream: true };
const running = startedRun(queuedRun({ id: 'r1', target: 'pane:a', request, provider: 'demo' }, 100), 110);

function chunk(index: number, delta: ChatCompletionChunk['choices'][number]['delta']): ChatCompletionChunk {
  return { choices: [{ index, delta, finish_reason: null }] };
}

describe('images in the run record', () => {
  it('accumulates streamed images per choice, after the text, and counts them as the first output', () => {
    let run = applyChunk(running, chunk(0, { images: [A] }), 200);
    expect(run.firstTokenAt).toBe(200);
    expect(hasNoOutput(run)).toBe(false);
    run = applyChunk(run, chunk(0, { content: 'Here.' }), 210);
    run = applyChunk(run, chunk(1, { images: [B] }), 220);
    run = applyChunk(run, chunk(0, { images: [B] }), 230);
    expect(run.images).toEqual([[A, B], [B]]);
    expect(run.choices[0]).toBe('Here.');
    expect(choiceImages(run, 1)).toEqual([B]);
    expect(choiceImages(run, 5)).toEqual([]);
  });

  it('keeps at most MAX_CHOICE_IMAGES per choice', () => {
    let run = running;
    for (let i = 0; i < MAX_CHOICE_IMAGES + 4; i++) run = applyChunk(run, chunk(0, { images: [A] }), 200 + i);
    expect(run.images?.[0]).toHaveLength(MAX_CHOICE_IMAGES);
  });

  it('a text-only stream carries no images field', () => {
    expect(applyChunk(running, chunk(0, { content: 'hi' }), 200)).not.toHaveProperty('images');
  });

  it('reads the images of a one-shot answer without holes', () => {
    const run = applyCompletion(
      running,
      {
        choices: [
          { index: 0, message: { role: 'assistant', content: 'no picture' }, finish_reason: 'stop' },
          { index: 1, message: { role: 'assistant', content: 'one', images: [A] }, finish_reason: 'stop' },
        ],
      },
      300,
    );
    expect(run.images).toEqual([[], [A]]);
    expect(JSON.parse(JSON.stringify(run)).images).toEqual([[], [A]]);
  });

  it('an answer that is only an image is done, not unreadable', () => {
    const run = applyChunk(running, chunk(0, { images: [A] }), 200);
    const ended = answeredRun(run, 400);
    expect(ended.status).toBe('done');
    expect(ended.error).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { chunkFromCompletion } from '../chatStream';
import { MAX_ANSWER_IMAGES, MAX_DATA_URL_CHARS } from './answerImages';
import { readChunk, readCompletion } from './completions';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==';
const part = (url: unknown) => ({ type: 'image_url', image_url: { url } });

function messageOf(message: Record<string, unknown>) {
  const notes: string[] = [];
  const completion = readCompletion({ choices: [{ index: 0, message, finish_reason: 'stop' }] }, notes);
  return { message: completion?.choices[0]?.message, notes };
}
function deltaOf(delta: Record<string, unknown>) {
  const notes: string[] = [];
  const chunk = readChunk({ choices: [{ index: 0, delta, finish_reason: null }] }, notes);
  return { delta: chunk.choices[0]?.delta, notes };
}

describe('images in a one-shot answer', () => {
  it('reads message.images (OpenRouter) next to the text', () => {
    const { message, notes } = messageOf({
      role: 'assistant',
      content: 'Here it is.',
      images: [part(PNG), part('https://cdn.example.com/a.png')],
    });
    expect(message).toEqual({
      role: 'assistant',
      content: 'Here it is.',
      images: [PNG, 'https://cdn.example.com/a.png'],
    });
    expect(notes).toEqual([]);
  });

  it('reads image_url content parts as images and the text parts as the text', () => {
    const { message, notes } = messageOf({
      role: 'assistant',
      content: [{ type: 'text', text: 'A cat: ' }, part(PNG), { type: 'text', text: 'done' }],
    });
    expect(message?.content).toBe('A cat: done');
    expect(message?.images).toEqual([PNG]);
    expect(notes).toEqual([]);
  });

  it('accepts image_url given as a plain string', () => {
    expect(
      messageOf({ content: '', images: [{ type: 'image_url', image_url: PNG }] }).message?.images,
    ).toEqual([PNG]);
  });

  it('drops hostile and unshowable URLs with notes, keeping the rest', () => {
    const { message, notes } = messageOf({
      content: 'x',
      images: [
        part('javascript:alert(1)'),
        part('data:image/svg+xml;base64,PHN2Zz48c2NyaXB0Pjwvc2NyaXB0Pjwvc3ZnPg=='),
        part('data:text/html;base64,PGgxPg=='),
        part('blob:https://evil.example/1'),
        part('file:///etc/passwd'),
        part(`https://x.example/${'a'.repeat(5_000)}`),
        part(42),
        part(PNG),
      ],
    });
    expect(message?.images).toEqual([PNG]);
    expect(notes.length).toBe(7);
    expect(notes.join(' ')).toMatch(/not an http\(s\) or data: URL/);
    expect(notes.join(' ')).toMatch(/not a base64 PNG/);
  });

  it('bounds the count and the size of images', () => {
    const many = messageOf({ content: 'x', images: Array.from({ length: 20 }, () => part(PNG)) });
    expect(many.message?.images).toHaveLength(MAX_ANSWER_IMAGES);
    expect(many.notes).toContain(`The answer: only the first ${MAX_ANSWER_IMAGES} images were read.`);
    const huge = `data:image/png;base64,${'A'.repeat(MAX_DATA_URL_CHARS)}`;
    const big = messageOf({ content: 'x', images: [part(huge)] });
    expect(big.message?.images).toBeUndefined();
    expect(big.notes[0]).toMatch(/too large/);
  });

  it('ignores an images field that is not a list, with a note', () => {
    const { message, notes } = messageOf({ content: 'x', images: 'data:image/png;base64,AAAA' });
    expect(message?.images).toBeUndefined();
    expect(notes).toEqual(['The answer: "images" is not a list; ignored.']);
  });

  it('hands the images on when the one-shot answer becomes a chunk', () => {
    const completion = readCompletion(
      { choices: [{ index: 0, message: { content: 'x', images: [part(PNG)] }, finish_reason: 'stop' }] },
      [],
    );
    expect(completion && chunkFromCompletion(completion).choices[0]?.delta.images).toEqual([PNG]);
  });
});

describe('images in a stream chunk', () => {
  it('reads delta.images', () => {
    const { delta, notes } = deltaOf({ images: [part(PNG)] });
    expect(delta).toEqual({ images: [PNG] });
    expect(notes).toEqual([]);
  });

  it('reads image parts of a streamed content list and drops hostile ones', () => {
    const { delta, notes } = deltaOf({ content: [part('javascript:alert(1)'), part(PNG)] });
    expect(delta).toEqual({ content: '', images: [PNG] });
    expect(notes).toHaveLength(1);
  });

  it('a delta without images has no images field', () => {
    expect(deltaOf({ content: 'hi' }).delta).toEqual({ content: 'hi' });
  });
});

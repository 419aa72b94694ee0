import { describe, expect, it } from 'vitest';
import type { NormalizedSchema } from '@/domain/schema';
import type { MediaRequest } from '@/lib/api';
import { generateBlocker } from './generateBlocker';

const normalized = (required: string[]): NormalizedSchema => ({
  schema: { type: 'object', properties: {}, required },
  source: 'request_schema',
  defaults: {},
  order: [],
});

const input = (mediaRequest: MediaRequest | null, required: string[] = ['prompt']) => ({
  providerProblem: null,
  modelLoading: false,
  mediaRequest,
  normalized: normalized(required),
});

describe('generateBlocker', () => {
  it('is null for a request with a prompt and every required field', () => {
    expect(generateBlocker(input({ model: 'pixel-art-demo', prompt: 'a fox' }))).toBeNull();
  });

  it('asks for a prompt when it is missing or only spaces', () => {
    expect(generateBlocker(input({ model: 'm' }))).toBe('Write a prompt first');
    expect(generateBlocker(input({ model: 'm', prompt: '  \n' }))).toBe('Write a prompt first');
  });

  it('takes the first of a video model’s multi_prompt as its prompt', () => {
    expect(generateBlocker(input({ model: 'clip-demo', multi_prompt: ['one', 'two'] }, []))).toBeNull();
  });

  it('names the required fields left empty', () => {
    expect(
      generateBlocker(input({ model: 'm', prompt: 'a', width: '' }, ['prompt', 'width', 'height'])),
    ).toBe('Fill in the required fields: width, height');
    expect(generateBlocker(input({ model: 'm', prompt: 'a', width: 5 }, ['prompt', 'width', 'height']))).toBe(
      'Fill in the required field: height',
    );
  });

  it('puts the provider’s problem and a missing model first', () => {
    expect(generateBlocker({ ...input(null), providerProblem: 'Add your API key first.' })).toBe(
      'Add your API key first.',
    );
    expect(generateBlocker(input(null))).toBe('Choose a model first.');
    expect(generateBlocker({ ...input(null), modelLoading: true })).toBe('Loading the model…');
  });
});

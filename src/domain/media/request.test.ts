import { describe, expect, it } from 'vitest';
import { normalizeSchema } from '@/domain/schema';
import { mediaRequest, promptOf } from './request';

const schema = {
  type: 'object',
  required: ['prompt'],
  properties: {
    seed: { type: 'integer', 'x-order': 3 },
    prompt: { type: 'string', 'x-order': 0 },
    aspect_ratio: { type: 'string', enum: ['1:1', '16:9'], default: '1:1', 'x-order': 1 },
  },
};
const normalized = normalizeSchema({ id: 'img', request_schema: schema });

describe('mediaRequest', () => {
  it('is the model then the sent parameters in schema order, the prompt first', () => {
    const body = mediaRequest({
      modelId: 'img',
      normalized,
      stored: { values: { seed: 7, prompt: 'a red fox', aspect_ratio: '1:1' }, explicit: ['seed', 'prompt'] },
    });
    expect(JSON.stringify(body)).toBe('{"model":"img","prompt":"a red fox","seed":7}');
  });

  it('is null without a model or a schema', () => {
    expect(mediaRequest({ modelId: '', normalized, stored: undefined })).toBeNull();
    expect(mediaRequest({ modelId: 'img', normalized: undefined, stored: undefined })).toBeNull();
  });

  it('never lets a parameter named model replace the model', () => {
    const body = mediaRequest({
      modelId: 'img',
      normalized,
      stored: { values: { model: 'other', prompt: 'x' }, explicit: ['model', 'prompt'] },
    });
    expect(body?.model).toBe('img');
  });
});

describe('promptOf', () => {
  it('reads prompt, else the first multi_prompt entry', () => {
    expect(promptOf({ model: 'm', prompt: 'cat' })).toBe('cat');
    expect(promptOf({ model: 'm', multi_prompt: [3, 'dog', 'x'] })).toBe('dog');
    expect(promptOf({ model: 'm' })).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { generate } from './generator.ts';
import { readGenerationParams } from './params.ts';

const PROMPT = 'Explain sampling temperature with a code example';
const run = (body: Record<string, unknown>, prompt = PROMPT) => generate(prompt, readGenerationParams(body));
const text = (body: Record<string, unknown>) => run(body)[0]?.text ?? '';

describe('generate', () => {
  it('writes markdown-ish prose: a heading, a list, a code block when asked for code', () => {
    const out = text({ temperature: 0 });
    expect(out).toMatch(/^## /);
    expect(out).toMatch(/\n- \*\*/);
    expect(out).toMatch(/\n```\w+\n[\s\S]+\n```/);
  });

  it('is the same at temperature 0 whatever the seed', () => {
    expect(text({ temperature: 0, seed: 1 })).toBe(text({ temperature: 0, seed: 999 }));
    expect(text({ temperature: 0 })).toBe(text({ temperature: 0, seed: 5 }));
  });

  it('reproduces with a seed and varies across seeds at temperature 1', () => {
    expect(text({ temperature: 1, seed: 42 })).toBe(text({ temperature: 1, seed: 42 }));
    expect(text({ temperature: 1, seed: 42 })).not.toBe(text({ temperature: 1, seed: 43 }));
  });

  it('is random without a seed', () => {
    const outputs = new Set(Array.from({ length: 5 }, () => text({ temperature: 1 })));
    expect(outputs.size).toBeGreaterThan(1);
  });

  it('uses more varied words at higher temperature', () => {
    const distinct = (t: number) =>
      new Set(Array.from({ length: 8 }, (_, seed) => text({ temperature: t, seed }))).size;
    expect(distinct(0)).toBe(1);
    expect(distinct(1.5)).toBeGreaterThan(4);
  });

  it('top_k 1 is greedy', () => {
    expect(text({ temperature: 1, top_k: 1, seed: 3 })).toBe(text({ temperature: 0 }));
  });

  it('depends on the prompt', () => {
    expect(run({ temperature: 0 }, 'tell me about rivers')[0]?.text).not.toBe(text({ temperature: 0 }));
  });

  it('caps at max_tokens / max_completion_tokens with finish_reason length', () => {
    const [capped] = run({ max_tokens: 7, seed: 1 });
    expect(capped?.tokens).toHaveLength(7);
    expect(capped?.finishReason).toBe('length');
    expect(run({ max_completion_tokens: 3, seed: 1 })[0]?.tokens).toHaveLength(3);
    expect(run({ seed: 1 })[0]?.finishReason).toBe('stop');
  });

  it('cuts before the first stop sequence, string or array', () => {
    const full = text({ temperature: 0 });
    const [cut] = run({ temperature: 0, stop: ['\n- ', 'zzz'] });
    expect(cut?.text).toBe(full.slice(0, full.indexOf('\n- ')));
    expect(cut?.finishReason).toBe('stop');
    expect(run({ temperature: 0, stop: '```' })[0]?.text).toBe(full.slice(0, full.indexOf('```')));
  });

  it('reports length when the cap comes before the stop sequence', () => {
    const [both] = run({ temperature: 0, stop: '```', max_tokens: 2 });
    expect(both?.finishReason).toBe('length');
  });

  it('makes n choices, choice i being what seed + i gives alone', () => {
    const choices = run({ n: 3, seed: 10, temperature: 1 });
    expect(choices).toHaveLength(3);
    expect(choices[2]?.text).toBe(text({ seed: 12, temperature: 1 }));
  });

  it('emits valid JSON for json_object and json_schema', () => {
    const obj = JSON.parse(text({ response_format: { type: 'json_object' }, seed: 1 }));
    expect(obj).toEqual(expect.objectContaining({ topic: expect.any(String) }));
    const schema = {
      type: 'object',
      properties: {
        score: { type: 'integer' },
        tags: { type: 'array', items: { $ref: '#/$defs/tag' } },
        nested: { type: 'object', properties: { ok: { type: 'boolean' } } },
      },
      $defs: { tag: { enum: ['a', 'b'] } },
    };
    const value = JSON.parse(
      text({ response_format: { type: 'json_schema', json_schema: { name: 'x', schema } } }),
    );
    expect(Number.isInteger(value.score)).toBe(true);
    expect(value.tags.every((t: string) => t === 'a' || t === 'b')).toBe(true);
    expect(typeof value.nested.ok).toBe('boolean');
  });

  it('writes more at high reasoning effort than at low', () => {
    const len = (effort: string) => run({ temperature: 0, reasoning_effort: effort })[0]?.tokens.length ?? 0;
    expect(len('high')).toBeGreaterThan(len('low'));
  });
});

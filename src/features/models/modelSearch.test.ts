import { describe, expect, it } from 'vitest';
import { searchModels } from './modelSearch';

const models = [
  { id: 'gpt-4o', display_name: 'GPT-4o', developer: { name: 'OpenAI' } },
  { id: 'claude-sonnet-4-20250514', display_name: 'Claude Sonnet 4', developer: { name: 'Anthropic' } },
  { id: 'llama', description: 'Open model by Meta, sonnet-free' },
];

describe('searchModels', () => {
  it('returns everything, sorted by label, for an empty query', () => {
    expect(searchModels(models, ' ').map((m) => m.id)).toEqual([
      'claude-sonnet-4-20250514',
      'gpt-4o',
      'llama',
    ]);
  });
  it('needs every word and ranks name matches above description matches', () => {
    expect(searchModels(models, 'sonnet').map((m) => m.id)).toEqual(['claude-sonnet-4-20250514', 'llama']);
    expect(searchModels(models, 'anthropic sonnet').map((m) => m.id)).toEqual(['claude-sonnet-4-20250514']);
    expect(searchModels(models, 'nothing-like-this')).toEqual([]);
  });
});

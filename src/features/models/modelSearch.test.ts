import { describe, expect, it } from 'vitest';
import type { Model } from '@/lib/api';
import { kindBadge, parseModelQuery, searchModels } from './modelSearch';

const models = [
  { id: 'gpt-4o', display_name: 'GPT-4o', developer: { name: 'OpenAI' } },
  { id: 'claude-sonnet-4-20250514', display_name: 'Claude Sonnet 4', developer: { name: 'Anthropic' } },
  { id: 'llama', description: 'Open model by Meta, sonnet-free' },
];

const media: Model[] = [
  ...models,
  { id: 'pixel-art-demo', display_name: 'Pixel Art (demo)', endpoint: '/images/generate' },
  { id: 'clip-demo', display_name: 'Clip (demo)', endpoint: '/videos/generate' },
  { id: 'flux-art', capabilities: { input: ['text'], output: ['image'] } },
  { id: 'image-chat-demo', endpoint: '/chat/completions', capabilities: { output: ['text', 'image'] } },
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
  it('filters by kind from the select', () => {
    expect(searchModels(media, '', 'image').map((m) => m.id)).toEqual(['flux-art', 'pixel-art-demo']);
    expect(searchModels(media, '', 'video').map((m) => m.id)).toEqual(['clip-demo']);
    // A chat model that can also return images is still chat.
    expect(searchModels(media, 'demo', 'chat').map((m) => m.id)).toEqual(['image-chat-demo']);
    expect(searchModels(media, '', 'all')).toHaveLength(media.length);
  });
  it('filters by a typed kind: token, together with the other words', () => {
    expect(searchModels(media, 'kind:image').map((m) => m.id)).toEqual(['flux-art', 'pixel-art-demo']);
    expect(searchModels(media, 'KIND:image pixel').map((m) => m.id)).toEqual(['pixel-art-demo']);
    expect(searchModels(media, 'kind:video', 'image')).toEqual([]);
  });
});

describe('parseModelQuery', () => {
  it('takes the kind out of the words; an unknown kind stays a word', () => {
    expect(parseModelQuery('flux kind:image')).toEqual({ words: ['flux'], kind: 'image' });
    expect(parseModelQuery('kind:audio')).toEqual({ words: ['kind:audio'], kind: null });
    expect(parseModelQuery('kind:chat kind:video')).toEqual({ words: [], kind: 'video' });
  });
});

describe('kindBadge', () => {
  it('marks image and video models and leaves chat unmarked', () => {
    expect(kindBadge('image')).toBe('Image');
    expect(kindBadge('video')).toBe('Video');
    expect(kindBadge('chat')).toBeNull();
  });
});

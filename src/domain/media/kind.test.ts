import { describe, expect, it } from 'vitest';
import { modelKind } from './kind';

describe('modelKind', () => {
  it('reads Oxen endpoints', () => {
    expect(modelKind({ endpoint: '/images/generate' })).toBe('image');
    expect(modelKind({ endpoint: '/images/edit' })).toBe('image');
    expect(modelKind({ endpoint: '/videos/generate/' })).toBe('video');
    expect(modelKind({ endpoint: '/chat/completions' })).toBe('chat');
    // An endpoint the workbench does not know (audio) is not offered a media layout it cannot serve.
    expect(modelKind({ endpoint: '/audio/speech', capabilities: { output: ['audio'] } })).toBe('chat');
  });

  it('falls back to capabilities when there is no endpoint', () => {
    expect(modelKind({ capabilities: { output: ['image'] } })).toBe('image');
    expect(modelKind({ capabilities: { output: ['video'] } })).toBe('video');
    expect(modelKind({ capabilities: { output: ['text', 'image'] } })).toBe('chat');
    expect(modelKind({})).toBe('chat');
    expect(modelKind(undefined)).toBe('chat');
  });
});

import { describe, expect, it } from 'vitest';
import { modelFromSearch, searchWithModel } from './urlState';

describe('url state', () => {
  it('reads the model id from a deep link', () => {
    expect(modelFromSearch('?model=claude-sonnet-4-20250514')).toBe('claude-sonnet-4-20250514');
    expect(modelFromSearch('?model=a%2Fb%3Ac')).toBe('a/b:c');
    expect(modelFromSearch('?model=')).toBeNull();
    expect(modelFromSearch('')).toBeNull();
  });

  it('writes the model id and keeps other parameters', () => {
    expect(searchWithModel('?x=1', 'org/model:tag')).toBe('?x=1&model=org%2Fmodel%3Atag');
    expect(searchWithModel('?model=a', '')).toBe('');
  });
});

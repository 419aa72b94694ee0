import { describe, expect, it } from 'vitest';
import { absoluteUrl, isHttpUrl, originOf, trimTrailingSlashes } from './urls';

describe('url helpers', () => {
  it('trims spaces and trailing slashes only', () => {
    expect(trimTrailingSlashes(' http://h:1/v1// ')).toBe('http://h:1/v1');
    expect(trimTrailingSlashes('/demo/api/ai')).toBe('/demo/api/ai');
  });

  it('resolves relative URLs against an origin, and leaves unparsable text as typed', () => {
    expect(absoluteUrl('/v1', 'http://host:8080')).toBe('http://host:8080/v1');
    expect(absoluteUrl('http://other/v1', 'http://host')).toBe('http://other/v1');
    expect(absoluteUrl('http://[bad', 'http://host')).toBe('http://[bad');
  });

  it('names only the origin of a URL', () => {
    expect(originOf('https://api.example.com/v1/chat?key=secret')).toBe('https://api.example.com');
    expect(originOf('/demo/api/ai', 'http://127.0.0.1:5178/x')).toBe('http://127.0.0.1:5178');
    expect(originOf('/demo/api/ai')).toBe('this site');
    expect(originOf('nonsense')).toBe('the configured base URL');
  });

  it('accepts only absolute http(s) URLs', () => {
    expect(isHttpUrl('https://x.test/v1')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('/relative')).toBe(false);
  });
});

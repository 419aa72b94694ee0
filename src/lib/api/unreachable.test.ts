import { describe, expect, it } from 'vitest';
import { corsHowTo, reachabilityBeforeProbe, unreachableMessage } from './unreachable';

const PAGE = 'http://127.0.0.1:5178/compare?x=1';

describe('reachabilityBeforeProbe', () => {
  it('probes only a cross-origin call: a same-origin failure cannot be CORS', () => {
    expect(reachabilityBeforeProbe('http://127.0.0.1:5178/demo/api/ai/models', PAGE)).toBe('unreachable');
    expect(reachabilityBeforeProbe('/proxy/oxen/models', PAGE)).toBe('unreachable');
    expect(reachabilityBeforeProbe('http://localhost:11434/v1/models', PAGE)).toBe('probe');
  });

  it('names mixed content from an https page, except to this machine', () => {
    const page = 'https://yoke.example/';
    expect(reachabilityBeforeProbe('http://gpu-box:8000/v1/models', page)).toBe('mixed-content');
    expect(reachabilityBeforeProbe('http://localhost:8000/v1/models', page)).toBe('probe');
    expect(reachabilityBeforeProbe('https://api.openai.com/v1/models', page)).toBe('probe');
  });

  it('without a page (Node, a worker) there is nothing to probe', () => {
    expect(reachabilityBeforeProbe('http://h:1/v1', undefined)).toBe('unreachable');
  });
});

describe('unreachableMessage', () => {
  it('says CORS and how to allow the origin, for the server it probably is', () => {
    const ollama = unreachableMessage('http://localhost:11434/v1/models', PAGE, 'cors');
    expect(ollama).toContain('The server at http://localhost:11434 is running');
    expect(ollama).toContain('probably CORS');
    expect(ollama).toContain('OLLAMA_ORIGINS=http://127.0.0.1:5178');
    expect(corsHowTo('http://localhost:1234/v1', 'http://a')).toContain('lms server start --cors');
    expect(corsHowTo('http://10.0.0.2:8000/v1', 'http://a')).toContain(`--allowed-origins '["http://a"]'`);
    expect(corsHowTo('http://mock:3000/v1', 'http://a')).toContain('Access-Control-Allow-Origin: http://a');
  });

  it('names only origins, never a path or a query', () => {
    for (const kind of ['cors', 'mixed-content', 'unreachable'] as const) {
      const text = unreachableMessage('http://h:9/secret/path?key=sk-1', PAGE, kind);
      expect(text).toContain('http://h:9');
      expect(text).not.toMatch(/secret|sk-1|compare/);
    }
  });

  it('keeps the old advice when nothing answered', () => {
    expect(unreachableMessage('http://h:9/v1', PAGE, 'unreachable')).toBe(
      'Could not reach the server at http://h:9 — check the base URL and that the server is running.',
    );
  });
});

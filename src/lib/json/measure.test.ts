import { describe, expect, it } from 'vitest';
import { jsonExceeds } from './measure';

const nested = (n: number) => JSON.parse(`${'['.repeat(n)}${']'.repeat(n)}`);

describe('jsonExceeds', () => {
  it('measures depth without recursion, even 100,000 levels deep', () => {
    expect(jsonExceeds(nested(100_000), { depth: 64, nodes: 1e6 })).toBe(
      'it is nested more than 64 levels deep',
    );
    expect(jsonExceeds(nested(64), { depth: 64, nodes: 1e6 })).toBeNull();
    expect(jsonExceeds({ a: { b: [1, { c: 2 }] } }, { depth: 3, nodes: 100 })).toBe(
      'it is nested more than 3 levels deep',
    );
  });

  it('counts values', () => {
    expect(
      jsonExceeds(
        Array.from({ length: 1000 }, () => 1),
        { depth: 5, nodes: 500 },
      ),
    ).toMatch(/more than 500 values/);
    expect(jsonExceeds('scalar', { depth: 0, nodes: 1 })).toBeNull();
  });
});

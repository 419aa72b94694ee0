import { describe, expect, it } from 'vitest';
import { charsPerSource, decodeVlqSegment, groupOfSource, UNMAPPED } from './sourceMap';

describe('decodeVlqSegment', () => {
  it('decodes single- and multi-digit values with signs', () => {
    expect(decodeVlqSegment('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlqSegment('AACA')).toEqual([0, 0, 1, 0]);
    expect(decodeVlqSegment('D')).toEqual([-1]);
    // 16 needs a continuation digit: "gB".
    expect(decodeVlqSegment('gB')).toEqual([16]);
    expect(decodeVlqSegment('hB')).toEqual([-16]);
    expect(decodeVlqSegment('2HwK')).toEqual([123, 168]);
  });

  it('rejects characters outside base64 and a dangling continuation', () => {
    expect(() => decodeVlqSegment('A!')).toThrow();
    expect(() => decodeVlqSegment('g')).toThrow();
  });
});

describe('charsPerSource', () => {
  it('attributes each span up to the next segment, per line, with unmapped code kept apart', () => {
    // Line 1: "abcdefgh": cols 0..3 from a.js, 4..7 from b.js. Line 2: "xyz": col 0 unmapped, col 1.. a.js.
    const map = {
      version: 3,
      sources: ['a.js', 'b.js'],
      // [0,0,0,0] then [+4,+1,0,0]; line 2: [0] (no source) then [+1,-1,0,0].
      mappings: 'AAAA,ICAA;A,CDAA',
    };
    const totals = charsPerSource(map, 'abcdefgh\nxyz');
    // b.js gets "efgh" plus the newline ending its line; a.js gets "abcd" and "yz".
    expect(Object.fromEntries(totals)).toEqual({ 'a.js': 6, 'b.js': 5, [UNMAPPED]: 1 });
    const sum = [...totals.values()].reduce((s, n) => s + n, 0);
    expect(sum).toBe('abcdefgh\nxyz'.length);
  });

  it('counts lines without mappings as unmapped', () => {
    const totals = charsPerSource({ version: 3, sources: ['a.js'], mappings: ';AAAA' }, 'head\nbody');
    expect(Object.fromEntries(totals)).toEqual({ [UNMAPPED]: 5, 'a.js': 4 });
  });
});

describe('groupOfSource', () => {
  it('names npm packages, scoped ones whole, using the innermost node_modules', () => {
    expect(groupOfSource('../../node_modules/react-dom/cjs/react-dom-client.production.js')).toBe(
      'npm react-dom',
    );
    expect(groupOfSource('../../node_modules/@rjsf/core/lib/index.js')).toBe('npm @rjsf/core');
    expect(groupOfSource('../node_modules/a/node_modules/b/index.js')).toBe('npm b');
  });

  it('groups app code by layer slice (src/<layer>/<slice>), ui/ as one', () => {
    expect(groupOfSource('../../src/features/params/ParamsForm.tsx')).toBe('src/features/params');
    expect(groupOfSource('../../src/lib/api/client.ts')).toBe('src/lib/api');
    expect(groupOfSource('../../src/state/runs/scheduler.ts')).toBe('src/state/runs');
    expect(groupOfSource('../../src/domain/request/buildChatRequest.ts')).toBe('src/domain/request');
    expect(groupOfSource('../../src/app/App.tsx')).toBe('src/app');
    expect(groupOfSource('../../src/ui/Button.tsx')).toBe('src/ui');
    expect(groupOfSource('../../src/main.tsx')).toBe('src/ (root files)');
  });
});

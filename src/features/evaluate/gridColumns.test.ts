import { describe, expect, it } from 'vitest';
import type { SuiteRun } from '@/domain/evaluation';
import { caseColumns, gridPanes, isBlankCase } from './gridColumns';

describe('caseColumns', () => {
  it('puts the variables first (in prompt order), then expected, then imported extras', () => {
    const { columns, missing } = caseColumns(
      ['notes', 'expected', 'city', 'country'],
      ['country', 'city', 'tone'],
    );
    expect(columns).toEqual([
      { name: 'country', kind: 'variable' },
      { name: 'city', kind: 'variable' },
      { name: 'expected', kind: 'expected' },
      { name: 'notes', kind: 'extra' },
    ]);
    expect(missing).toEqual(['tone']);
  });

  it('treats an "expected" the prompt uses as a variable', () => {
    expect(caseColumns(['expected'], ['expected']).columns).toEqual([{ name: 'expected', kind: 'variable' }]);
  });
});

describe('gridPanes', () => {
  it("numbers the workbench's panes and keeps a shown run's removed pane readable", () => {
    const run = {
      panes: [
        { paneId: 'a', title: 'old a', modelId: 'm', provider: 'demo', pricing: null },
        { paneId: 'gone', title: 'Pane 2 · m', modelId: 'm', provider: 'demo', pricing: null },
      ],
    } as unknown as SuiteRun;
    expect(
      gridPanes(
        [
          { id: 'a', title: 'm · T 0' },
          { id: 'b', title: 'm · T 1' },
        ],
        run,
      ),
    ).toEqual([
      { paneId: 'a', number: 1, title: 'm · T 0', removed: false },
      { paneId: 'b', number: 2, title: 'm · T 1', removed: false },
      { paneId: 'gone', number: 3, title: 'Pane 2 · m', removed: true },
    ]);
  });
});

describe('isBlankCase', () => {
  it('is blank with no values or only whitespace', () => {
    expect(isBlankCase({ id: 'a', values: {} })).toBe(true);
    expect(isBlankCase({ id: 'a', values: { city: ' ' } })).toBe(true);
    expect(isBlankCase({ id: 'a', values: { city: 'Rome' } })).toBe(false);
  });
});

// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestCase } from '@/domain/evaluation';
import { CaseTable } from './CaseTable';

afterEach(cleanup);

// jsdom has no layout: every box is given a screen's size, so the virtualiser has a window to fill.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  HTMLElement.prototype.getBoundingClientRect = function rect() {
    return { width: 1200, height: 800, top: 0, left: 0, right: 1200, bottom: 800, x: 0, y: 0 } as DOMRect;
  };
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => 1200 });
});

const cases: TestCase[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `c${i}`,
  values: { city: `City ${i + 1}`, expected: `E${i + 1}` },
}));

function renderTable(
  selected: Set<string> = new Set(),
  onSelect: (caseId: string, on: boolean) => void = () => {},
) {
  return render(
    <CaseTable
      cases={cases}
      columns={[
        { name: 'city', kind: 'variable' },
        { name: 'expected', kind: 'expected' },
        { name: 'notes', kind: 'extra' },
      ]}
      panes={[
        { paneId: 'p1', number: 1, title: 'sonnet-4', removed: false },
        { paneId: 'p2', number: 2, title: 'plain-demo · T 1', removed: false },
      ]}
      runId={null}
      checks={[]}
      selected={selected}
      onSelect={onSelect}
      busy={false}
    />,
  );
}

describe('CaseTable', () => {
  it('is a table of all 1,000 cases that renders only a window of them', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Test cases' });
    expect(table.getAttribute('aria-rowcount')).toBe('1002');
    const rows = within(table).getAllByRole('row');
    // Two header rows plus the virtualiser's window (jsdom has no layout: the overscan only).
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.length).toBeLessThan(40);
    expect(rows[2]?.getAttribute('aria-rowindex')).toBe('3');
  });

  it('names headers by column, textboxes by column and case, cells by case and pane', () => {
    renderTable();
    expect(screen.getByRole('columnheader', { name: 'city' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /notes/ }).textContent).toContain('not in the prompt');
    expect(screen.getByRole('columnheader', { name: 'Pane 2 · plain-demo · T 1' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'city for case 1' }) as HTMLTextAreaElement).value).toBe(
      'City 1',
    );
    const region = screen.getByRole('region', { name: 'Case 1 · Pane 2' });
    expect(region.textContent).toContain('Not run');
  });

  it('selects a case through its checkbox', () => {
    const picked: Array<[string, boolean]> = [];
    renderTable(new Set(), (id, on) => {
      picked.push([id, on]);
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select case 2' }));
    expect(picked).toEqual([['c1', true]]);
  });
});

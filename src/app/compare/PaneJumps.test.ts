import { describe, expect, it } from 'vitest';
import { shownPage } from './PaneJumps';

describe('shownPage', () => {
  it('rounds to the nearest page and stays within the panes', () => {
    expect(shownPage(0, 358, 3)).toBe(0);
    expect(shownPage(170, 358, 3)).toBe(0);
    expect(shownPage(190, 358, 3)).toBe(1);
    expect(shownPage(716, 358, 3)).toBe(2);
    expect(shownPage(5000, 358, 3)).toBe(2);
    expect(shownPage(-20, 358, 3)).toBe(0);
  });
  it('a strip not laid out yet shows the first page', () => {
    expect(shownPage(100, 0, 3)).toBe(0);
    expect(shownPage(100, 358, 0)).toBe(0);
  });
});

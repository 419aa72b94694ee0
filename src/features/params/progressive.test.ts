import { describe, expect, it } from 'vitest';
import { FIELDS_PER_BATCH, FIRST_FIELDS, firstShown, nextShown, shownOfGroups } from './progressive';

describe('progressive rendering counts', () => {
  it('shows a small form whole at once', () => {
    expect(firstShown(5)).toBe(5);
    expect(firstShown(FIRST_FIELDS)).toBe(FIRST_FIELDS);
  });

  it('shows a wide form a screenful first, then a batch at a time up to the total', () => {
    expect(firstShown(40)).toBe(FIRST_FIELDS);
    expect(nextShown(FIRST_FIELDS, 40)).toBe(FIRST_FIELDS + FIELDS_PER_BATCH);
    expect(nextShown(38, 40)).toBe(40);
    expect(nextShown(40, 40)).toBe(40);
  });

  it('fills the basic group before the advanced one', () => {
    expect(shownOfGroups(12, 10, 30)).toEqual([10, 2]);
    expect(shownOfGroups(12, 40, 0)).toEqual([12, 0]);
    expect(shownOfGroups(40, 10, 30)).toEqual([10, 30]);
    expect(shownOfGroups(5, 0, 30)).toEqual([0, 5]);
  });
});

import { describe, expect, it } from 'vitest';
import { type ScrollBox, ScrollSync, syncedScrollTop } from './scrollSync';

const box = (scrollTop: number, scrollHeight: number, clientHeight = 100): ScrollBox => ({
  scrollTop,
  scrollHeight,
  clientHeight,
});

describe('syncedScrollTop', () => {
  it('moves the target to the same share of its own range', () => {
    expect(syncedScrollTop(box(50, 200), box(0, 500))).toBe(200);
    expect(syncedScrollTop(box(100, 200), box(0, 300))).toBe(200);
    expect(syncedScrollTop(box(0, 200), box(80, 300))).toBe(0);
  });

  it('leaves boxes that do not scroll at the top and clamps overscroll', () => {
    expect(syncedScrollTop(box(50, 200), box(0, 80))).toBe(0);
    expect(syncedScrollTop(box(0, 50), box(30, 400))).toBe(0);
    expect(syncedScrollTop(box(150, 200), box(0, 300))).toBe(200);
  });
});

describe('ScrollSync', () => {
  it('moves the others when one box is scrolled, and does not pass the echo back', () => {
    const sync = new ScrollSync<ScrollBox>();
    const a = box(0, 300);
    const b = box(0, 500);
    const c = box(0, 50);
    sync.add(a);
    const removeB = sync.add(b);
    sync.add(c);
    a.scrollTop = 100;
    expect(sync.scrolled(a)).toBe(1);
    expect(b.scrollTop).toBe(200);
    expect(c.scrollTop).toBe(0);
    // The browser reports b's programmatic scroll: it must not move a back.
    expect(sync.scrolled(b)).toBe(0);
    expect(a.scrollTop).toBe(100);
    // The user then scrolls b itself.
    b.scrollTop = 400;
    expect(sync.scrolled(b)).toBe(1);
    expect(a.scrollTop).toBe(200);
    removeB();
    a.scrollTop = 0;
    expect(sync.scrolled(a)).toBe(0);
    expect(b.scrollTop).toBe(400);
  });
});

// Synced scrolling of the panes' answers: each answer scrolls to the same share of its own length as the one the
// user scrolls, so answers of different lengths stay at roughly the same point of their text. Pure.

export interface ScrollBox {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

/** How far `target` should be scrolled when `source` is at its scrollTop (rounded to whole pixels). */
export function syncedScrollTop(source: ScrollBox, target: ScrollBox): number {
  const sourceRange = source.scrollHeight - source.clientHeight;
  const targetRange = target.scrollHeight - target.clientHeight;
  if (targetRange <= 0) return 0;
  if (sourceRange <= 0) return 0;
  const share = Math.min(1, Math.max(0, source.scrollTop / sourceRange));
  return Math.round(share * targetRange);
}

/**
 * Keeps a set of scroll boxes in step. Setting scrollTop fires a scroll event on the box that was moved; the
 * position each box was given is remembered, and an event reporting exactly that position is the echo, not the
 * user, so it is not passed on (otherwise two boxes would keep moving each other).
 */
export class ScrollSync<T extends ScrollBox> {
  private readonly boxes = new Set<T>();
  private readonly given = new Map<T, number>();

  add(box: T): () => void {
    this.boxes.add(box);
    return () => {
      this.boxes.delete(box);
      this.given.delete(box);
    };
  }

  /** The user scrolled `source`: moves the others. Returns how many boxes were moved. */
  scrolled(source: T): number {
    const expected = this.given.get(source);
    if (expected !== undefined) {
      this.given.delete(source);
      if (Math.abs(expected - source.scrollTop) <= 1) return 0;
    }
    let moved = 0;
    for (const box of this.boxes) {
      if (box === source) continue;
      const top = syncedScrollTop(source, box);
      if (Math.abs(top - box.scrollTop) <= 1) continue;
      this.given.set(box, top);
      box.scrollTop = top;
      moved++;
    }
    return moved;
  }
}

// Typing figures from the form probe's keystrokes (keydown → the end of the next frame, and the handlers' own
// work), shared by the parameter-form and chat-composer typing benches.
import type { Page } from 'playwright-core';
import type { FormSnapshot, Keystroke } from './probes/formProbe';
import { countOver, type Summary, summarize } from './stats';

export const FRAME_MS = 1000 / 60;

/** Presses each key 60 ms after the last: a fast human typist, each keystroke getting its own frames. */
export async function typeAtHumanPace(page: Page, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(60);
  }
}

export interface KeystrokeFigures {
  keystrokes: number;
  toPaint: Summary;
  /** Keystrokes whose keydown → painted took longer than a frame. */
  overFrame: number;
  /** keydown listeners' start to the input event's last listener (React's re-render included). */
  processing: Summary;
}

/** The figures of the keystrokes made between two probe snapshots. */
export function keystrokeFigures(before: FormSnapshot, after: FormSnapshot): KeystrokeFigures {
  const strokes: Keystroke[] = after.keystrokes.slice(before.keystrokes.length);
  const toPaint = strokes.filter((k) => k.paintedAt >= 0).map((k) => k.paintedAt - k.startedAt);
  const processing = strokes
    .filter((k) => k.processingEnd >= 0)
    .map((k) => k.processingEnd - k.processingStart);
  return {
    keystrokes: strokes.length,
    toPaint: summarize(toPaint),
    overFrame: countOver(toPaint, FRAME_MS),
    processing: summarize(processing),
  };
}

// Typing in the chat composer with a 200-turn conversation on screen (issue 10): each keystroke must not re-render
// the 199 rendered turns. Timed like the parameter form's typing (keydown → the end of the next frame, and the
// handlers' own work), with the same in-page probe.
import type { Browser } from 'playwright-core';
import { type KeystrokeFigures, keystrokeFigures, typeAtHumanPace } from './keystrokes';
import { addProbe } from './pageScript';
import { type FormSnapshot, installFormProbe } from './probes/formProbe';

export const TRANSCRIPT_TURNS = 200;

export interface TranscriptTypingResult extends KeystrokeFigures {
  turns: number;
  /** Turns rendered in the transcript when typing began (all but the composer). */
  rendered: number;
}

function conversation(turns: number) {
  return Array.from({ length: turns }, (_, i) => ({
    role: i % 2 === 0 ? 'user' : 'assistant',
    text:
      i % 2 === 0
        ? `Question ${i + 1}: how do tides, harbours and lighthouses work together on a rocky coast?`
        : `## Answer ${i + 1}\n\nThe tide rises twice a day. **Harbours** shelter boats; lighthouses warn them.\n\n- one\n- two\n- three`,
    images: [],
  }));
}

/** Stores the 200-turn conversation (199 turns and an empty composer) where the workbench reads it at load. */
export async function seedConversation(context: import('playwright-core').BrowserContext): Promise<void> {
  const turns = [...conversation(TRANSCRIPT_TURNS - 1), { role: 'user', text: '', images: [] }];
  const stored = JSON.stringify({
    state: {
      conversation: { system: '', turns },
      stream: true,
      view: 'chat',
      panes: [{ id: 'bench', modelId: 'plain-demo', paramsByModel: {}, systemOverride: null }],
    },
    version: 2,
  });
  await context.addInitScript((value) => window.localStorage.setItem('yoke.workbench', value), stored);
}

const snapshot = (page: import('playwright-core').Page) =>
  page.evaluate(() =>
    (window as unknown as { __benchForm: { snapshot: () => FormSnapshot } }).__benchForm.snapshot(),
  );

export async function benchTranscriptTyping(
  browser: Browser,
  origin: string,
): Promise<TranscriptTypingResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await addProbe(context, installFormProbe, {
      detailsPath: '/__no-details__',
      firstField: '__no-field__',
      lastField: '__no-field__',
      labelPattern: '^$',
      inputPattern: '^composer-text$',
    });
    await seedConversation(context);
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const composer = page.locator('#composer-text');
    await composer.waitFor();
    // The markdown renderer loads lazily; wait until the rendered answers are in.
    await page.getByRole('heading', { name: `Answer ${TRANSCRIPT_TURNS - 2}` }).waitFor({ timeout: 15_000 });
    const rendered = await page.getByRole('article').count();
    await composer.click();
    await page.waitForTimeout(300);
    const before = await snapshot(page);
    const keys = 'the composer stays quick here'.split('').map((c) => (c === ' ' ? 'Space' : c));
    await typeAtHumanPace(page, [...keys, ...Array.from({ length: 10 }, () => ['x', 'Backspace']).flat()]);
    await page.waitForTimeout(300);
    const after = await snapshot(page);
    return { turns: TRANSCRIPT_TURNS, rendered: rendered - 1, ...keystrokeFigures(before, after) };
  } finally {
    await context.close();
  }
}

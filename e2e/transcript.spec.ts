// Issue 10, chat as a transcript: rendered turns with a docked composer and run bar, follow the stream, Escape
// stops, empty turns never sent, focus kept off <body>, the phone layout.
import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  addDemoHeaders,
  type JsonBody,
  lastRequestBody,
  openWorkbench,
  responseRegion,
  runButton,
  runStatus,
  stopButton,
} from './helpers';

const LONG =
  'Explain, in several paragraphs, how lighthouses, harbours and tides work together along a rocky coast.';

/** Starts the app with a conversation of `count` turns (alternating user/assistant, each a few lines long). */
async function seedConversation(page: Page, count: number): Promise<void> {
  const turns = Array.from({ length: count }, (_, i) => ({
    role: i % 2 === 0 ? 'user' : 'assistant',
    text:
      i % 2 === 0
        ? `Question ${i + 1}: ${LONG}`
        : `## Answer ${i + 1}\n\n${'A line of the earlier answer about the coast. '.repeat(6)}\n\n- one\n- two`,
    images: [],
  }));
  const stored = {
    state: {
      conversation: { system: '', turns },
      stream: true,
      view: 'chat',
      panes: [{ id: 'p1', modelId: 'plain-demo', paramsByModel: {}, systemOverride: null }],
    },
    version: 2,
  };
  await page.addInitScript((value) => {
    if (!window.localStorage.getItem('yoke.workbench')) window.localStorage.setItem('yoke.workbench', value);
  }, JSON.stringify(stored));
}

/** Whether the element's box lies within the viewport (fully). */
async function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return (
      r.height > 0 &&
      r.top >= 0 &&
      r.bottom <= window.innerHeight &&
      r.left >= 0 &&
      r.right <= window.innerWidth
    );
  });
}

/** Any part of the element within the viewport. */
async function partlyInViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;
  });
}

const focusedIsBody = (page: Page) => page.evaluate(() => document.activeElement === document.body);

test('20 turns: Ctrl+Enter while editing turn 2 keeps the run bar in view, and Jump to latest reaches the answer', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await addDemoHeaders(page, { 'X-Demo-Pace': '8' });
  await seedConversation(page, 20);
  await openWorkbench(page);
  // Earlier turns are rendered (markdown for the assistant), not textboxes; the last turn is the composer.
  await expect(page.getByRole('article', { name: 'Message 2, assistant' }).getByRole('heading')).toHaveText(
    'Answer 2',
  );
  await expect(page.getByRole('textbox', { name: 'Assistant message 2', exact: true })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Assistant message 20' })).toBeVisible();

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Edit message 2' }).click();
  const turn2 = page.getByRole('textbox', { name: 'Assistant message 2', exact: true });
  await expect(turn2).toBeFocused();
  await turn2.press('End');
  await turn2.pressSequentially(' Edited.');
  const before = await page.evaluate(() => window.scrollY);
  const body = await lastRequestBody(page, () => turn2.press('Control+Enter'));
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  expect((body.messages as Array<{ content: string }>)[1]?.content).toMatch(/Edited\.$/);
  await expect(runStatus(page)).toHaveText('Generating…');
  // The user stays where they were editing; the run bar (Run/Stop, live figures) is docked in view.
  expect(await inViewport(stopButton(page))).toBe(true);
  expect(await inViewport(runButton(page))).toBe(true);
  expect(await partlyInViewport(turn2)).toBe(true);
  await expect(page.getByText(/^Streaming · ~?\d+ tokens? · /)).toBeVisible();
  // Scrolled away from the answer during a stream: "Jump to latest" is offered and brings it into view.
  const jump = page.getByRole('button', { name: /Jump to latest/ });
  await expect(jump).toBeVisible();
  await jump.click();
  await expect.poll(() => partlyInViewport(responseRegion(page))).toBe(true);
  await expect(jump).toBeHidden();
  await stopButton(page).click();
  await expect(runStatus(page)).toHaveText('Stopped');
});

test('Escape stops a run; focus stays in the composer, never on <body>', async ({ page }) => {
  await addDemoHeaders(page, { 'X-Demo-Pace': '15' });
  await openWorkbench(page);
  const composer = page.getByRole('textbox', { name: 'User message 1' });
  await composer.focus();
  await page.keyboard.type('Write at length about the sea');
  await page.keyboard.press('Control+Enter');
  await expect(runStatus(page)).toHaveText('Generating…');
  expect(await focusedIsBody(page)).toBe(false);
  await page.keyboard.press('Escape');
  await expect(runStatus(page)).toHaveText('Stopped');
  await expect(composer).toBeFocused();
});

test('keyboard: Enter on Run moves focus to Stop, Enter on Stop brings it back to Run', async ({ page }) => {
  await addDemoHeaders(page, { 'X-Demo-Pace': '15' });
  await openWorkbench(page);
  await page.getByRole('textbox', { name: 'User message 1' }).fill('Write at length about rivers');
  await runButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(stopButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(runStatus(page)).toHaveText('Stopped');
  await expect(runButton(page)).toBeFocused();
  expect(await focusedIsBody(page)).toBe(false);
  // And when a run ends by itself while focus is on Stop, focus goes back to Run.
  await page.keyboard.press('Enter');
  await expect(stopButton(page)).toBeFocused();
  await page.unroute('**/demo/api/ai/chat/completions');
  await expect(runStatus(page)).toHaveText('Done', { timeout: 30_000 });
  await expect(runButton(page)).toBeFocused();
});

test('following the stream stops when the user scrolls up; Jump to latest resumes it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await addDemoHeaders(page, { 'X-Demo-Pace': '8' });
  await seedConversation(page, 8);
  await openWorkbench(page);
  const composer = page.getByRole('textbox', { name: 'User message 9' });
  await page.getByRole('button', { name: 'Add message' }).click();
  await expect(composer).toBeFocused();
  await composer.fill('Write a long answer about the sea, with several sections');
  await composer.press('Control+Enter');
  await expect(runStatus(page)).toHaveText('Generating…');
  // Started from the docked composer: the page follows the answer.
  await expect.poll(() => partlyInViewport(responseRegion(page))).toBe(true);
  const jump = page.getByRole('button', { name: /Jump to latest/ });
  await expect(jump).toBeHidden();
  await page.mouse.move(700, 300);
  await page.mouse.wheel(0, -1500);
  await expect(jump).toBeVisible();
  expect(await inViewport(stopButton(page))).toBe(true);
  await jump.click();
  await expect(jump).toBeHidden();
  await expect.poll(() => partlyInViewport(responseRegion(page))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(runStatus(page)).toHaveText('Stopped');
});

test('Append is offered once and leaves no empty turn to send; empty turns are never sent', async ({
  page,
}) => {
  await openWorkbench(page);
  await page.getByRole('textbox', { name: 'User message 1' }).fill('Name a river');
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done');
  await expect(page.getByText('Demo answer: generated locally', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Append to conversation' }).click();
  await expect(page.getByRole('button', { name: 'Append to conversation' })).toHaveCount(0);
  await expect(responseRegion(page)).toContainText('In the conversation as message 2');
  const composer = page.getByRole('textbox', { name: 'User message 3' });
  await expect(composer).toBeFocused();
  await expect(page.getByRole('article', { name: /^Message \d+, / })).toHaveCount(3);

  // Run with the empty composer: the answered conversation is sent without it, and the user is told.
  let body: JsonBody = await lastRequestBody(page, () => runButton(page).click());
  expect(body.messages).toEqual([
    { role: 'user', content: 'Name a river' },
    { role: 'assistant', content: expect.any(String) },
  ]);
  await expect(page.getByText('Message 3 is empty and was not sent.')).toBeVisible();
  await expect(runStatus(page)).toHaveText('Done');

  // Empty turns in the middle are left out too.
  await composer.fill('And a lake?');
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByRole('button', { name: 'Add message' }).click();
  body = await lastRequestBody(page, () => runButton(page).click());
  const contents = (body.messages as Array<{ content: string }>).map((m) => m.content);
  expect(contents).not.toContain('');
  expect(contents.at(-1)).toBe('And a lake?');
  await expect(page.getByText('Messages 4, 5 are empty and were not sent.')).toBeVisible();
  await expect(runStatus(page)).toHaveText('Done');

  // With nothing but empty turns, Run sends nothing and says so.
  for (let n = 5; n >= 1; n--) await page.getByRole('button', { name: `Delete message ${n}` }).click();
  await page.getByRole('button', { name: 'Add message' }).click();
  let sent = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/chat/completions')) sent++;
  });
  await runButton(page).click();
  await expect(page.getByText(/^Nothing was sent: write a message first/)).toBeVisible();
  expect(sent).toBe(0);
});

test('390×844: the page is never wider than the screen, Run is in view without a nested scroll box', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await seedConversation(page, 20);
  await page.goto('/');
  const composer = page.getByRole('textbox', { name: 'Assistant message 20' });
  await expect(composer).toBeVisible();
  const widths = () =>
    page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
  let w = await widths();
  expect(w.doc).toBeLessThanOrEqual(w.view);
  expect(await inViewport(runButton(page))).toBe(true);
  // Nothing between Run and the page scrolls on its own: the document is the only scroll box.
  const nested = await runButton(page).evaluate((el) => {
    const boxes: string[] = [];
    for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      const { overflowY } = getComputedStyle(node);
      if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight)
        boxes.push(node.tagName);
    }
    return boxes;
  });
  expect(nested).toEqual([]);
  // The parameters are behind a button, in a dialog, not between the prompt and the answer.
  await expect(page.getByLabel('Temperature', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Parameters', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Parameters' });
  await expect(dialog.getByLabel('Temperature', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await composer.fill('A question typed on a phone');
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByRole('textbox', { name: 'User message 21' }).fill('Now answer briefly');
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done');
  w = await widths();
  expect(w.doc).toBeLessThanOrEqual(w.view);
  expect(await inViewport(runButton(page))).toBe(true);
  await page.screenshot({ path: test.info().outputPath('transcript-phone.png') });
});

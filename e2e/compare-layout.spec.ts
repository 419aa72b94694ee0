// Issue 10, Compare answers-first: what the layout must hold, measured in the browser. After Run all at
// 1440×900 every pane's answer is on screen and the answers start at the same height; more panes scroll
// sideways inside their strip, never the page; a phone gets one pane per swipe; pane titles say what differs.
import { expect, type Locator, type Page, type TestInfo, test } from '@playwright/test';

const PROMPT = 'Explain sampling temperature with a code example';

const pane = (page: Page, n: number): Locator => page.getByRole('region', { name: `Pane ${n}`, exact: true });
const panes = (page: Page): Locator => page.getByRole('region', { name: /^Pane \d$/ });
const responseOf = (scope: Locator): Locator => scope.getByRole('region', { name: 'Response' });
const titleOf = (scope: Locator): Locator => scope.getByRole('heading', { name: /^Pane \d: / });
const statusOf = (scope: Locator): Locator =>
  scope.getByRole('status').filter({ hasText: /^(Generating…|Done|Failed|Stopped)$/ });

async function openCompare(page: Page, count: number): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(panes(page)).toHaveCount(2);
  for (let n = 3; n <= count; n++) await page.getByRole('button', { name: 'Add pane' }).click();
  await expect(panes(page)).toHaveCount(count);
  for (let n = 1; n <= count; n++) await expect(titleOf(pane(page, n))).not.toContainText('No model yet');
  await page.getByRole('textbox', { name: 'User message 1' }).fill(PROMPT);
}

/** The document's size beside the window's: the page itself must never scroll sideways. */
function pageSize(page: Page) {
  return page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
    innerWidth: window.innerWidth,
    innerHeight: window.innerHeight,
  }));
}

async function expectAnswersOnScreen(page: Page, count: number): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const tops: number[] = [];
  for (let n = 1; n <= count; n++) {
    const response = responseOf(pane(page, n));
    await expect(response).toBeInViewport();
    const box = await response.boundingBox();
    if (!box) throw new Error(`Pane ${n} has no Response box`);
    // The answer begins on screen with room to read it: at least 200 px of it above the bottom edge.
    expect(box.y, `pane ${n} Response top`).toBeGreaterThanOrEqual(0);
    expect(box.y + 200, `pane ${n} Response has room`).toBeLessThanOrEqual(viewport.height);
    expect(box.x, `pane ${n} Response left`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `pane ${n} Response right`).toBeLessThanOrEqual(viewport.width);
    tops.push(box.y);
  }
  expect(Math.max(...tops) - Math.min(...tops), `Response tops ${tops.join(', ')}`).toBeLessThanOrEqual(4);
  const size = await pageSize(page);
  expect(size.width).toBeLessThanOrEqual(size.innerWidth);
  expect(size.height).toBeLessThanOrEqual(size.innerHeight);
}

async function screenshot(page: Page, info: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: info.outputPath(`${name}.png`) });
}

for (const count of [2, 4]) {
  test(`1440×900, ${count} panes: right after Run all every answer is on screen, all starting at one height`, async ({
    page,
  }, info) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openCompare(page, count);
    await page.getByRole('button', { name: 'Run all' }).click();
    await expect(statusOf(pane(page, 1))).toHaveText(/Generating…|Done/);
    await expectAnswersOnScreen(page, count);
    for (let n = 1; n <= count; n++)
      await expect(statusOf(pane(page, n))).toHaveText('Done', { timeout: 20_000 });
    // Long answers scroll inside their columns: the layout holds once they are complete.
    await expectAnswersOnScreen(page, count);
    await screenshot(page, info, `compare-1440-${count}-panes`);
  });
}

test('1440×900, 6 panes: the columns keep a readable width and scroll sideways inside their strip', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openCompare(page, 6);
  await page.getByRole('button', { name: 'Run all' }).click();
  for (let n = 1; n <= 6; n++) await expect(statusOf(pane(page, n))).toHaveText('Done', { timeout: 20_000 });
  const size = await pageSize(page);
  expect(size.width).toBeLessThanOrEqual(size.innerWidth);
  for (let n = 1; n <= 6; n++) {
    const box = await pane(page, n).boundingBox();
    expect(box?.width, `pane ${n} width`).toBeGreaterThanOrEqual(320);
  }
  const strip = pane(page, 1).locator('xpath=..');
  const scroll = await strip.evaluate((el) => ({ width: el.scrollWidth, client: el.clientWidth }));
  expect(scroll.width).toBeGreaterThan(scroll.client);
  // The last pane is reached by scrolling the strip, and its answer is then on screen like the others.
  await pane(page, 6).scrollIntoViewIfNeeded();
  await expect(responseOf(pane(page, 6))).toBeInViewport();
  expect((await pageSize(page)).width).toBeLessThanOrEqual(size.innerWidth);
  await screenshot(page, info, 'compare-1440-6-panes');
});

/** Whether a pane spans the phone's width, edge to edge: the swipe landed on it. Its height is not asked about:
 * how tall a pane is depends on its answer and on how its figures wrap (latency digits under load), and the area
 * ratio Playwright's toBeInViewport measures mixed the two. */
async function fillsTheWidth(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.x >= -1 && box.x + box.width <= 391 && box.width >= 300;
}

test('390×844: one pane per swipe, and the document is never wider than the screen', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openCompare(page, 3);
  await page.getByRole('button', { name: 'Run all' }).click();
  for (let n = 1; n <= 3; n++) await expect(statusOf(pane(page, n))).toHaveText('Done', { timeout: 20_000 });
  let size = await pageSize(page);
  expect(size.width).toBeLessThanOrEqual(size.innerWidth);
  const first = await pane(page, 1).boundingBox();
  expect(first?.width).toBeLessThanOrEqual(390);
  await page.getByRole('button', { name: 'Show pane 2' }).click();
  await expect.poll(() => fillsTheWidth(pane(page, 2))).toBe(true);
  await expect(pane(page, 1)).not.toBeInViewport();
  // The button of the pane shown is marked, after a jump and after a swipe (a scroll of the strip).
  const jump = (n: number) => page.getByRole('button', { name: `Show pane ${n}` });
  await expect(jump(2)).toHaveAttribute('aria-current', 'true');
  await expect(jump(1)).not.toHaveAttribute('aria-current', 'true');
  await pane(page, 3).evaluate((el) => el.scrollIntoView({ inline: 'start', block: 'nearest' }));
  await expect(jump(3)).toHaveAttribute('aria-current', 'true');
  await expect(jump(2)).not.toHaveAttribute('aria-current', 'true');
  await jump(2).click();
  await expect.poll(() => fillsTheWidth(pane(page, 2))).toBe(true);
  await pane(page, 2).getByRole('button', { name: 'Configure pane 2' }).click();
  await expect(pane(page, 2).getByRole('region', { name: 'Parameters' })).toBeVisible();
  size = await pageSize(page);
  expect(size.width).toBeLessThanOrEqual(size.innerWidth);
  await screenshot(page, info, 'compare-390-phone');
});

test('after a sweep each pane is titled by its swept value; settings open from the title and close on Escape', async ({
  page,
}) => {
  await openCompare(page, 2);
  const configure = pane(page, 1).getByRole('button', { name: 'Configure pane 1' });
  await configure.click();
  await expect(configure).toHaveAttribute('aria-expanded', 'true');
  const settings = pane(page, 1).getByRole('region', { name: 'Pane 1 configuration' });
  await settings.getByRole('spinbutton', { name: 'Max tokens', exact: true }).fill('64');
  // A parameter set on pane 1 only: pane 2 (same model) now differs from it, and both titles say on what.
  await expect(titleOf(pane(page, 1))).toHaveAccessibleName('Pane 1: claude-sonnet-4 · max 64');
  await expect(titleOf(pane(page, 2))).toHaveAccessibleName('Pane 2: claude-sonnet-4 · max default');
  await settings.getByText('Sweep and repeat').click();
  await settings.getByRole('combobox', { name: 'Sweep parameter' }).selectOption({ label: 'Temperature' });
  await settings.getByRole('textbox', { name: 'Sweep values' }).fill('0, 0.5, 1');
  await settings.getByRole('button', { name: 'Sweep', exact: true }).click();
  await expect(panes(page)).toHaveCount(4);
  // Pane 1 names what the others vary: the sweep's temperature, and the max tokens the untouched pane 4 lacks.
  await expect(titleOf(pane(page, 1))).toHaveAccessibleName('Pane 1: claude-sonnet-4 · T 0 · max 64');
  await expect(titleOf(pane(page, 2))).toHaveAccessibleName('Pane 2: claude-sonnet-4 · T 0.5');
  await expect(titleOf(pane(page, 3))).toHaveAccessibleName('Pane 3: claude-sonnet-4 · T 1');
  await expect(titleOf(pane(page, 4))).toHaveAccessibleName(
    'Pane 4: claude-sonnet-4 · T default · max default',
  );
  // The baseline choice names panes by their titles too.
  await expect(page.getByRole('combobox', { name: 'Compare with' }).getByRole('option')).toHaveText([
    'No diff',
    'Pane 1 · claude-sonnet-4 · T 0 · max 64',
    'Pane 2 · claude-sonnet-4 · T 0.5',
    'Pane 3 · claude-sonnet-4 · T 1',
    'Pane 4 · claude-sonnet-4 · T default · max default',
  ]);
  for (let n = 1; n <= 3; n++) await expect(statusOf(pane(page, n))).toHaveText('Done', { timeout: 20_000 });

  // Escape inside a pane's settings closes them and gives focus back to the button that opened them.
  const second = pane(page, 2).getByRole('button', { name: 'Configure pane 2' });
  await second.click();
  await pane(page, 2).getByRole('spinbutton', { name: 'Temperature', exact: true }).focus();
  await page.keyboard.press('Escape');
  await expect(pane(page, 2).getByRole('region', { name: 'Pane 2 configuration' })).toHaveCount(0);
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute('aria-expanded', 'false');
});

test('"Sync scrolling" scrolls every answer with the one the user scrolls; the conversation collapses to a line', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openCompare(page, 4);
  await page.getByRole('button', { name: 'Run all' }).click();
  for (let n = 1; n <= 4; n++) await expect(statusOf(pane(page, n))).toHaveText('Done', { timeout: 20_000 });
  const answer = (n: number) => pane(page, n).getByRole('group', { name: `Pane ${n} answer` });
  const scrollTop = (n: number) => answer(n).evaluate((el) => el.scrollTop);
  const scrollable = await answer(1).evaluate((el) => el.scrollHeight > el.clientHeight);
  expect(scrollable, 'the answers are long enough to scroll').toBe(true);

  // Off by default: one answer scrolls alone.
  await answer(1).evaluate((el) => el.scrollTo({ top: 120 }));
  await expect.poll(() => scrollTop(1)).toBe(120);
  expect(await scrollTop(2)).toBe(0);

  await page.getByRole('switch', { name: 'Sync scrolling' }).check();
  await answer(1).hover();
  await page.mouse.wheel(0, 400);
  await expect.poll(() => scrollTop(1)).toBeGreaterThan(120);
  for (const n of [2, 3, 4]) await expect.poll(() => scrollTop(n)).toBeGreaterThan(0);

  // The shared conversation folds to its last user message, giving the answers the room.
  await answer(1).evaluate((el) => el.scrollTo({ top: 0 }));
  await expect.poll(() => scrollTop(1)).toBe(0);
  const before = (await responseOf(pane(page, 1)).boundingBox())?.y ?? 0;
  await page.getByRole('button', { name: 'Collapse conversation' }).click();
  await expect(page.getByText(`1 message · last: ${PROMPT}`)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'User message 1' })).toHaveCount(0);
  await expect.poll(async () => (await responseOf(pane(page, 1)).boundingBox())?.y ?? 0).toBeLessThan(before);
  await page.getByRole('button', { name: 'Edit conversation' }).click();
  await expect(page.getByRole('textbox', { name: 'User message 1' })).toHaveValue(PROMPT);
});

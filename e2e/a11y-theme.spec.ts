// Issue 10, themes and accessibility: axe-core (default rules) finds nothing on the main views in light and dark,
// dark mode really applies, the Theme choice persists, focus is visible, the skip link and the "Keyboard
// shortcuts" dialog work. Screenshots of the main views are written as test artifacts for a reviewer (and copied
// to $E2E_SCREENSHOT_DIR when it is set, e.g. /tmp, to look at them after a local run).
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo, test } from '@playwright/test';
import {
  addToolFromTemplate,
  openSettings,
  openWorkbench,
  runButton,
  runStatus,
  toolCallCard,
} from './helpers';

type Scheme = 'light' | 'dark';
const SCHEMES: readonly Scheme[] = ['light', 'dark'];
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

const pane = (page: Page, n: number): Locator => page.getByRole('region', { name: `Pane ${n}`, exact: true });
const paneStatus = (page: Page, n: number): Locator =>
  pane(page, n)
    .getByRole('status')
    .filter({ hasText: /^(Generating…|Done|Failed|Stopped)$/ });
const themePicker = (page: Page): Locator => page.getByRole('combobox', { name: 'Theme' });

/** axe-core with its default rule set; a violation is reported with the elements it was found on. */
async function expectNoViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`)
        .join(' | ')}`,
  );
  expect(found, `axe violations on ${what}`).toEqual([]);
}

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`theme-${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  const copyTo = process.env.E2E_SCREENSHOT_DIR;
  if (copyTo) copyFileSync(path, join(copyTo, `theme-${name}.png`));
}

/** The relative luminance (WCAG) of a CSS colour. Computed colours may be oklch() or lab() (Tailwind's palette),
 * so the page's canvas turns the colour into sRGB bytes. */
function luminance(page: Page, color: string): Promise<number> {
  return page.evaluate((css) => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.fillStyle = css;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map((byte) => {
      const v = byte / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  }, color);
}

/** The luminance of the page's background (the body's computed background colour). */
async function pageLuminance(page: Page): Promise<number> {
  return luminance(page, await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
}

async function runChat(page: Page): Promise<void> {
  await page.getByLabel('User message 1').fill('Explain sampling temperature with a code example');
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done', { timeout: 20_000 });
}

async function openCompareAndRun(page: Page, count: number): Promise<void> {
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(pane(page, 2)).toBeVisible();
  for (let n = 3; n <= count; n++) {
    await page.getByRole('button', { name: 'Add pane' }).click();
    await expect(pane(page, n)).toBeVisible();
  }
  await page.getByRole('textbox', { name: 'User message 1' }).fill('Write a haiku about tokens');
  await page.getByRole('button', { name: 'Run all' }).click();
  for (let n = 1; n <= count; n++) await expect(paneStatus(page, n)).toHaveText('Done', { timeout: 30_000 });
}

for (const scheme of SCHEMES) {
  test.describe(`${scheme} (system preference)`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(DESKTOP);
    });

    test('chat: no axe violations before and after a run, nor with the model list open', async ({
      page,
    }, testInfo) => {
      await openWorkbench(page, '/?model=claude-sonnet-4-20250514');
      await expectNoViolations(page, 'chat, before a run');
      await runChat(page);
      await expectNoViolations(page, 'chat, after a run');
      await screenshot(page, testInfo, `chat-${scheme}`);
      await page.getByRole('combobox', { name: 'Model', exact: true }).click();
      await expect(page.getByRole('listbox', { name: 'Models' })).toBeVisible();
      await expectNoViolations(page, 'chat, model list open');
    });

    test('chat with a tool, its call card, a tool round and reasoning: no axe violations', async ({
      page,
    }, testInfo) => {
      await openWorkbench(page, '/?model=reasoning-mini-demo');
      await addToolFromTemplate(page);
      await page.getByRole('combobox', { name: 'Response format' }).selectOption({ label: 'JSON schema' });
      await expectNoViolations(page, 'chat, tools and response schema');
      await page.getByRole('combobox', { name: 'Response format' }).selectOption({ label: 'Text' });
      await page.getByLabel('User message 1').fill('What is the weather in Paris? Use get_weather.');
      await runButton(page).click();
      const card = toolCallCard(page, 'get_weather');
      await expect(card.getByText('Arguments valid')).toBeVisible({ timeout: 20_000 });
      await expectNoViolations(page, 'chat, tool call card and reasoning');
      await screenshot(page, testInfo, `tools-${scheme}`);
      await card.getByRole('textbox', { name: 'Result for get_weather' }).fill('{"temperature": 21}');
      await page.getByRole('button', { name: 'Send tool results' }).click();
      await expect(runStatus(page)).toHaveText('Done', { timeout: 20_000 });
      await expectNoViolations(page, 'chat, after a tool round (tool turns in the transcript)');
    });

    test('API tab and Settings dialog: no axe violations', async ({ page }, testInfo) => {
      await openWorkbench(page, '/?model=claude-sonnet-4-20250514');
      await page.getByRole('tab', { name: 'API' }).click();
      await expect(page.getByRole('button', { name: /^Copy/ }).first()).toBeVisible();
      await expectNoViolations(page, 'API tab');
      await screenshot(page, testInfo, `api-${scheme}`);
      await page.getByRole('tab', { name: 'Chat' }).click();
      await openSettings(page);
      await expectNoViolations(page, 'Settings dialog');
      await screenshot(page, testInfo, `settings-${scheme}`);
    });

    test('compare with 2 panes after Run all: no axe violations', async ({ page }, testInfo) => {
      await openWorkbench(page);
      await openCompareAndRun(page, 2);
      await expectNoViolations(page, 'compare, 2 panes');
      await screenshot(page, testInfo, `compare-${scheme}`);
      // The answers with their figures (the best of each marked), wherever the layout puts them.
      await pane(page, 1).getByRole('region', { name: 'Response' }).scrollIntoViewIfNeeded();
      await screenshot(page, testInfo, `compare-answers-${scheme}`);
    });

    test('compare with 6 panes after Run all: no axe violations', async ({ page }, testInfo) => {
      test.setTimeout(150_000);
      await openWorkbench(page);
      await openCompareAndRun(page, 6);
      await expectNoViolations(page, 'compare, 6 panes');
      await screenshot(page, testInfo, `compare6-${scheme}`);
    });

    test('phone 390×844: chat after a run and compare, no axe violations', async ({ page }, testInfo) => {
      await page.setViewportSize(PHONE);
      await openWorkbench(page, '/?model=claude-sonnet-4-20250514');
      await runChat(page);
      await expectNoViolations(page, 'phone, chat');
      await screenshot(page, testInfo, `phone-${scheme}`);
      await openCompareAndRun(page, 2);
      await expectNoViolations(page, 'phone, compare');
      await screenshot(page, testInfo, `phone-compare-${scheme}`);
    });
  });
}

test('dark mode applies: the page background follows the system preference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openWorkbench(page);
  expect(await pageLuminance(page)).toBeGreaterThan(0.8);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(async () => pageLuminance(page)).toBeLessThan(0.05);
  // Cards and inputs (bg-white) turn dark too, and the text turns light.
  const runColors = await page
    .getByRole('region', { name: 'Model card' })
    .evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
  expect(await luminance(page, runColors[0] ?? '')).toBeLessThan(0.05);
  expect(await luminance(page, runColors[1] ?? '')).toBeGreaterThan(0.5);
});

test('the Theme choice overrides the system, is remembered across reloads, and "System" follows it again', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openWorkbench(page);
  await expect(themePicker(page)).toHaveValue('system');
  await themePicker(page).selectOption({ label: 'Dark' });
  await expect.poll(async () => pageLuminance(page)).toBeLessThan(0.05);
  await expectNoViolations(page, 'chat, dark by the toggle');

  await page.reload();
  await expect(themePicker(page)).toHaveValue('dark');
  // Applied before React renders: the root carries the choice as soon as the page has loaded.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await pageLuminance(page)).toBeLessThan(0.05);

  await page.emulateMedia({ colorScheme: 'dark' });
  await themePicker(page).selectOption({ label: 'Light' });
  await expect.poll(async () => pageLuminance(page)).toBeGreaterThan(0.8);
  await page.reload();
  await expect(themePicker(page)).toHaveValue('light');
  expect(await pageLuminance(page)).toBeGreaterThan(0.8);

  await themePicker(page).selectOption({ label: 'System' });
  await expect.poll(async () => pageLuminance(page)).toBeLessThan(0.05);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
});

/** The focused element's outline, as computed (the control itself, or the label around a hidden file input). */
async function focusRing(page: Page): Promise<{ width: number; style: string; color: string }> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const shown =
      focused instanceof HTMLInputElement && focused.type === 'file'
        ? (focused.closest('label') ?? focused)
        : focused;
    const style = getComputedStyle(shown);
    return {
      width: Number.parseFloat(style.outlineWidth),
      style: style.outlineStyle,
      color: style.outlineColor,
    };
  });
}

for (const scheme of SCHEMES) {
  test(`${scheme}: keyboard focus shows a ring on buttons, tabs, inputs and the "Upload…" label`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openWorkbench(page, '/?model=vision-demo');
    const targets: Array<[string, Locator]> = [
      ['Run', runButton(page)],
      ['Settings', page.getByRole('button', { name: 'Settings' })],
      ['User message 1', page.getByLabel('User message 1')],
      ['Chat tab', page.getByRole('tab', { name: 'Chat' })],
      ['Upload', page.getByLabel('Upload image for message 1')],
      ['Theme', themePicker(page)],
    ];
    for (const [what, target] of targets) {
      // Focus by keyboard from the control before it, so :focus-visible applies as for a keyboard user.
      await target.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const ring = await focusRing(page);
      expect(ring.style, `${what}: outline style`).not.toBe('none');
      expect(ring.width, `${what}: outline width`).toBeGreaterThanOrEqual(3);
      // WCAG 1.4.11: the ring stands out from the page at 3:1 or more.
      const [ringL, pageL] = [await luminance(page, ring.color), await pageLuminance(page)];
      const contrast = (Math.max(ringL, pageL) + 0.05) / (Math.min(ringL, pageL) + 0.05);
      expect(contrast, `${what}: ring contrast with the page`).toBeGreaterThanOrEqual(3);
    }
    await runButton(page).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await screenshot(page, testInfo, `focus-run-${scheme}`);
  });
}

test('the first Tab reaches "Skip to main content", which moves focus into the work area', async ({
  page,
}) => {
  await openWorkbench(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const before = page.url();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
  expect(page.url()).toBe(before);
  // The next Tab lands on a control of the work area, not back in the header.
  await page.keyboard.press('Tab');
  const inHeader = await page.evaluate(() => document.activeElement?.closest('header') !== null);
  expect(inHeader).toBe(false);
  await expect(page.getByRole('main')).toHaveCount(1);
});

test('"?" and the header button open the Keyboard shortcuts dialog; "?" typed in a message is text', async ({
  page,
}, testInfo) => {
  await openWorkbench(page);
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.getByLabel('User message 1').fill('Why');
  await page.getByLabel('User message 1').press('?');
  await expect(page.getByLabel('User message 1')).toHaveValue('Why?');
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: 'Chat' }).focus();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('term').filter({ hasText: 'Ctrl+Enter' })).toBeVisible();
  await expect(dialog.getByText('Stop the answer that is streaming')).toBeVisible();
  await expectNoViolations(page, 'Keyboard shortcuts dialog');
  await screenshot(page, testInfo, 'shortcuts-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();
});

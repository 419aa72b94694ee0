// Issue 10: a complete run without the mouse — pick a model, type, run, stop with Escape, switch to the API
// tab and copy the code — moving only with Tab, arrows, Enter and Escape. Focus is never lost to <body>.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { addDemoHeaders, modelCard, modelPicker, openWorkbench, runStatus } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const focusedIsBody = (page: Page) =>
  page.evaluate(() => document.activeElement === document.body || document.activeElement === null);

/** Presses Tab (Shift+Tab with `backwards`) until `target` has focus; fails after `max` presses, or when focus
 * lands on <body> on the way (which is also where Tab past the page's last control goes: stay within the page). */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 60 } = {}): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
    expect(await focusedIsBody(page), `focus fell to <body> after ${presses} Tab presses`).toBe(false);
  }
  throw new Error(`${max} Tab presses did not reach the target`);
}

test('a whole run by keyboard: pick model, type, Ctrl+Enter, Escape, API tab, Copy', async ({ page }) => {
  await addDemoHeaders(page, { 'X-Demo-Pace': '15' });
  await openWorkbench(page);
  // Start from the top of the document, as a keyboard user arriving on the page does.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  const picker = modelPicker(page);
  await tabTo(page, picker);
  await page.keyboard.type('plain');
  const option = page.getByRole('listbox', { name: 'Models' }).getByRole('option', { name: /^Plain/ });
  await expect(option).toBeVisible();
  // The first match is the active option (the last one offers the typed text as a model id): Enter picks it.
  await page.keyboard.press('Enter');
  await expect(modelCard(page).getByRole('heading', { name: 'Plain (demo)', exact: true })).toBeVisible();

  const composer = page.getByRole('textbox', { name: 'User message 1' });
  await tabTo(page, composer);
  await page.keyboard.type('Write at length about the keyboard');
  await page.keyboard.press('Control+Enter');
  await expect(runStatus(page)).toHaveText('Generating…');
  expect(await focusedIsBody(page)).toBe(false);
  await page.keyboard.press('Escape');
  await expect(runStatus(page)).toHaveText('Stopped');
  expect(await focusedIsBody(page)).toBe(false);

  const apiTab = page.getByRole('tab', { name: 'API' });
  // The tabs are above the docked composer.
  await tabTo(page, page.getByRole('tab', { selected: true }), { backwards: true });
  // Tabs move with the arrow keys (WAI-ARIA tabs pattern); select the API tab and open it.
  for (let i = 0; i < 4 && !(await apiTab.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(apiTab).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(apiTab).toHaveAttribute('aria-selected', 'true');

  const code = page.getByRole('region', { name: 'Code' });
  await expect(code).toContainText('curl');
  await tabTo(page, code.getByRole('button', { name: 'Copy' }));
  await page.keyboard.press('Enter');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('"model": "plain-demo"');
  expect(copied).toContain('Write at length about the keyboard');
  expect(await focusedIsBody(page)).toBe(false);
});

// Issue 2, accessibility smoke: every control the main screen shows (in each of its states) has an accessible
// name, so a screen-reader user can find it and the other specs can find it by role and name.
import { expect, type Page, test } from '@playwright/test';
import { openSettings, openWorkbench, pickModel, runButton, runStatus, TINY_PNG } from './helpers';

/** Describes every rendered button/input/select/textarea that has no accessible name. */
function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const text = (node: Element | null | undefined) => node?.textContent?.trim() ?? '';
    const nameOf = (el: HTMLElement): string => {
      const labelledBy = el.getAttribute('aria-labelledby');
      if (labelledBy) {
        const joined = labelledBy
          .split(/\s+/)
          .map((id) => text(document.getElementById(id)))
          .join(' ')
          .trim();
        if (joined) return joined;
      }
      const ariaLabel = el.getAttribute('aria-label')?.trim();
      if (ariaLabel) return ariaLabel;
      const labels = 'labels' in el ? (el as HTMLInputElement).labels : null;
      // el.labels covers both <label for=id> and a wrapping <label>.
      const fromLabels = [...(labels ?? [])].map((label) => text(label)).join(' ');
      if (fromLabels.trim()) return fromLabels.trim();
      const title = el.getAttribute('title')?.trim();
      if (title) return title;
      if (el instanceof HTMLButtonElement) return text(el);
      if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) return el.value;
      return '';
    };
    const describe = (el: HTMLElement) => {
      const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : '';
      const id = el.id ? `#${el.id}` : '';
      return `${el.tagName.toLowerCase()}${type}${id} ${el.outerHTML.slice(0, 160)}`;
    };
    const controls = [...document.querySelectorAll<HTMLElement>('button, input, select, textarea')];
    return controls
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'hidden'))
      .filter((el) => el.checkVisibility())
      .filter((el) => nameOf(el) === '')
      .map(describe);
  });
}

async function expectAllNamed(page: Page, state: string): Promise<void> {
  const controls = await page.evaluate(
    () => document.querySelectorAll('button, input, select, textarea').length,
  );
  expect(controls, `${state}: controls found`).toBeGreaterThan(5);
  expect(await unnamedControls(page), `${state}: controls without an accessible name`).toEqual([]);
}

test('every control of the main screen has an accessible name', async ({ page }) => {
  await openWorkbench(page, '/?model=claude-sonnet-4-20250514');
  await page.getByLabel('User message 1').fill('Hello');
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByText('Advanced', { exact: true }).click();
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done');
  await expect(page.getByRole('button', { name: 'Append to conversation' })).toBeVisible();
  await expectAllNamed(page, 'Claude Sonnet 4 after a run');

  await page.getByRole('combobox', { name: 'Model', exact: true }).click();
  await expect(page.getByRole('listbox', { name: 'Models' })).toBeVisible();
  await expectAllNamed(page, 'model picker open');
  await page.keyboard.press('Escape');

  await pickModel(page, 'Structured (demo)', 'structured');
  await page.getByText('Advanced', { exact: true }).click();
  await expect(page.getByLabel('Choices', { exact: true })).toBeVisible();
  await expectAllNamed(page, 'Structured, advanced parameters open');

  await pickModel(page, 'Vision (demo)', 'vision');
  await page
    .getByLabel('Upload image for message 3')
    .setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: TINY_PNG });
  // Message 3 is the composer (issue 10: attachments are added in a turn's textbox; earlier turns are rendered).
  await expect(page.getByRole('button', { name: 'Remove image 1 from message 3' })).toBeVisible();
  await expectAllNamed(page, 'Vision with an attached image');

  await pickModel(page, 'Broken schema (demo)', 'broken');
  await expect(page.getByLabel('Parameters (JSON)')).toBeVisible();
  await expectAllNamed(page, 'JSON editor fallback');

  await page.getByRole('tab', { name: 'API' }).click();
  await expectAllNamed(page, 'API tab');

  await page.getByRole('tab', { name: 'Chat' }).click();
  await openSettings(page);
  await expectAllNamed(page, 'Settings dialog');
});

/** The accessible names of every region landmark on the page (sections with a name). */
function regionNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('section[aria-label], [role="region"][aria-label]')]
      .filter((el) => (el as HTMLElement).checkVisibility())
      .map((el) => el.getAttribute('aria-label') ?? ''),
  );
}

test('landmarks: one banner and one main in both views, and no two regions share a name in Compare', async ({
  page,
}) => {
  await openWorkbench(page);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('complementary', { name: 'Model and parameters' })).toBeVisible();

  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.getByRole('button', { name: 'Add pane' }).click();
  await expect(page.getByRole('region', { name: 'Pane 3', exact: true })).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
  // A pane's parameters sit behind its title (answers first); opened, they are a region of their own name.
  await page.getByRole('button', { name: 'Configure pane 3' }).click();
  const names = await regionNames(page);
  expect(names).toEqual(expect.arrayContaining(['Pane 1', 'Pane 1 response', 'Pane 3 parameters']));
  expect(
    names.filter((name, i) => names.indexOf(name) !== i),
    'region names used twice',
  ).toEqual([]);
  // Each pane's answer is still found as its "Response" region, scoped to the pane.
  for (const n of [1, 2, 3]) {
    await expect(
      page.getByRole('region', { name: `Pane ${n}`, exact: true }).getByRole('region', { name: 'Response' }),
    ).toHaveCount(1);
  }
});

test('the header controls added for themes and shortcuts are named, and so is the shortcuts dialog', async ({
  page,
}) => {
  await openWorkbench(page);
  await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectAllNamed(page, 'Keyboard shortcuts dialog');
});

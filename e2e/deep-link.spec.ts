// Issue 2, deep links: ?model= opens that model, and picking another model updates the link.
import { expect, test } from '@playwright/test';
import { modelCard, modelPicker, openWorkbench, pickModel } from './helpers';

test('a deep link opens its model and the URL follows the picker', async ({ page }) => {
  await openWorkbench(page, '/?model=claude-sonnet-4-20250514');
  await expect(modelCard(page).getByRole('heading', { name: 'Claude Sonnet 4 (demo)' })).toBeVisible();
  await expect(modelPicker(page)).toHaveValue('claude-sonnet-4-20250514');

  await pickModel(page, 'Reasoning Mini (demo)', 'reasoning');
  await expect(page).toHaveURL(/\?model=reasoning-mini-demo$/);
  // The reasoning model's own schema replaces the previous one.
  const effort = page.getByLabel('Reasoning effort', { exact: true });
  await expect
    .poll(() => effort.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent))
    .toBe('medium');
  await expect(page.getByLabel('Temperature', { exact: true })).toHaveCount(0);
});

test('a deep link to a model other than the first one wins over the default pick', async ({ page }) => {
  await openWorkbench(page, '/?model=vision-demo');
  await expect(modelCard(page).getByRole('heading', { name: 'Vision (demo)' })).toBeVisible();
  await expect(page).toHaveURL(/\?model=vision-demo$/);
  // A vision model offers the attach control (issue 10: the URL field opens from it).
  await expect(page.getByRole('button', { name: 'Attach image by URL to message 1' })).toBeVisible();
});

test('a deep link wins over the model remembered from the last visit', async ({ page }) => {
  await openWorkbench(page);
  await pickModel(page, 'Structured (demo)', 'structured');
  await expect(page).toHaveURL(/\?model=structured-demo$/);

  await openWorkbench(page, '/?model=plain-demo');
  await expect(modelCard(page).getByRole('heading', { name: 'Plain (demo)' })).toBeVisible();
  await expect(page).toHaveURL(/\?model=plain-demo$/);
});

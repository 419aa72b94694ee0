// Issue 2, a model whose parameter schema cannot be rendered: the JSON editor stands in, and what is typed there
// is what gets sent.
import { expect, test } from '@playwright/test';
import { openWorkbench, pickModel, runAndCapture, runStatus } from './helpers';

test('a malformed schema falls back to a JSON editor whose keys are sent', async ({ page }) => {
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await openWorkbench(page);
  await pickModel(page, 'Broken schema (demo)', 'broken');

  await expect(page.getByRole('alert').filter({ hasText: 'could not be rendered as a form' })).toBeVisible();
  const json = page.getByLabel('Parameters (JSON)');
  await expect(json).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();

  const invalid = '{"temperature": 0.2,';
  await json.fill(invalid);
  await expect(json).toHaveAttribute('aria-invalid', 'true');
  await expect(json).toHaveAccessibleDescription(/^Invalid JSON/);
  await expect(page.getByText(/^Invalid JSON/)).toBeVisible();
  await expect(json).toHaveValue(invalid);

  await json.fill('{"temperature": 0.2, "seed": 7}');
  await expect(json).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/^Invalid JSON/)).toHaveCount(0);
  await expect(page.getByText(/^Will send:/)).toHaveText('Will send: temperature, seed');

  await page.getByLabel('User message 1').fill('Hello');
  const body = await runAndCapture(page);
  expect(body).toMatchObject({ model: 'broken-schema-demo', temperature: 0.2, seed: 7 });
  await expect(runStatus(page)).toHaveText('Done');
  expect(pageErrors).toEqual([]);
});

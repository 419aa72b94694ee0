// Issue 2, failing requests: an HTTP error is shown with its status and the server's own message, and
// nothing the user typed is lost.
import { expect, test } from '@playwright/test';
import {
  captureChatRequest,
  type JsonBody,
  modelCard,
  modelPicker,
  openWorkbench,
  pickModel,
  responseRegion,
  runAndCapture,
  runButton,
  runStatus,
  saveSettings,
  UPSTREAM_KEY,
} from './helpers';

test('a wrong Oxen key fails with HTTP 401 and keeps the prompt; the right key then works via the proxy', async ({
  page,
}) => {
  await openWorkbench(page, '/?model=claude-sonnet-4-20250514');
  await page.getByLabel('System prompt').fill('Answer briefly.');
  await page.getByLabel('User message 1').fill('Where do oxen live?');
  await page.getByLabel('Temperature', { exact: true }).fill('0.5');

  await saveSettings(page, { provider: 'Oxen.ai', apiKey: 'wrong-key' });
  await expect(page.getByText('Provider: Oxen.ai')).toBeVisible();
  // The catalogue cannot load with a wrong key, and says so.
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load the model list' })).toContainText(
    'unauthenticated',
  );

  const request = await captureChatRequest(page, () => runButton(page).click());
  expect(new URL(request.url()).pathname).toBe('/proxy/oxen/chat/completions');
  expect(request.headers().authorization).toBe('Bearer wrong-key');
  const failure = page.getByRole('alert').filter({ hasText: 'Request failed (HTTP 401)' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('unauthenticated');
  await expect(runStatus(page)).toHaveText('Failed');
  await expect(runButton(page)).toBeEnabled();
  // Nothing typed was lost.
  await expect(page.getByLabel('System prompt')).toHaveValue('Answer briefly.');
  await expect(page.getByLabel('User message 1')).toHaveValue('Where do oxen live?');
  await expect(page.getByLabel('Temperature', { exact: true })).toHaveValue('0.5');
  expect((request.postDataJSON() as JsonBody).temperature).toBe(0.5);

  // Saving a new key refetches the catalogue, and that refetch must already carry the new key.
  const refetch = page.waitForRequest((r) => new URL(r.url()).pathname === '/proxy/oxen/models');
  await saveSettings(page, { apiKey: UPSTREAM_KEY });
  expect((await refetch).headers().authorization).toBe(`Bearer ${UPSTREAM_KEY}`);
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load the model list' })).toHaveCount(0);
  // The catalogue and the model details now come through the proxy.
  await expect(modelCard(page).getByRole('heading', { name: 'Claude Sonnet 4 (demo)' })).toBeVisible();
  await modelPicker(page).click();
  await expect(page.getByRole('listbox', { name: 'Models' }).getByRole('option')).toHaveCount(11);
  await modelPicker(page).press('Escape');

  const [okRequest, response] = await Promise.all([
    captureChatRequest(page, () => runButton(page).click()),
    page.waitForResponse((r) => r.url().endsWith('/proxy/oxen/chat/completions')),
  ]);
  expect(okRequest.headers().authorization).toBe(`Bearer ${UPSTREAM_KEY}`);
  expect(response.status()).toBe(200);
  await expect(runStatus(page)).toHaveText('Done');
  await expect(page.getByRole('alert').filter({ hasText: 'Request failed' })).toHaveCount(0);
  await expect(responseRegion(page).getByRole('heading', { level: 2 })).toContainText('oxen live');
  expect(okRequest.postDataJSON()).toMatchObject({
    model: 'claude-sonnet-4-20250514',
    messages: [
      { role: 'system', content: 'Answer briefly.' },
      { role: 'user', content: 'Where do oxen live?' },
    ],
    temperature: 0.5,
  });
});

test('a parameter the server rejects fails with HTTP 400 naming the parameter', async ({ page }) => {
  await openWorkbench(page);
  await pickModel(page, 'Structured (demo)', 'structured');
  await page.getByLabel('User message 1').fill('Give me several answers');
  await page.getByText('Advanced', { exact: true }).click();
  const choices = page.getByLabel('Choices', { exact: true });
  await expect(choices).toHaveAttribute('max', '4');
  await choices.fill('9');
  await expect(page.getByText(/^Will send:/)).toHaveText('Will send: n');

  const body = await runAndCapture(page);
  expect(body.n).toBe(9);
  const failure = page.getByRole('alert').filter({ hasText: 'Request failed (HTTP 400)' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText(/\bn must be <= 4\b/);
  await expect(runStatus(page)).toHaveText('Failed');
  await expect(choices).toHaveValue('9');
  await expect(page.getByLabel('User message 1')).toHaveValue('Give me several answers');
});

test('a schema checker chunk that does not download says so, and Retry loading brings the form and Run back', async ({
  page,
}) => {
  let blocked = true;
  await page.route('**/assets/engineModules-*.js', (route) => (blocked ? route.abort() : route.continue()));
  await page.goto('/?model=claude-sonnet-4-20250514');
  const failure = page.getByRole('alert').filter({ hasText: 'The schema checker could not be loaded' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('check the connection, then retry');

  blocked = false;
  await failure.getByRole('button', { name: 'Retry loading' }).click();
  await expect(failure).toBeHidden();
  await expect(page.getByLabel('Temperature', { exact: true })).toBeVisible();
  await page.getByLabel('User message 1').fill('Where do oxen live?');
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done');
});

// Issue 2, what survives a reload: the model, its parameters, the conversation and the last answer; and the API
// key only when the user asked for it to be remembered.
import { expect, type Page, test } from '@playwright/test';
import {
  captureChatRequest,
  modelCard,
  openSettings,
  openWorkbench,
  pickModel,
  responseRegion,
  runButton,
  runStatus,
  saveSettings,
  storedItem,
  UPSTREAM_KEY,
} from './helpers';

test('a reload keeps the model, the parameters, the conversation and the last answer', async ({ page }) => {
  await openWorkbench(page);
  await pickModel(page, 'Structured (demo)', 'structured');
  await page.getByLabel('Temperature', { exact: true }).fill('0.4');
  await page.getByText('Advanced', { exact: true }).click();
  await page.getByLabel('Seed', { exact: true }).fill('42');
  await page.getByLabel('System prompt').fill('Be helpful.');
  await page.getByLabel('User message 1').fill('Name three rivers');
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByLabel('Assistant message 2').fill('Nile, Amazon, Yangtze.');
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByLabel('User message 3').fill('And three lakes?');
  await page.getByRole('switch', { name: 'Stream' }).click();
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done');
  // Read the answer once rendered as markdown (the renderer loads lazily; until then the raw text shows).
  await expect(responseRegion(page).getByRole('heading', { level: 2 })).toBeVisible();
  const answer = (await responseRegion(page).textContent()) ?? '';
  expect(answer).toContain('three lakes');

  await page.reload();
  await expect(modelCard(page).getByRole('heading', { name: 'Structured (demo)' })).toBeVisible();
  await expect(page).toHaveURL(/\?model=structured-demo$/);
  await expect(page.getByLabel('Temperature', { exact: true })).toHaveValue('0.4');
  await expect(page.getByText(/^Will send:/)).toHaveText('Will send: temperature, seed');
  await expect(page.getByLabel('System prompt')).toHaveValue('Be helpful.');
  // Earlier turns come back rendered in the transcript (issue 10); the last one is the composer.
  await expect(page.getByRole('article', { name: 'Message 1, user' })).toContainText('Name three rivers');
  await expect(page.getByRole('article', { name: 'Message 2, assistant' })).toContainText(
    'Nile, Amazon, Yangtze.',
  );
  await expect(page.getByLabel('User message 3')).toHaveValue('And three lakes?');
  await expect(page.getByRole('switch', { name: 'Stream' })).not.toBeChecked();
  await expect(responseRegion(page)).toHaveText(answer);
  await expect(runStatus(page)).toHaveText('Done');

  // The restored state is what gets sent.
  const request = await captureChatRequest(page, () => runButton(page).click());
  expect(request.postDataJSON()).toEqual({
    model: 'structured-demo',
    messages: [
      { role: 'system', content: 'Be helpful.' },
      { role: 'user', content: 'Name three rivers' },
      { role: 'assistant', content: 'Nile, Amazon, Yangtze.' },
      { role: 'user', content: 'And three lakes?' },
    ],
    temperature: 0.4,
    seed: 42,
    // Stream was turned off, and that choice survives the reload too.
    stream: false,
  });
  // Same seed, same messages, same parameters: the demo answers the same.
  await expect(runStatus(page)).toHaveText('Done');
  await expect(responseRegion(page)).toHaveText(answer);
});

/** The saved settings once the store has flushed them to localStorage. */
async function savedSettings(page: Page): Promise<string> {
  await expect.poll(() => storedItem(page, 'yoke.settings')).not.toBeNull();
  return (await storedItem(page, 'yoke.settings')) ?? '';
}

test('an API key that is not remembered is gone after a reload', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await openWorkbench(page);
  await saveSettings(page, { provider: 'Oxen.ai', apiKey: UPSTREAM_KEY, remember: false });
  await page.getByLabel('User message 1').fill('Hi');
  const request = await captureChatRequest(page, () => runButton(page).click());
  expect(request.headers().authorization).toBe(`Bearer ${UPSTREAM_KEY}`);
  await expect(runStatus(page)).toHaveText('Done');

  const saved = await savedSettings(page);
  expect(saved).toContain('"oxen"');
  expect(saved).not.toContain(UPSTREAM_KEY);

  await page.reload();
  await expect(page.getByText('Provider: Oxen.ai')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Oxen.ai needs an API key' })).toBeVisible();
  await expect(runButton(page)).toBeDisabled();
  const dialog = await openSettings(page);
  await expect(dialog.getByLabel('API key', { exact: true })).toHaveValue('');
  await expect(dialog.getByLabel('Remember API key')).not.toBeChecked();
  expect(JSON.stringify(await page.evaluate(() => ({ ...window.localStorage })))).not.toContain(UPSTREAM_KEY);
  expect(page.url()).not.toContain(UPSTREAM_KEY);
  expect(urls.filter((url) => url.includes(UPSTREAM_KEY))).toEqual([]);
});

test('a remembered API key survives a reload and never enters the URL', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  await openWorkbench(page);
  await saveSettings(page, { provider: 'Oxen.ai', apiKey: UPSTREAM_KEY, remember: true });
  expect(await savedSettings(page)).toContain(UPSTREAM_KEY);
  expect(page.url()).not.toContain(UPSTREAM_KEY);

  await page.reload();
  await expect(modelCard(page).getByRole('heading', { name: 'Claude Sonnet 4 (demo)' })).toBeVisible();
  await page.getByLabel('User message 1').fill('Hi again');
  const request = await captureChatRequest(page, () => runButton(page).click());
  expect(request.headers().authorization).toBe(`Bearer ${UPSTREAM_KEY}`);
  await expect(runStatus(page)).toHaveText('Done');
  const dialog = await openSettings(page);
  await expect(dialog.getByLabel('API key', { exact: true })).toHaveValue(UPSTREAM_KEY);
  await expect(dialog.getByLabel('Remember API key')).toBeChecked();

  // Unticking Remember takes the stored key away at once.
  await dialog.getByLabel('Remember API key').uncheck();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await storedItem(page, 'yoke.settings')) ?? '').not.toContain(UPSTREAM_KEY);
  expect(page.url()).not.toContain(UPSTREAM_KEY);
  expect(urls.filter((url) => url.includes(UPSTREAM_KEY))).toEqual([]);
});

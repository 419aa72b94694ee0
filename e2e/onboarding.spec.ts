// Issue 10, provider onboarding: "Test connection" in Settings tells a CORS refusal from a closed port, a
// refused key and a server without /models, for the values typed (not yet saved); after Save the picker holds
// a model the new server lists and the first Run succeeds; a failure is shown once, and a stale one goes when
// the provider changes. Against the stand-ins of server/testing/unlike.ts, on another origin.
import { createServer } from 'node:net';
import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  modelCard,
  modelPicker,
  openSettings,
  openWorkbench,
  responseRegion,
  runButton,
  runStatus,
} from './helpers';

const STAND_IN = `http://127.0.0.1:${process.env.E2E_HOSTILE_PORT ?? 4312}`;
const MOCK_LLM = `${STAND_IN}/unlike/mockllm/v1`;
const NO_CORS = `${STAND_IN}/unlike/nocors/v1`;
const KEYED = `${STAND_IN}/unlike/keyed/v1`;
/** The key /unlike/keyed/v1 accepts (KEYED_STAND_IN_KEY in server/testing/unlike.ts). */
const KEYED_STAND_IN_KEY = 'sk-keyed-stand-in';

/** A port nothing listens on: bound by the system, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function typeServer(dialog: Locator, baseUrl: string, apiKey?: string): Promise<void> {
  await dialog.getByLabel('Provider').selectOption({ label: 'OpenAI-compatible' });
  await dialog.getByLabel('Base URL').fill(baseUrl);
  if (apiKey !== undefined) await dialog.getByLabel('API key', { exact: true }).fill(apiKey);
}

/** Presses Test connection and returns the live region once it holds a result. */
async function testConnection(dialog: Locator): Promise<Locator> {
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  const result = dialog.getByRole('status', { name: 'Connection test' });
  await expect(result).not.toContainText('Testing');
  await expect(result).not.toBeEmpty();
  return result;
}

async function useServer(page: Page, baseUrl: string): Promise<void> {
  const dialog = await openSettings(page);
  await typeServer(dialog, baseUrl);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test('Test connection tells CORS, a closed port, a refused key, no /models and a working server apart', async ({
  page,
}) => {
  await openWorkbench(page);
  const origin = new URL(page.url()).origin;
  const dialog = await openSettings(page);

  await typeServer(dialog, NO_CORS);
  let result = await testConnection(dialog);
  await expect(result).toContainText('The server is running, but the browser withheld its answer (CORS)');
  await expect(result).toContainText(`does not allow requests from ${origin}`);
  await expect(result).toContainText(
    `How to fix: The server (or a proxy in front of it) must answer with Access-Control-Allow-Origin: ${origin}`,
  );

  const port = await closedPort();
  await typeServer(dialog, `http://127.0.0.1:${port}/v1`);
  // The result was for another URL: it is gone as soon as the URL changes.
  await expect(dialog.getByRole('status', { name: 'Connection test' })).toBeEmpty();
  result = await testConnection(dialog);
  await expect(result).toContainText(`Nothing answered at http://127.0.0.1:${port}`);
  await expect(result).not.toContainText('CORS');

  await typeServer(dialog, KEYED);
  result = await testConnection(dialog);
  await expect(result).toContainText('The server refused the key (HTTP 401)');
  await expect(result).toContainText('No key was sent');
  await expect(result).toContainText('Incorrect API key provided');
  await dialog.getByLabel('API key', { exact: true }).fill('sk-wrong');
  result = await testConnection(dialog);
  await expect(result).toContainText('The server refused the key (HTTP 401)');
  await expect(result).toContainText('It said: Incorrect API key provided');
  await dialog.getByLabel('API key', { exact: true }).fill(KEYED_STAND_IN_KEY);
  result = await testConnection(dialog);
  await expect(result).toContainText('Connected: 1 model listed');
  await expect(result).toContainText('keyed-model');

  await typeServer(dialog, `${STAND_IN}/unlike/nomodels/v1`);
  result = await testConnection(dialog);
  await expect(result).toContainText('The server lists no models; you can type a model id');

  // The key typed for the keyed server stays with it: a test of another server sends none.
  await typeServer(dialog, MOCK_LLM);
  await expect(dialog.getByLabel('API key', { exact: true })).toHaveValue('');
  const [listRequest] = await Promise.all([
    page.waitForRequest((r) => r.url() === `${MOCK_LLM}/models` && r.method() === 'GET'),
    dialog.getByRole('button', { name: 'Test connection' }).click(),
  ]);
  expect(listRequest.headers().authorization).toBeUndefined();
  result = dialog.getByRole('status', { name: 'Connection test' });
  await expect(result).toContainText('Connected: 2 models listed');
  await expect(result).toContainText('gpt-4, openapi-chat');
  // Nothing was saved by testing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Provider: Demo')).toBeVisible();
});

test('after Save the picker holds a model the new server lists, and the first Run succeeds', async ({
  page,
}) => {
  await openWorkbench(page);
  await expect(modelPicker(page)).toHaveValue('claude-sonnet-4-20250514');
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(MOCK_LLM)) asked.push(new URL(r.url()).pathname);
  });
  await useServer(page, MOCK_LLM);
  await expect(modelPicker(page)).toHaveValue('gpt-4');
  await expect(modelCard(page).getByRole('heading', { name: 'gpt-4' })).toBeVisible();
  await page.getByLabel('User message 1').fill('Hello');
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.url() === `${MOCK_LLM}/chat/completions`),
    runButton(page).click(),
  ]);
  expect(request.postDataJSON()).toMatchObject({ model: 'gpt-4' });
  await expect(runStatus(page)).toHaveText('Done');
  await expect(responseRegion(page)).toContainText('Roles received: user.');
  // The old model id never went to the new server.
  expect(asked.filter((path) => path.includes('claude'))).toEqual([]);
  await expect(page.getByRole('alert').filter({ hasText: 'Request failed' })).toHaveCount(0);

  // A model the server lists is kept across a save; a tested list is used at once.
  await modelPicker(page).click();
  await modelPicker(page).fill('openapi');
  await page.getByRole('option', { name: /^openapi-chat/ }).click();
  const dialog = await openSettings(page);
  await testConnection(dialog);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(modelPicker(page)).toHaveValue('openapi-chat');
});

test('a failure is shown once, where it happened, and goes when the provider changes', async ({ page }) => {
  await openWorkbench(page);
  await useServer(page, NO_CORS);
  const cors = page.getByText(/browser refused to let this page read its answer/);
  // The list failed; the details of the kept model fail the same way: said once, by the picker.
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load the model list' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Model details unavailable' })).toHaveCount(0);
  await expect(cors).toHaveCount(1);
  // The kept id stays (the list could not say otherwise).
  await expect(modelPicker(page)).toHaveValue('claude-sonnet-4-20250514');

  await page.getByLabel('User message 1').fill('Hello');
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Failed');
  // The run failed the same way: the answer says so, the picker no longer repeats it.
  await expect(page.getByRole('alert').filter({ hasText: 'Request failed' })).toContainText('probably CORS');
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load the model list' })).toContainText(
    'the same failure as the answer shows',
  );
  await expect(cors).toHaveCount(1);

  // Back to the Demo: the stale errors go, and the demo model is still picked.
  const dialog = await openSettings(page);
  await dialog.getByLabel('Provider').selectOption({ label: 'Demo' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Provider: Demo')).toBeVisible();
  await expect(modelCard(page).getByRole('heading')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(runStatus(page)).toHaveCount(0);
  await expect(modelPicker(page)).toHaveValue('claude-sonnet-4-20250514');
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done');
});

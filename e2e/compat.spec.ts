// Issue 9, real servers: the workbench against stand-ins for software nobody here wrote (server/testing/unlike.ts,
// served beside the hostile server on another origin) and the demo's own structured and Claude-like models.
import { expect, type Page, test } from '@playwright/test';
import {
  metric,
  modelPicker,
  openSettings,
  openWorkbench,
  pickModel,
  responseRegion,
  runAndCapture,
  runStatus,
} from './helpers';

const STAND_IN = `http://127.0.0.1:${process.env.E2E_HOSTILE_PORT ?? 4312}`;

async function useServer(page: Page, baseUrl: string): Promise<void> {
  const dialog = await openSettings(page);
  await dialog.getByLabel('Provider').selectOption({ label: 'OpenAI-compatible' });
  await dialog.getByLabel('Base URL').fill(baseUrl);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test('a server without CORS headers is reported as probably CORS, with how to allow this origin', async ({
  page,
}) => {
  await openWorkbench(page);
  await useServer(page, `${STAND_IN}/unlike/nocors/v1`);
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the model list' });
  await expect(alert).toContainText('is running, but the browser refused to let this page read its answer');
  await expect(alert).toContainText('probably CORS');
  await expect(alert).toContainText(`Access-Control-Allow-Origin: ${new URL(page.url()).origin}`);
  await expect(alert).not.toContainText('check the base URL and that the server is running');
});

test('a non-streamed answer whose choice has no index (mock-llm) is read, with a sane rate', async ({
  page,
}) => {
  await openWorkbench(page);
  await useServer(page, `${STAND_IN}/unlike/mockllm/v1`);
  // Saving moved the picker to the first listed model (gpt-4); picking it again is harmless.
  await pickModel(page, 'gpt-4');
  await page.getByRole('switch', { name: 'Stream' }).uncheck();
  await page.getByLabel('User message 1').fill('Hello');
  const body = await runAndCapture(page);
  expect(body.stream).toBe(false);
  await expect(runStatus(page)).toHaveText('Done');
  await expect(responseRegion(page)).toContainText('Roles received: user.');
  await expect(metric(page, 'Tokens')).toHaveText('12 tokens in · 20 tokens out');
  // 20 tokens over at least the server's 200 ms: at most 100 tok/s, never a division by a sub-millisecond window.
  const rate = Number.parseFloat((await metric(page, 'Tokens/s').textContent()) ?? '');
  expect(rate).toBeGreaterThan(0);
  expect(rate).toBeLessThanOrEqual(100);
});

test('a server without /models: type a model id, run it, read Groq-style usage', async ({ page }) => {
  await openWorkbench(page);
  await useServer(page, `${STAND_IN}/unlike/nomodels/v1`);
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load the model list' })).toContainText(
    'You can still type a model id and press Enter.',
  );
  const picker = modelPicker(page);
  await picker.click();
  await picker.fill('llama-3.3-70b-versatile');
  await page.getByRole('option', { name: 'Use model id llama-3.3-70b-versatile' }).click();
  await page.getByLabel('User message 1').fill('Hello');
  const body = await runAndCapture(page);
  expect(body.model).toBe('llama-3.3-70b-versatile');
  await expect(runStatus(page)).toHaveText('Done');
  await expect(responseRegion(page)).toContainText('Roles received: user.');
  await expect(metric(page, 'Tokens')).toHaveText(/^9 tokens in · \d+ tokens out$/);
});

test('an imported developer message is kept and sent as written; a stop sequence keeps its line breaks', async ({
  page,
}) => {
  await openWorkbench(page);
  await useServer(page, `${STAND_IN}/unlike/mockllm/v1`);
  // Saving moved the picker to the first listed model (gpt-4); picking it again is harmless.
  await pickModel(page, 'gpt-4');
  await page.getByRole('tab', { name: 'API' }).click();
  await page.getByRole('button', { name: 'Import request' }).click();
  await page.getByLabel('Request to import').fill(
    JSON.stringify({
      model: 'gpt-4',
      messages: [
        { role: 'developer', content: 'Answer in one word.' },
        { role: 'user', content: 'Hi' },
      ],
      stop: ['\n\nHuman:'],
      stream: false,
    }),
  );
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Imported/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Chat' }).click();
  const body = await runAndCapture(page);
  expect(body.messages).toEqual([
    { role: 'developer', content: 'Answer in one word.' },
    { role: 'user', content: 'Hi' },
  ]);
  expect(body.stop).toEqual(['\n\nHuman:']);
  await expect(responseRegion(page)).toContainText(
    'Roles received: developer,user. Stop received: ["\\n\\nHuman:"].',
  );
});

test('a stop sequence typed with line breaks is sent with them', async ({ page }) => {
  await openWorkbench(page);
  await useServer(page, `${STAND_IN}/unlike/mockllm/v1`);
  // Saving moved the picker to the first listed model (gpt-4); picking it again is harmless.
  await pickModel(page, 'gpt-4');
  const params = page.getByRole('region', { name: 'Parameters' });
  await params.getByText('Advanced').click();
  await params.getByRole('button', { name: 'Add Stop sequences item' }).click();
  const item = params.getByLabel('Stop sequences item 1');
  await item.click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Human:');
  await page.getByLabel('User message 1').fill('Hi');
  const body = await runAndCapture(page);
  expect(body.stop).toEqual(['\n\nHuman:']);
});

test("an OpenAPI-style request schema (OpenAI's own shape) gets a form, not the JSON editor", async ({
  page,
}) => {
  await openWorkbench(page);
  await useServer(page, `${STAND_IN}/unlike/mockllm/v1`);
  await pickModel(page, 'openapi-chat');
  const params = page.getByRole('region', { name: 'Parameters' });
  await expect(params.getByLabel('temperature', { exact: true })).toHaveValue('1');
  await expect(params.getByText('could not be rendered as a form')).toHaveCount(0);
  await params.getByLabel('temperature', { exact: true }).fill('0.3');
  await page.getByLabel('User message 1').fill('Hi');
  const body = await runAndCapture(page);
  expect(body.temperature).toBe(0.3);
  await expect(runStatus(page)).toHaveText('Done');
});

test('structured-demo: a JSON schema response format named "answer" runs (the empty schema object is sent)', async ({
  page,
}) => {
  await openWorkbench(page, '/?model=structured-demo');
  // response_format is part of the prompt (Tools & output), offered as the model's schema allows.
  await page.getByRole('combobox', { name: 'Response format' }).selectOption({ label: 'JSON schema' });
  await page.getByRole('textbox', { name: 'Response schema name' }).fill('answer');
  await page.getByRole('switch', { name: /Strict output/ }).uncheck();
  await page.getByRole('textbox', { name: 'Response schema', exact: true }).fill('{}');
  await page.getByLabel('User message 1').fill('Hello');
  const body = await runAndCapture(page);
  expect(body.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'answer', schema: {} } });
  await expect(runStatus(page)).toHaveText('Done');
});

test('Oxen house format: the API tab reproduces the model page\'s "Basic parameters" cURL', async ({
  page,
}) => {
  await openWorkbench(page, '/?model=claude-sonnet-4-20250514');
  await page.getByLabel('User message 1').fill('Hello, what can you do?');
  await page.getByLabel('Temperature', { exact: true }).fill('0.7');
  await page.getByLabel('Max tokens', { exact: true }).fill('1024');
  await page.getByRole('switch', { name: 'Stream' }).uncheck();
  await page.getByRole('tab', { name: 'API' }).click();
  const code = page.getByRole('region', { name: 'Code' });
  await expect(code).toContainText('"temperature": 0.7,\n  "max_tokens": 1024,\n  "stream": false\n}\'');
});

// Prompt variables end to end: `{{name}}` in a message gets a value box in the Variables panel, the API tab shows
// the filled request and Run sends exactly it, Run with an empty variable asks first, `\{{` writes literal braces,
// and Compare fills every pane the same way.
import { execFileSync } from 'node:child_process';
import { expect, type Locator, type Page, type Request, test } from '@playwright/test';
import {
  addDemoHeaders,
  captureChatRequest,
  isChatRequest,
  type JsonBody,
  messageText,
  openWorkbench,
  runButton,
} from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const variables = (page: Page): Locator => page.getByRole('region', { name: 'Variables' });
const emptyDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Some variables are empty' });
const message = (page: Page): Locator => page.getByLabel('User message 1');

/** Collects every chat request the page sends from now on. */
function recordChatRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => {
    if (isChatRequest(request)) requests.push(request);
  });
  return requests;
}

test('variables: panel, filled API tab equal to what Run sends, the empty-variable question, escapes', async ({
  page,
}) => {
  // A quick pace: two answers are waited for, and the server's default pace is slow on a loaded machine.
  await addDemoHeaders(page, { 'X-Demo-Pace': '2000' });
  await openWorkbench(page, '/?model=claude-sonnet-4-20250514');
  await expect(variables(page)).toContainText(
    'Write {{name}} in a message to add a variable; \\{{ writes literal braces.',
  );
  await expect(variables(page).getByRole('textbox')).toHaveCount(0);

  await message(page).fill('Hello {{name}} from {{city}}');
  await expect(variables(page).getByRole('textbox')).toHaveCount(2);
  const name = variables(page).getByRole('textbox', { name: 'name', exact: true });
  const city = variables(page).getByRole('textbox', { name: 'city', exact: true });
  await name.fill('Ada');
  await city.fill('Paris');

  // The API tab shows the filled request, and its cURL sends the very body Run sends.
  await page.getByRole('tab', { name: 'API' }).click();
  const code = page.getByRole('region', { name: 'Code' });
  await expect(code).toContainText('Hello Ada from Paris');
  await expect(code).not.toContainText('{{');
  await code.getByRole('button', { name: 'Copy' }).click();
  const curl = await page.evaluate(() => navigator.clipboard.readText());
  await page.getByRole('tab', { name: 'Chat' }).click();
  const sent = (await captureChatRequest(page, () => runButton(page).click())).postData() ?? '';
  expect(messageText(JSON.parse(sent) as JsonBody, 0)).toBe('Hello Ada from Paris');

  const origin = new URL(page.url()).origin;
  const token = `vars-${Math.random().toString(36).slice(2)}`;
  const demoUrl = `${origin}/demo/api/ai/chat/completions`;
  expect(curl).toContain(demoUrl);
  execFileSync('bash', ['-c', curl.replaceAll(demoUrl, `${origin}/__capture/${token}/chat/completions`)], {
    env: { ...process.env, YOKE_API_KEY: 'k' },
    stdio: 'pipe',
  });
  const captured = (await (await page.request.get(`${origin}/__capture/${token}`)).json()) as Array<{
    body: string;
  }>;
  expect(captured).toHaveLength(1);
  expect(JSON.stringify(JSON.parse(captured[0]?.body ?? ''))).toBe(JSON.stringify(JSON.parse(sent)));
  await expect(page.getByRole('status').filter({ hasText: /^Done$/ })).toBeVisible();

  // An empty variable: Run asks first. Cancel sends nothing; Run anyway sends it empty.
  await city.fill('');
  const requests = recordChatRequests(page);
  await runButton(page).click();
  await expect(emptyDialog(page)).toBeVisible();
  await expect(emptyDialog(page).getByRole('listitem')).toHaveText(['city']);
  await emptyDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(emptyDialog(page)).toBeHidden();
  // Ctrl+Enter goes through the same question.
  await message(page).press('Control+Enter');
  await expect(emptyDialog(page)).toBeVisible();
  await emptyDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(emptyDialog(page)).toBeHidden();
  expect(requests).toHaveLength(0);
  await runButton(page).click();
  const body = (
    await captureChatRequest(page, () =>
      emptyDialog(page).getByRole('button', { name: 'Run anyway' }).click(),
    )
  ).postDataJSON() as JsonBody;
  expect(messageText(body, 0)).toBe('Hello Ada from ');
  expect(requests).toHaveLength(1);

  // `\{{` writes literal braces and is no variable.
  await expect(page.getByRole('status').filter({ hasText: /^Done$/ })).toBeVisible();
  await city.fill('Rome');
  await message(page).fill('Keep \\{{literal}} for {{name}}');
  await expect(variables(page).getByRole('textbox')).toHaveCount(1);
  await expect(variables(page).getByRole('textbox', { name: 'name', exact: true })).toHaveValue('Ada');
  const literal = (await captureChatRequest(page, () => runButton(page).click())).postDataJSON() as JsonBody;
  expect(messageText(literal, 0)).toBe('Keep {{literal}} for Ada');
  // The value of `city`, out of the prompt now, is kept for when it comes back.
  await message(page).fill('Back to {{city}}');
  await expect(variables(page).getByRole('textbox', { name: 'city', exact: true })).toHaveValue('Rome');
  // The values are kept with the workbench: a reload brings them back.
  await message(page).fill('Back to {{city}} with {{name}}');
  await page.reload();
  await expect(variables(page).getByRole('textbox', { name: 'name', exact: true })).toHaveValue('Ada');
});

test('Compare: every pane sends the filled text; Run all asks once', async ({ page }) => {
  await openWorkbench(page, '/?model=claude-sonnet-4-20250514');
  await message(page).fill('Hello {{name}} from {{city}}');
  await variables(page).getByRole('textbox', { name: 'name', exact: true }).fill('Ada');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const panes = page.getByRole('region', { name: /^Pane \d$/ });
  await expect(panes).toHaveCount(2);
  await expect(page.getByRole('heading', { name: /^Pane 2: / })).not.toContainText('No model yet');

  // The values live with the workbench: Compare's panel shows the same ones.
  const name = variables(page).getByRole('textbox', { name: 'name', exact: true });
  await expect(name).toHaveValue('Ada');
  const requests = recordChatRequests(page);
  await page.getByRole('button', { name: 'Run all' }).click();
  await expect(emptyDialog(page).getByRole('listitem')).toHaveText(['city']);
  await emptyDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(emptyDialog(page)).toBeHidden();
  // A pane's own Run asks the same.
  await page
    .getByRole('region', { name: 'Pane 1', exact: true })
    .getByRole('button', { name: 'Run', exact: true })
    .click();
  await expect(emptyDialog(page).getByRole('listitem')).toHaveText(['city']);
  await emptyDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(emptyDialog(page)).toBeHidden();
  expect(requests).toHaveLength(0);

  await variables(page).getByRole('textbox', { name: 'city', exact: true }).fill('Oslo');
  await page.getByRole('button', { name: 'Run all' }).click();
  await expect.poll(() => requests.length).toBe(2);
  await expect(emptyDialog(page)).toBeHidden();
  for (const request of requests)
    expect(messageText(request.postDataJSON() as JsonBody, 0)).toBe('Hello Ada from Oslo');
});

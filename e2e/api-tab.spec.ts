import { execFileSync } from 'node:child_process';
import { expect, type Page, test } from '@playwright/test';
import { captureChatRequest, modelCard, openWorkbench, runButton } from './helpers';

// The API tab's promise: the code it shows sends exactly the body the workbench sends. Here the snippet is
// taken from the real clipboard, pointed at the server's capture endpoint and run with bash / python3.

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const codeRegion = (page: Page) => page.getByRole('region', { name: 'Code' });

async function copiedSnippet(page: Page): Promise<string> {
  await codeRegion(page).getByRole('button', { name: 'Copy' }).click();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Runs a copied snippet against /__capture/<token> instead of the demo and returns the body it sent. */
async function bodySentBySnippet(page: Page, snippet: string, run: (code: string) => void): Promise<string> {
  const token = `api-tab-${Math.random().toString(36).slice(2)}`;
  const origin = new URL(page.url()).origin;
  const demoUrl = `${origin}/demo/api/ai/chat/completions`;
  expect(snippet).toContain(demoUrl);
  run(snippet.replaceAll(demoUrl, `${origin}/__capture/${token}/chat/completions`));
  const captured = (await (await page.request.get(`${origin}/__capture/${token}`)).json()) as Array<{
    body: string;
  }>;
  expect(captured).toHaveLength(1);
  return captured[0]?.body ?? '';
}

/** Parsed-JSON equality that also checks key order. */
const canonical = (json: string) => JSON.stringify(JSON.parse(json));

test('the snippet follows the form live, copies, and sends the same body as Run', async ({ page }) => {
  await openWorkbench(page, '/?model=claude-sonnet-4-20250514');
  await page.getByLabel('System prompt').fill(`Quote 'this' and "that" $(echo no) \`no\` $HOME !`);
  await page.getByLabel('User message 1').fill('Line one\nLine two\ttabbed \\ backslash 🙂 שלום');
  await page.getByRole('switch', { name: 'Stream' }).uncheck();
  await page.getByRole('tab', { name: 'API' }).click();
  await expect(codeRegion(page)).toContainText('curl');
  await expect(codeRegion(page)).not.toContainText('"temperature"');

  // The form sits beside the tab: a change shows in the code at once.
  await page.getByLabel('Temperature', { exact: true }).fill('0.3');
  await expect(codeRegion(page)).toContainText('"temperature": 0.3');

  const curl = await copiedSnippet(page);
  expect(curl).toContain('"temperature": 0.3');
  expect(curl).toContain('Authorization: Bearer $YOKE_API_KEY');

  const language = page.getByLabel('Language');
  await expect(language.getByRole('option')).toHaveText([
    'cURL',
    'Python',
    'Python (OpenAI SDK)',
    'JavaScript',
    'TypeScript (OpenAI SDK)',
  ]);
  await language.selectOption({ label: 'Python' });
  await expect(codeRegion(page)).toContainText('requests.post(');
  const python = await copiedSnippet(page);
  expect(python).toContain('response.raise_for_status()');

  // What the workbench itself sends when the user presses Run.
  await page.getByRole('tab', { name: 'Chat' }).click();
  const sent = (await captureChatRequest(page, () => runButton(page).click())).postData() ?? '';

  const env = { ...process.env, YOKE_API_KEY: 'from-the-environment' };
  const fromCurl = await bodySentBySnippet(page, curl, (code) =>
    execFileSync('bash', ['-c', code], { env, stdio: 'pipe' }),
  );
  const fromPython = await bodySentBySnippet(page, python, (code) =>
    execFileSync('python3', ['-c', code], { env, stdio: 'pipe' }),
  );
  expect(canonical(fromCurl)).toBe(canonical(sent));
  expect(canonical(fromPython)).toBe(canonical(sent));
});

test('Import request fills the model, the conversation and the form', async ({ page }) => {
  await openWorkbench(page, '/?model=claude-sonnet-4-20250514');
  await page.getByRole('tab', { name: 'API' }).click();
  await page.getByRole('button', { name: 'Import request' }).click();
  await page
    .getByLabel('Request to import')
    .fill(
      [
        'curl -X POST https://hub.oxen.ai/api/ai/chat/completions \\',
        '  -H "Content-Type: application/json" \\',
        '  -H "Authorization: Bearer $OXEN_API_KEY" \\',
        `  -d '{"model": "structured-demo", "messages": [{"role": "system", "content": "Be terse."},`,
        `       {"role": "user", "content": "Imported hello"}], "temperature": 0.2}'`,
      ].join('\n'),
    );
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported the cURL command' })).toBeVisible();

  await expect(modelCard(page).getByRole('heading', { name: 'Structured (demo)' })).toBeVisible();
  await expect(page.getByLabel('Temperature', { exact: true })).toHaveValue('0.2');
  await expect(codeRegion(page)).toContainText('"temperature": 0.2');
  await page.getByRole('tab', { name: 'Chat' }).click();
  await expect(page.getByLabel('System prompt')).toHaveValue('Be terse.');
  await expect(page.getByLabel('User message 1')).toHaveValue('Imported hello');
});

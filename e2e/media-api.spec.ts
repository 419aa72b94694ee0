import { execFileSync } from 'node:child_process';
import { expect, type Page, test } from '@playwright/test';
import { openWorkbench } from './helpers';

// The API tab of an image model: the copied cURL and Python submit to the queue the very body Generate submits.
// The snippets are taken from the real clipboard, pointed at the server's capture endpoint (which answers the
// polls with a finished job) and run with bash / python3.

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const codeRegion = (page: Page) => page.getByRole('region', { name: 'Code' });

async function copiedSnippet(page: Page): Promise<string> {
  await codeRegion(page).getByRole('button', { name: 'Copy' }).click();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Runs a copied snippet against /__capture/<token> instead of the demo; returns what it printed and the body
 * it submitted. */
async function runAgainstCapture(page: Page, snippet: string, program: 'bash' | 'python3') {
  const token = `media-api-${Math.random().toString(36).slice(2)}`;
  const origin = new URL(page.url()).origin;
  const queueUrl = `${origin}/demo/api/ai/queue`;
  expect(snippet).toContain(queueUrl);
  const key = `key-${Math.random().toString(36).slice(2)}`;
  const stdout = execFileSync(
    program,
    ['-c', snippet.replaceAll(queueUrl, `${origin}/__capture/${token}/queue`)],
    {
      env: { ...process.env, YOKE_API_KEY: key },
      stdio: 'pipe',
      encoding: 'utf8',
    },
  );
  // The key comes from the environment and is never printed.
  expect(stdout).not.toContain(key);
  const captured = (await (await page.request.get(`${origin}/__capture/${token}`)).json()) as Array<{
    method: string;
    body: string;
    headers: Record<string, string>;
  }>;
  const posts = captured.filter((c) => c.method === 'POST');
  expect(posts).toHaveLength(1);
  expect(posts[0]?.headers.authorization).toBe(`Bearer ${key}`);
  return { stdout, body: posts[0]?.body ?? '' };
}

/** Parsed-JSON equality that also checks key order. */
const canonical = (json: string) => JSON.stringify(JSON.parse(json));

test('the copied cURL and Python submit the same body as Generate, and poll to the result URL', async ({
  page,
}) => {
  await openWorkbench(page, '/?model=pixel-art-demo');
  const prompt = `A fox's "den" $(echo no) \`no\` $HOME ! 🙂 שלום`;
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await page.getByLabel('Seed', { exact: true }).fill('1234');
  await page.getByRole('tab', { name: 'API' }).click();
  await expect(codeRegion(page)).toContainText('/demo/api/ai/queue');
  await expect(codeRegion(page)).toContainText('"seed": 1234');

  const language = page.getByLabel('Language');
  await expect(language.getByRole('option')).toHaveText(['cURL', 'Python', 'JavaScript']);
  await expect(page.getByText('the queue is not an OpenAI API')).toBeVisible();
  const curl = await copiedSnippet(page);
  expect(curl).toContain('Authorization: Bearer $YOKE_API_KEY');
  expect(curl).toContain('sleep 2');
  await page.getByRole('checkbox', { name: 'Compact body' }).check();
  const compactCurl = await copiedSnippet(page);
  await page.getByRole('checkbox', { name: 'Compact body' }).uncheck();
  await language.selectOption({ label: 'Python' });
  await expect(codeRegion(page)).toContainText('time.sleep(2)');
  const python = await copiedSnippet(page);

  // What the workbench itself submits when the user presses Generate.
  await page.getByRole('tab', { name: 'Generate' }).click();
  const [submission] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/demo/api/ai/queue'),
    page.getByRole('button', { name: 'Generate', exact: true }).click(),
  ]);
  const sent = submission.postData() ?? '';
  expect(JSON.parse(sent)).toMatchObject({ model: 'pixel-art-demo', prompt, seed: 1234 });

  const fromCurl = await runAgainstCapture(page, curl, 'bash');
  const fromCompactCurl = await runAgainstCapture(page, compactCurl, 'bash');
  const fromPython = await runAgainstCapture(page, python, 'python3');
  expect(canonical(fromCurl.body)).toBe(canonical(sent));
  // The compact cURL body is the very bytes Generate sends.
  expect(fromCompactCurl.body).toBe(sent);
  expect(canonical(fromPython.body)).toBe(canonical(sent));
  for (const run of [fromCurl, fromCompactCurl, fromPython]) {
    expect(run.stdout.trim()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/demo\/api\/ai\/media\/captured\.png/);
  }
});

test('a pasted image submission lands in the form', async ({ page }) => {
  await openWorkbench(page, '/?model=pixel-art-demo');
  await page.getByRole('tab', { name: 'API' }).click();
  await page.getByRole('button', { name: 'Import request' }).click();
  await page
    .getByLabel('Request to import')
    .fill('{"model": "pixel-art-demo", "prompt": "Imported lighthouse", "seed": 77, "style": "stripes"}');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(codeRegion(page)).toContainText('"prompt": "Imported lighthouse"');
  await expect(codeRegion(page)).toContainText('"seed": 77');
  await page.getByRole('tab', { name: 'Generate' }).click();
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('Imported lighthouse');
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('77');
});

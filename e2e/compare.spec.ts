// Compare view end to end on the Demo provider: panes run together and independently, sweeps, persistence,
// share links and the word diff. Controls are found by role and name, scoped to their pane. A pane's model,
// parameters and tools are behind its title ("Configure pane N"), so steps that use them open it first.
import { type Browser, expect, type Locator, type Page, type Request, test } from '@playwright/test';
import { diffWords } from 'diff';
import { toWordDiff } from '../src/lib/text/wordDiff';

type Body = Record<string, unknown>;

const DEMO_CHAT = '**/demo/api/ai/chat/completions';
const PROMPT = 'Explain sampling temperature with a code example';

const pane = (page: Page, n: number): Locator => page.getByRole('region', { name: `Pane ${n}`, exact: true });
const panes = (page: Page): Locator => page.getByRole('region', { name: /^Pane \d$/ });
/** The latest answer of pane 1 and pane 2 as stored (the runs' choices, joined as the diff joins them). */
async function storedAnswers(page: Page): Promise<[string, string]> {
  return page.evaluate(() => {
    const stored = JSON.parse(window.localStorage.getItem('yoke.runs') ?? '{}') as {
      state?: { runs?: Record<string, { choices: string[] }>; history?: Record<string, string[]> };
    };
    const work = JSON.parse(window.localStorage.getItem('yoke.workbench') ?? '{}') as {
      state?: { panes?: { id: string }[] };
    };
    const answer = (paneId: string | undefined) => {
      const id = stored.state?.history?.[`pane:${paneId}`]?.at(-1) ?? '';
      return stored.state?.runs?.[id]?.choices.join('\n\n') ?? '';
    };
    const panes = work.state?.panes ?? [];
    return [answer(panes[0]?.id), answer(panes[1]?.id)] as [string, string];
  });
}

const statusOf = (scope: Locator): Locator =>
  scope.getByRole('status').filter({ hasText: /^(Generating…|Done|Failed|Stopped)$/ });
const responseOf = (scope: Locator): Locator => scope.getByRole('region', { name: 'Response' });

function isChat(request: Request): boolean {
  return request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/chat/completions');
}

/** Collects the JSON body of every chat request the page sends from now on. */
function recordChatBodies(page: Page): Body[] {
  const bodies: Body[] = [];
  page.on('request', (request) => {
    if (isChat(request)) bodies.push(request.postDataJSON() as Body);
  });
  return bodies;
}

async function openCompare(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(panes(page)).toHaveCount(2);
  // Both panes start on the catalogue's first model, which their titles name.
  await expect(titleOf(pane(page, 2))).not.toContainText('No model yet');
}

const titleOf = (scope: Locator): Locator => scope.getByRole('heading', { name: /^Pane \d: / });

/** Opens the pane's settings (model, system prompt, parameters, sweep) unless they are open already. */
async function configure(scope: Locator): Promise<Locator> {
  const button = scope.getByRole('button', { name: /^Configure pane \d$/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const settings = scope.getByRole('region', { name: /^Pane \d configuration$/ });
  await expect(settings).toBeVisible();
  return settings;
}

async function pickModel(pane: Locator, id: string): Promise<void> {
  const scope = await configure(pane);
  const picker = scope.getByRole('combobox', { name: 'Model', exact: true });
  await picker.click();
  await picker.fill(id);
  await scope
    .getByRole('option', { name: new RegExp(id) })
    .first()
    .click();
  await expect(picker).toHaveValue(id);
  await expect(scope.getByRole('region', { name: 'Parameters' })).toBeVisible();
}

async function setNumber(pane: Locator, label: string, value: string): Promise<void> {
  const scope = await configure(pane);
  await expect(scope.getByRole('region', { name: 'Parameters' })).toBeVisible();
  const input = scope.getByRole('spinbutton', { name: label, exact: true });
  await input.fill(value);
  await expect(input).toHaveValue(value);
}

/** Opens the form's collapsed "Advanced" group, where parameters outside the schema's basics live. */
async function openAdvanced(pane: Locator): Promise<void> {
  const scope = await configure(pane);
  await scope.getByRole('region', { name: 'Parameters' }).getByText('Advanced', { exact: true }).click();
}

async function ask(page: Page, text = PROMPT): Promise<void> {
  await page.getByRole('textbox', { name: 'User message 1' }).fill(text);
}

test.describe('compare view', () => {
  test('three panes with different models and parameters stream together to completion', async ({ page }) => {
    await openCompare(page);
    await page.getByRole('button', { name: 'Add pane' }).click();
    await expect(panes(page)).toHaveCount(3);
    await pickModel(pane(page, 1), 'claude-sonnet-4-20250514');
    await setNumber(pane(page, 1), 'Temperature', '0.2');
    await pickModel(pane(page, 2), 'structured-demo');
    await openAdvanced(pane(page, 2));
    await setNumber(pane(page, 2), 'Choices', '2');
    await pickModel(pane(page, 3), 'reasoning-mini-demo');
    await pane(page, 3).getByRole('combobox', { name: 'Reasoning effort' }).selectOption('low');
    await ask(page);

    const bodies = recordChatBodies(page);
    await page.getByRole('button', { name: 'Run all' }).click();
    for (const n of [1, 2, 3]) {
      await expect(statusOf(pane(page, n))).toHaveText('Done', { timeout: 20_000 });
      await expect(responseOf(pane(page, n))).not.toBeEmpty();
      await expect(pane(page, n).getByText('Time to first token')).toBeVisible();
    }
    await expect(responseOf(pane(page, 2)).getByRole('article', { name: /^Choice \d$/ })).toHaveCount(2);
    expect(bodies.map((b) => [b.model, b.temperature, b.n, b.reasoning_effort])).toEqual(
      expect.arrayContaining([
        ['claude-sonnet-4-20250514', 0.2, undefined, undefined],
        ['structured-demo', undefined, 2, undefined],
        ['reasoning-mini-demo', undefined, undefined, 'low'],
      ]),
    );
    expect(bodies).toHaveLength(3);
    // Best values are highlighted across finished panes (announced as "(best)").
    await expect(page.getByText('(best)').first()).toBeAttached();

    // Each pane's exact request is available as code.
    await pane(page, 3).getByRole('button', { name: 'Code', exact: true }).click();
    const code = page.getByRole('dialog', { name: 'Pane 3 request as code' });
    await expect(code).toContainText('"reasoning_effort": "low"');
    await expect(code).toContainText('reasoning-mini-demo');
    await page.keyboard.press('Escape');
    await expect(code).toBeHidden();
  });

  test("one pane's bad parameter fails that pane only", async ({ page }) => {
    await openCompare(page);
    await page.getByRole('button', { name: 'Add pane' }).click();
    await pickModel(pane(page, 2), 'structured-demo');
    await openAdvanced(pane(page, 2));
    // The form allows typing past the schema's maximum of 4; the server refuses it.
    await setNumber(pane(page, 2), 'Choices', '7');
    await pickModel(pane(page, 3), 'reasoning-mini-demo');
    await ask(page);
    await page.getByRole('button', { name: 'Run all' }).click();

    await expect(statusOf(pane(page, 2))).toHaveText('Failed', { timeout: 20_000 });
    await expect(pane(page, 2).getByRole('alert')).toContainText('HTTP 400');
    for (const n of [1, 3]) {
      await expect(statusOf(pane(page, n))).toHaveText('Done', { timeout: 20_000 });
      await expect(pane(page, n).getByRole('alert')).toHaveCount(0);
    }
  });

  test('stopping one pane leaves the others running', async ({ page }) => {
    // Slow enough to catch every pane mid-stream.
    await page.route(DEMO_CHAT, (route) =>
      route.continue({ headers: { ...route.request().headers(), 'x-demo-pace': '25' } }),
    );
    await openCompare(page);
    await page.getByRole('button', { name: 'Add pane' }).click();
    await setNumber(pane(page, 3), 'Max tokens', '60');
    // A long answer (the demo writes about as many words as asked), so pane 2 is still streaming however
    // slowly a loaded machine gets through the steps below.
    await ask(page, 'Write 600 words about rivers');
    const bodies = recordChatBodies(page);
    await page.keyboard.press('Control+Enter');

    // Checked together: one after the other, a loaded machine can let the capped pane 3 finish first.
    await Promise.all([1, 2, 3].map((n) => expect(statusOf(pane(page, n))).toHaveText('Generating…')));
    await expect(responseOf(pane(page, 1))).not.toBeEmpty();
    await pane(page, 1).getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(statusOf(pane(page, 1))).toHaveText('Stopped');
    await expect(statusOf(pane(page, 2))).toHaveText('Generating…');
    const before = (await responseOf(pane(page, 2)).textContent())?.length ?? 0;
    await expect
      .poll(async () => (await responseOf(pane(page, 2)).textContent())?.length ?? 0)
      .toBeGreaterThan(before);
    // Pane 3 is capped at 60 tokens (2.4 s at this pace, room for the three checks above on a loaded machine) and finishes on its own.
    await expect(statusOf(pane(page, 3))).toHaveText('Done', { timeout: 15_000 });
    await expect(pane(page, 3).getByText('length', { exact: true })).toBeVisible();
    await expect(statusOf(pane(page, 2))).toHaveText('Generating…');
    await page.getByRole('button', { name: 'Stop all' }).click();
    await expect(statusOf(pane(page, 2))).toHaveText('Stopped');
    // One request per pane: the chat view's own Ctrl+Enter handler is not mounted in compare view.
    expect(bodies).toHaveLength(3);
  });

  test('a pane can use its own provider: Oxen.ai through the proxy beside the Demo', async ({ page }) => {
    await openCompare(page);
    await pane(page, 2).getByRole('combobox', { name: 'Pane provider' }).selectOption({ label: 'Oxen.ai' });
    await configure(pane(page, 2));
    // Without a key the pane's own catalogue request (to the stand-in Oxen) is refused, and it cannot run.
    await expect(
      pane(page, 2).getByRole('alert').filter({ hasText: 'Oxen.ai needs an API key' }),
    ).toBeVisible();
    await expect(
      pane(page, 2).getByRole('alert').filter({ hasText: 'Could not load the model list' }),
    ).toBeVisible();
    await expect(pane(page, 1).getByRole('alert')).toHaveCount(0);
    await expect(pane(page, 2).getByRole('button', { name: 'Run', exact: true })).toBeDisabled();

    // A key typed while Demo is selected is the Demo's: it is never sent to Oxen (one key per provider).
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('textbox', { name: 'API key' }).fill('typed-for-the-demo');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(
      pane(page, 2).getByRole('alert').filter({ hasText: 'Oxen.ai needs an API key' }),
    ).toBeVisible();
    // The key of the stand-in Oxen upstream (playwright.config.ts) is entered for Oxen.ai; the global provider
    // goes back to Demo before saving, and the Oxen key stays filed under Oxen.
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Provider').selectOption({ label: 'Oxen.ai' });
    await settings.getByRole('textbox', { name: 'API key' }).fill('stand-in-upstream-key');
    await settings.getByLabel('Provider').selectOption({ label: 'Demo' });
    await expect(settings.getByRole('textbox', { name: 'API key' })).toHaveValue('typed-for-the-demo');
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(pane(page, 2).getByRole('alert')).toHaveCount(0);
    await pickModel(pane(page, 2), 'structured-demo');
    await ask(page);
    const requests: Request[] = [];
    page.on('request', (r) => {
      if (isChat(r)) requests.push(r);
    });
    await page.getByRole('button', { name: 'Run all' }).click();
    for (const n of [1, 2]) await expect(statusOf(pane(page, n))).toHaveText('Done', { timeout: 20_000 });
    const paths = requests.map((r) => new URL(r.url()).pathname).sort();
    expect(paths).toEqual(['/demo/api/ai/chat/completions', '/proxy/oxen/chat/completions']);
    const oxen = requests.find((r) => r.url().includes('/proxy/oxen/'));
    expect(await oxen?.headerValue('authorization')).toBe('Bearer stand-in-upstream-key');
  });

  test('a temperature sweep makes one pane per value whose requests differ only in temperature', async ({
    page,
  }) => {
    await openCompare(page);
    await pickModel(pane(page, 1), 'claude-sonnet-4-20250514');
    await setNumber(pane(page, 1), 'Max tokens', '64');
    await ask(page);
    const tools = pane(page, 1).getByText('Sweep and repeat');
    await tools.click();
    await pane(page, 1)
      .getByRole('combobox', { name: 'Sweep parameter' })
      .selectOption({ label: 'Temperature' });
    const values = pane(page, 1).getByRole('textbox', { name: 'Sweep values' });

    await values.fill('0, 2');
    await pane(page, 1).getByRole('button', { name: 'Sweep', exact: true }).click();
    await expect(pane(page, 1).getByRole('alert')).toHaveText('Temperature must be at most 1; 2 is above.');

    await values.fill('0, 0.5, 1');
    const bodies = recordChatBodies(page);
    await pane(page, 1).getByRole('button', { name: 'Sweep', exact: true }).click();
    await expect(panes(page)).toHaveCount(4);
    for (const n of [1, 2, 3]) await expect(statusOf(pane(page, n))).toHaveText('Done', { timeout: 20_000 });
    // The untouched second pane did not run.
    await expect(statusOf(pane(page, 4))).toHaveCount(0);
    expect(bodies).toHaveLength(3);
    expect(bodies.map((b) => b.temperature)).toEqual([0, 0.5, 1]);
    const rest = bodies.map(({ temperature: _t, ...other }) => other);
    expect(rest[1]).toEqual(rest[0]);
    expect(rest[2]).toEqual(rest[0]);
    expect(rest[0]).toMatchObject({ model: 'claude-sonnet-4-20250514', max_tokens: 64 });
  });

  test('repeat runs copies of a pane together', async ({ page }) => {
    await openCompare(page);
    await ask(page);
    await (await configure(pane(page, 2))).getByText('Sweep and repeat').click();
    await pane(page, 2).getByRole('spinbutton', { name: 'Repeat runs' }).fill('6');
    await pane(page, 2).getByRole('button', { name: 'Repeat', exact: true }).click();
    await expect(pane(page, 2).getByRole('alert')).toContainText('more than the 6 allowed');
    await pane(page, 2).getByRole('spinbutton', { name: 'Repeat runs' }).fill('3');
    await pane(page, 2).getByRole('button', { name: 'Repeat', exact: true }).click();
    await expect(panes(page)).toHaveCount(4);
    for (const n of [2, 3, 4]) await expect(statusOf(pane(page, n))).toHaveText('Done', { timeout: 20_000 });
    await expect(statusOf(pane(page, 1))).toHaveCount(0);
  });

  test('a reload restores the view, panes and results; the comparison exports as JSON', async ({ page }) => {
    await openCompare(page);
    await page.getByRole('button', { name: 'Add pane' }).click();
    await pickModel(pane(page, 2), 'structured-demo');
    await pickModel(pane(page, 3), 'reasoning-mini-demo');
    await pane(page, 3).getByRole('checkbox', { name: 'Own system prompt' }).check();
    await pane(page, 3).getByRole('textbox', { name: 'Pane system prompt' }).fill('Answer in one line.');
    await ask(page);
    await page.getByRole('button', { name: 'Run all' }).click();
    for (const n of [1, 2, 3]) await expect(statusOf(pane(page, n))).toHaveText('Done', { timeout: 20_000 });
    const answer = (await responseOf(pane(page, 2)).textContent()) ?? '';

    await page.reload();
    await expect(panes(page)).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Chat', exact: true })).toBeVisible();
    await expect(
      (await configure(pane(page, 2))).getByRole('combobox', { name: 'Model', exact: true }),
    ).toHaveValue('structured-demo');
    await expect(
      (await configure(pane(page, 3))).getByRole('textbox', { name: 'Pane system prompt' }),
    ).toHaveValue('Answer in one line.');
    await expect(responseOf(pane(page, 2))).toHaveText(answer);
    await expect(page.getByRole('textbox', { name: 'User message 1' })).toHaveValue(PROMPT);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export comparison' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^yoke-comparison-.*\.json$/);
    const file = JSON.parse(
      await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()),
    );
    expect(file.format).toBe('yoke.comparison');
    expect(file.panes.map((p: Body) => p.model)).toEqual([
      expect.any(String),
      'structured-demo',
      'reasoning-mini-demo',
    ]);
    expect(file.panes[1].result.status).toBe('done');
    expect(file.panes[2].systemOverride).toBe('Answer in one line.');

    // And back to the single chat view.
    await page.getByRole('button', { name: 'Chat', exact: true }).click();
    await expect(panes(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Compare', exact: true })).toBeVisible();
  });

  test('a share link restores the configuration in a fresh page', async ({ page, browser }) => {
    await openCompare(page);
    await pickModel(pane(page, 2), 'reasoning-mini-demo');
    await pane(page, 2).getByRole('combobox', { name: 'Reasoning effort' }).selectOption('high');
    await setNumber(pane(page, 1), 'Temperature', '0.3');
    await pane(page, 1).getByRole('checkbox', { name: 'Own system prompt' }).check();
    await pane(page, 1).getByRole('textbox', { name: 'Pane system prompt' }).fill('Be terse.');
    await ask(page, 'Shared question');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link).toMatch(/#compare=[A-Za-z0-9_-]+$/);

    const fresh = await newPage(browser);
    const bodies = recordChatBodies(fresh);
    await fresh.goto(link);
    await expect(panes(fresh)).toHaveCount(2);
    await expect(fresh.getByRole('textbox', { name: 'User message 1' })).toHaveValue('Shared question');
    await configure(pane(fresh, 1));
    await expect(
      (await configure(pane(fresh, 2))).getByRole('combobox', { name: 'Model', exact: true }),
    ).toHaveValue('reasoning-mini-demo');
    // rjsf's enum select uses option indexes as values, so read the chosen option's text.
    await expect(
      pane(fresh, 2).getByRole('combobox', { name: 'Reasoning effort' }).locator('option:checked'),
    ).toHaveText('high');
    await expect(pane(fresh, 1).getByRole('spinbutton', { name: 'Temperature', exact: true })).toHaveValue(
      '0.3',
    );
    await expect(pane(fresh, 1).getByRole('textbox', { name: 'Pane system prompt' })).toHaveValue(
      'Be terse.',
    );
    // The link is consumed: a reload will not apply it again over later edits.
    expect(new URL(fresh.url()).hash).toBe('');
    await fresh.getByRole('button', { name: 'Run all' }).click();
    await expect(statusOf(pane(fresh, 2))).toHaveText('Done', { timeout: 20_000 });
    await expect(statusOf(pane(fresh, 1))).toHaveText('Done', { timeout: 20_000 });
    const first = bodies.find((b) => b.model !== 'reasoning-mini-demo');
    expect(first).toMatchObject({ temperature: 0.3 });
    expect(bodies.find((b) => b.model === 'reasoning-mini-demo')).toMatchObject({ reasoning_effort: 'high' });
    expect((first?.messages as Body[] | undefined)?.[0]).toEqual({ role: 'system', content: 'Be terse.' });
    await fresh.context().close();
  });

  test('a link naming another base URL asks first; garbage links are refused', async ({ browser }) => {
    const payload = {
      v: 1,
      conversation: { system: '', turns: [{ role: 'user', text: 'Hi', images: [] }] },
      stream: true,
      panes: [{ model: 'claude-sonnet-4-20250514' }, { model: 'llama3', provider: 'openai' }],
      baseUrl: 'http://elsewhere.invalid/v1',
    };
    const page = await newPage(browser);
    await page.goto(`/#compare=${Buffer.from(JSON.stringify(payload)).toString('base64url')}`);
    const dialog = page.getByRole('dialog', { name: 'Open a shared comparison' });
    await expect(dialog).toContainText('This link points panes at http://elsewhere.invalid/v1. Use it?');
    await dialog.getByRole('button', { name: "Don't use it" }).click();
    await expect(panes(page)).toHaveCount(2);
    await expect(pane(page, 2).getByRole('combobox', { name: 'Pane provider' })).toHaveValue('');
    await expect(
      (await configure(pane(page, 2))).getByRole('combobox', { name: 'Model', exact: true }),
    ).toHaveValue('llama3');

    await page.goto('/#compare=not-a-comparison');
    await expect(page.getByRole('alert').filter({ hasText: 'Share link not applied' })).toContainText(
      'This share link cannot be opened',
    );
    await page.context().close();
  });

  test('the diff opens in place, in each pane, against the chosen baseline pane', async ({ page }) => {
    await openCompare(page);
    await setNumber(pane(page, 1), 'Temperature', '0');
    await setNumber(pane(page, 2), 'Temperature', '1');
    await ask(page);
    await page.getByRole('button', { name: 'Run all' }).click();
    for (const n of [1, 2]) await expect(statusOf(pane(page, n))).toHaveText('Done', { timeout: 20_000 });
    const baseline = page.getByRole('combobox', { name: 'Compare with' });
    await baseline.selectOption({ label: 'Pane 1 · claude-sonnet-4 · T 0' });
    const diff = pane(page, 2).getByRole('region', { name: 'Diff of Pane 2 against Pane 1' });
    await expect(diff.getByRole('status')).toContainText(/\d+ words? inserted/);
    expect(await diff.locator('ins').count()).toBeGreaterThan(0);
    expect(await diff.locator('del').count()).toBeGreaterThan(0);
    await expect(diff.locator('ins').first()).toContainText('[inserted:');
    await expect(pane(page, 1).getByRole('region', { name: /^Diff of/ })).toHaveCount(0);
    // Pane 2 as the baseline diffs the other way, now shown in pane 1. The word diff is not exactly symmetric
    // (the library's whitespace handling can pair words differently each way), so both summaries are held to
    // the library's own counts for the two answers as stored.
    const [one, two] = await storedAnswers(page);
    const counts = (base: string, other: string) => toWordDiff(diffWords(base, other));
    const forward = counts(one, two);
    await expect(diff.getByRole('status')).toContainText(
      new RegExp(`^${forward.inserted} words? inserted.*?${forward.deleted} deleted`),
    );
    await baseline.selectOption({ label: 'Pane 2 · claude-sonnet-4 · T 1' });
    const swapped = pane(page, 1).getByRole('region', { name: 'Diff of Pane 1 against Pane 2' });
    const backward = counts(two, one);
    await expect(swapped.getByRole('status')).toContainText(
      new RegExp(`^${backward.inserted} words? inserted.*?${backward.deleted} deleted`),
    );
    await expect(pane(page, 2).getByRole('region', { name: /^Diff of/ })).toHaveCount(0);
    await baseline.selectOption({ label: 'No diff' });
    await expect(page.getByRole('region', { name: /^Diff of/ })).toHaveCount(0);
  });
});

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

// Issue 8, untrusted by default: a hostile OpenAI-compatible server (server/testing/hostile.ts, started by
// playwright.config.ts on another origin), crafted share links and imports, and a page on another local origin
// must not break, blind or rob the workbench — and a reload after each must still give a working page.
import { expect, type Page, test } from '@playwright/test';
import {
  modelCard,
  modelPicker,
  openSettings,
  openWorkbench,
  pickModel,
  responseRegion,
  runButton,
  runStatus,
} from './helpers';

const HOSTILE = `http://127.0.0.1:${process.env.E2E_HOSTILE_PORT ?? 4312}`;
const HOSTILE_V1 = `${HOSTILE}/v1`;

interface Seen {
  host: string;
  path: string;
  authorization: string | null;
}

async function hostileRecord(page: Page): Promise<{ seen: Seen[]; exfilHits: string[] }> {
  return (await (await page.request.get(`${HOSTILE}/__seen`)).json()) as {
    seen: Seen[];
    exfilHits: string[];
  };
}

/** Points the global provider at the hostile server (OpenAI-compatible, no key). */
async function useHostile(page: Page): Promise<void> {
  const dialog = await openSettings(page);
  await dialog.getByLabel('Provider').selectOption({ label: 'OpenAI-compatible' });
  await dialog.getByLabel('Base URL').fill(HOSTILE_V1);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

/** The page still works: the header's controls answer and the settings open. */
async function expectUsable(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Settings' })).toBeEnabled();
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
}

test('H1: malformed model metadata and prototype-named ids never blank the page, before or after a reload', async ({
  page,
}) => {
  await openWorkbench(page);
  await useHostile(page);
  // The malformed entries are listed with what could be read; the ones without an id are left out.
  await modelPicker(page).click();
  const options = page.getByRole('listbox', { name: 'Models' }).getByRole('option');
  await expect(options.filter({ hasText: /^display-42/ })).toHaveCount(1);
  await expect(options.filter({ hasText: /^__proto__/ })).toHaveCount(1);
  await page.keyboard.press('Escape');
  for (const id of [
    'display-42',
    'desc-object',
    'caps-string',
    'caps-object',
    'pricing-strings',
    'developer-string',
    'summary-list',
    '__proto__',
    'hasOwnProperty',
    'toString',
  ]) {
    await pickModel(page, id);
    await expect(page.getByRole('region', { name: 'Parameters' })).toBeVisible();
  }
  // The model named "toString" runs like any other.
  await page.getByLabel('User message 1').fill('Hello');
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done');
  await expect(page.getByText(/The server sent data Yoke could not use/)).toBeVisible();
  await page.reload();
  await expect(modelCard(page).getByRole('heading', { name: 'toString' })).toBeVisible();
  await expect(responseRegion(page)).toContainText('An ordinary answer');
  await expectUsable(page);
});

test('H2: an answer that tries to cover the page stays inside its box, also after a reload', async ({
  page,
}) => {
  await openWorkbench(page);
  await useHostile(page);
  await pickModel(page, 'Answer: overlay', 'overlay');
  await page.getByLabel('User message 1').fill('Summarise');
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done');
  for (const round of ['before', 'after']) {
    if (round === 'after') await page.reload();
    await expect(responseRegion(page)).toContainText('Session expired');
    // The answer's own markup (inside the markdown blocks), against the box the answer is shown in.
    const escaped = await responseRegion(page).evaluate((region) => {
      const box = region.getBoundingClientRect();
      return [...region.querySelectorAll('.prose > div *')].flatMap((el) => {
        const style = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        const outside =
          r.left < box.left - 1 ||
          r.right > box.right + 1 ||
          r.top < box.top - 1 ||
          r.bottom > box.bottom + 1;
        return style.position === 'fixed' ||
          style.position === 'absolute' ||
          outside ||
          el.hasAttribute('style') ||
          el.hasAttribute('class')
          ? [`${el.tagName} ${style.position}${outside ? ' outside' : ''}`]
          : [];
      });
    });
    expect(escaped).toEqual([]);
    await expectUsable(page);
  }
});

test('M2: an answer cannot make the browser fetch a URL; images load only when the user asks, per host', async ({
  page,
}) => {
  await openWorkbench(page);
  await useHostile(page);
  await pickModel(page, 'Answer: exfil', 'exfil');
  // The token the hostile server puts in this answer's image URLs (tests run in parallel against it).
  const token = `m2-${Date.now()}`;
  const hits = async () => (await hostileRecord(page)).exfilHits.filter((h) => h.endsWith(`t=${token}`));
  await page.getByLabel('User message 1').fill(token);
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done');
  await expect(responseRegion(page)).toContainText(
    `[image: chart — from ${new URL(HOSTILE).host}, not loaded]`,
  );
  await page.waitForTimeout(1_000);
  expect(await hits()).toEqual([]);
  expect(
    (await hostileRecord(page)).exfilHits.filter((h) => h.includes('srcset') || h.includes('css')),
  ).toEqual([]);

  await page.getByRole('button', { name: `Load images from ${new URL(HOSTILE).host}` }).click();
  await expect(responseRegion(page).locator('img[src^="blob:"]')).toHaveCount(2);
  // Only the two plain images, fetched because the user asked: srcset, <picture>, poster, <input type=image>,
  // table background and CSS url() were never kept.
  expect((await hits()).sort()).toEqual([`/exfil/img.png?t=${token}`, `/exfil/md.png?t=${token}`]);

  await page.reload();
  await expect(responseRegion(page)).toContainText('not loaded');
  await page.waitForTimeout(1_000);
  expect(await hits()).toHaveLength(2);
});

test('H3: a share link nested 10,000 deep and a 3,000-deep import are refused with a reason; the page works', async ({
  page,
}) => {
  const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  const payload = `{"v":1,"conversation":{"system":"","turns":[{"role":"user","text":"hi","images":[]}]},"stream":true,"panes":[{"model":"plain-demo","params":{"values":{"x":${deep}},"explicit":["x"]}}]}`;
  await page.goto(`/#compare=${Buffer.from(payload).toString('base64url')}`);
  await expect(page.getByText(/nested more than 32 levels deep/)).toBeVisible();
  await expect(modelCard(page).getByRole('heading')).toBeVisible();
  await page.reload();
  await expect(modelCard(page).getByRole('heading')).toBeVisible();
  await expect(runButton(page)).toBeEnabled();

  await page.getByRole('tab', { name: 'API' }).click();
  await page.getByRole('button', { name: 'Import request' }).click();
  const nested = `${'['.repeat(3_000)}${']'.repeat(3_000)}`;
  await page.getByLabel('Request to import').fill(`{"model":"plain-demo","messages":[],"x":${nested}}`);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: /nested more than/ })).toBeVisible();
  await page.reload();
  await expect(modelCard(page).getByRole('heading')).toBeVisible();
  await expectUsable(page);
});

test('M1: a key only goes to the server it was entered for — not to a pane switched to another provider, not to a share link’s host', async ({
  page,
}) => {
  await openWorkbench(page);
  // The OpenAI-compatible base URL is the hostile server (no key for it); the key is entered for Oxen.ai.
  const dialog = await openSettings(page);
  await dialog.getByLabel('Provider').selectOption({ label: 'OpenAI-compatible' });
  await dialog.getByLabel('Base URL').fill(HOSTILE_V1);
  await dialog.getByLabel('Provider').selectOption({ label: 'Oxen.ai' });
  await dialog.getByLabel('API key', { exact: true }).fill('sk-oxen-secret');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page
    .getByRole('region', { name: 'Pane 2', exact: true })
    .getByRole('combobox', { name: 'Pane provider' })
    .selectOption({ label: 'OpenAI-compatible' });
  await expect
    .poll(async () => (await hostileRecord(page)).seen.length, { timeout: 10_000 })
    .toBeGreaterThan(0);
  await page.waitForTimeout(3_000);
  expect((await hostileRecord(page)).seen.filter((s) => s.authorization !== null)).toEqual([]);

  // A share link pointing panes at another base URL asks first, names it and says no key goes there.
  const other = `http://localhost:${new URL(HOSTILE).port}/v1`;
  const link = {
    v: 1,
    conversation: { system: '', turns: [{ role: 'user', text: 'Hi', images: [] }] },
    stream: true,
    panes: [{ model: 'plain', provider: 'openai' }],
    baseUrl: other,
  };
  await page.goto(`/#compare=${Buffer.from(JSON.stringify(link)).toString('base64url')}`);
  const ask = page.getByRole('dialog', { name: 'Open a shared comparison' });
  await expect(ask).toContainText(
    `No API key will be sent there: you have not saved one for localhost:${new URL(HOSTILE).port}`,
  );
  await page.waitForTimeout(1_000);
  expect((await hostileRecord(page)).seen.filter((s) => s.host.startsWith('localhost'))).toEqual([]);
  await ask.getByRole('button', { name: 'Use it', exact: true }).click();
  await expect
    .poll(async () => (await hostileRecord(page)).seen.filter((s) => s.host.startsWith('localhost')).length)
    .toBeGreaterThan(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Pane 1', exact: true })).toBeVisible();
  await page.waitForTimeout(1_000);
  expect((await hostileRecord(page)).seen.filter((s) => s.authorization !== null)).toEqual([]);
});

test('M3: a share link that would replace work asks first, and the replaced work can be restored', async ({
  page,
}) => {
  await openWorkbench(page);
  await page.getByLabel('User message 1').fill('My own careful prompt');
  const link = {
    v: 1,
    conversation: { system: '', turns: [{ role: 'user', text: 'Their prompt', images: [] }] },
    stream: true,
    panes: [{ model: 'plain-demo' }, { model: 'plain-demo' }],
  };
  await page.evaluate(
    (hash) => {
      window.location.hash = hash;
    },
    `compare=${Buffer.from(JSON.stringify(link)).toString('base64url')}`,
  );
  const ask = page.getByRole('dialog', { name: 'Open a shared comparison' });
  await expect(ask).toContainText('Opening it replaces your current work (1 message)');
  await ask.getByRole('button', { name: 'Open it' }).click();
  await expect(page.getByLabel('User message 1')).toHaveValue('Their prompt');
  await page.reload();
  await page.getByRole('button', { name: 'Restore my previous work' }).click();
  await expect(page.getByLabel('User message 1')).toHaveValue('My own careful prompt');
  await expect(page.getByRole('button', { name: 'Restore my previous work' })).toHaveCount(0);
});

test('M4: schemas that froze the page fall back or simplify, and the page stays responsive', async ({
  page,
}) => {
  await openWorkbench(page);
  await useHostile(page);
  for (const id of ['allof-18', 'props-5000', 'recursive-root']) {
    await pickModel(page, `Schema: ${id}`, id);
    await expect(page.getByText(/could not be rendered as a form/)).toBeVisible();
  }
  await pickModel(page, 'Schema: enum-100k', 'enum-100k');
  await expect(page.getByText(/100,000 choices: shown as a searchable list/)).toBeAttached();
  const voice = page.getByRole('combobox', { name: 'voice' });
  await voice.fill('voice-9999');
  await expect(
    page.getByRole('listbox', { name: 'Choices for voice' }).getByRole('option').first(),
  ).toHaveText('voice-9999');
  for (const id of ['patternprops-redos', 'pattern-redos']) {
    await pickModel(page, `Schema: ${id}`, id);
    await expect(page.getByText(/This schema was simplified for the form/)).toBeVisible();
  }
  // Typing what makes ^(a|aa)+$ backtrack exponentially: the field keeps up (the pattern is not run here).
  // (A schema without basic or required parameters shows them all, unfolded.)
  const slug = page.getByRole('textbox', { name: 'slug' });
  await slug.fill(`${'a'.repeat(60)}!`);
  await expect(slug).toHaveValue(`${'a'.repeat(60)}!`);
  await expectUsable(page);
});

test('M5 and odd chunks: absurd choice indexes and malformed chunks give the readable part and a note', async ({
  page,
}) => {
  await openWorkbench(page);
  await useHostile(page);
  await pickModel(page, 'Answer: huge-index', 'huge-index');
  await page.getByLabel('User message 1').fill('Go');
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done');
  await expect(responseRegion(page)).toContainText('Only choice 0 is real.');
  await expect(responseRegion(page).getByRole('article', { name: /^Choice/ })).toHaveCount(0);
  await expect(page.getByText("The server's answer had parts Yoke could not use (2)")).toBeVisible();

  await pickModel(page, 'Answer: odd-chunks', 'odd-chunks');
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done');
  await expect(responseRegion(page)).toHaveText(/Readable text survives\./);
  await expect(page.locator('body')).not.toContainText('[object Object]');
  await expect(page.locator('body')).not.toContainText('Cannot read properties');
});

test('a stalled stream says so with Stop and Retry; a 429 shows the wait it asked for', async ({ page }) => {
  test.setTimeout(60_000);
  await openWorkbench(page);
  await useHostile(page);
  await pickModel(page, 'Answer: silent', 'silent');
  await page.getByLabel('User message 1').fill('Think');
  await runButton(page).click();
  await expect(page.getByText(/^No data for 1\d s$/)).toBeVisible({ timeout: 25_000 });
  await page
    .getByRole('alert')
    .filter({ hasText: 'No data for' })
    .getByRole('button', { name: 'Stop' })
    .click();
  await expect(runStatus(page)).toHaveText('Stopped');

  await pickModel(page, 'Answer: rate-limited', 'rate-limited');
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Failed');
  await expect(page.getByText('Rate limited by the provider')).toBeVisible();
  await expect(page.getByText(/It asks to wait 7 s: try again in [1-7] s\./)).toBeVisible();
});

test('a page on another origin cannot make the Yoke server do anything; a foreign Host is refused', async ({
  page,
  baseURL,
}) => {
  await page.goto(`${HOSTILE}/attack.html`);
  await expect(page.locator('body[data-done="yes"]')).toBeAttached({ timeout: 15_000 });
  const captured = await (await page.request.get(`${baseURL}/__capture/attack`)).json();
  expect(captured).toEqual([]);
  const rebound = await page.request.get(`${baseURL}/`, { headers: { host: 'attacker.example' } });
  expect(rebound.status()).toBe(403);
});

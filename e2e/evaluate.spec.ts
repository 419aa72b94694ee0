// Issue 12, Evaluate: the prompt's {{variables}} × test cases × the compare panes, on the demo. Everything is found
// by role and name. The grid is virtualised, so only the rows in view exist in the DOM: totals are read from the
// progress bar and the column figures, single cells from the rows on screen (scrolled to when needed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { addDemoHeaders, isChatRequest } from './helpers';
import { storedCells } from './storedCells';

const COUNTRIES: Array<[string, string]> = [
  ['France', 'Paris'],
  ['Spain', 'Madrid'],
  ['Portugal', 'Lisbon'],
  ['Germany', 'Berlin'],
  ['Austria', 'Vienna'],
  ['Switzerland', 'Bern'],
  ['Italy', 'Rome'],
  ['Belgium', 'Brussels'],
  ['Netherlands', 'Amsterdam'],
  ['Poland', 'Warsaw'],
  ['Czechia', 'Prague'],
  ['Hungary', 'Budapest'],
  ['Greece', 'Athens'],
  ['Turkey', 'Ankara'],
  ['Sweden', 'Stockholm'],
  ['Norway', 'Oslo'],
  ['Denmark', 'Copenhagen'],
  ['Finland', 'Helsinki'],
  ['Ireland', 'Dublin'],
  ['Egypt', 'Cairo'],
];

const PANE_MODELS = ['claude-sonnet-4-20250514', 'plain-demo', 'fast-demo'];

/** A workbench already in Evaluate, with a {{country}} prompt and three panes (before the app reads storage). */
async function seedWorkbench(page: Page, prompt = 'What is the capital of {{country}}?'): Promise<void> {
  const stored = {
    state: {
      conversation: { system: 'Answer briefly.', turns: [{ role: 'user', text: prompt, images: [] }] },
      stream: true,
      view: 'evaluate',
      panes: PANE_MODELS.map((modelId, i) => ({
        id: `p${i + 1}`,
        modelId,
        paramsByModel: {},
        systemOverride: null,
      })),
    },
    version: 3,
  };
  await page.addInitScript((value) => {
    if (!window.localStorage.getItem('yoke.workbench')) window.localStorage.setItem('yoke.workbench', value);
  }, JSON.stringify(stored));
}

function casesCsv(count: number): string {
  return ['country,expected', ...COUNTRIES.slice(0, count).map(([c, capital]) => `${c},${capital}`)].join(
    '\n',
  );
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import cases' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

async function addContainsExpected(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add check' }).click();
  await page.getByRole('combobox', { name: 'Check type' }).selectOption({ label: 'Contains' });
  await page.getByLabel('Text').fill('{{expected}}');
}

/** How many stored cells (every run of this page's fresh IndexedDB) have each status. */
async function storedCellStatuses(page: Page): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { status } of await storedCells(page)) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

const progress = (page: Page): Locator => page.getByRole('progressbar', { name: 'Evaluation progress' });
const cell = (page: Page, c: number, p: number): Locator =>
  page.getByRole('region', { name: `Case ${c} · Pane ${p}` });

async function openEvaluate(page: Page, cases = 20): Promise<void> {
  await seedWorkbench(page);
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Test cases' })).toBeVisible();
  await importFile(page, 'cases.csv', casesCsv(cases));
  await expect(page.getByText(`Added ${cases} cases from cases.csv.`)).toBeVisible();
}

async function runAllToEnd(page: Page, total: number, timeout = 60_000): Promise<void> {
  await page.getByRole('button', { name: 'Run all cases' }).click();
  await expect(progress(page)).toHaveAttribute('aria-valuemax', String(total));
  await expect(progress(page)).toHaveAttribute('aria-valuenow', String(total), { timeout });
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeDisabled();
}

test.describe('Evaluate', () => {
  test('the header switches views; the empty state explains the feature', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Evaluate' }).click();
    await expect(page.getByText('Write {{variables}} in the prompt, add cases, run.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Chat' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Compare' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Evaluate' })).toHaveCount(0);
    // A new suite starts with one blank case; Add case adds a second (2 header rows + 2 cases).
    const table = page.getByRole('table', { name: 'Test cases' });
    await expect(table).toHaveAttribute('aria-rowcount', '3');
    await page.getByRole('button', { name: 'Add case' }).click();
    await expect(table).toHaveAttribute('aria-rowcount', '4');
    await expect(table.getByRole('row')).toHaveCount(4);
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('button', { name: 'Evaluate' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Test cases' })).toHaveCount(0);
  });

  test('20 cases × 3 panes run to completion with their checks shown', async ({ page }) => {
    await addDemoHeaders(page, { 'X-Demo-Pace': '5000' });
    await openEvaluate(page);
    const table = page.getByRole('table', { name: 'Test cases' });
    await expect(table.getByRole('columnheader', { name: 'country' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'expected' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'country for case 3' })).toHaveValue('Portugal');
    await expect(table).toHaveAttribute('aria-rowcount', '22');
    await addContainsExpected(page);
    await runAllToEnd(page, 60);
    await expect(progress(page)).toHaveAttribute('aria-valuetext', /^60 \/ 60 · \$/);
    // The first pane (the claude stand-in) answers every capital right: its check passes, with the detail.
    const first = cell(page, 1, 1);
    await expect(first).toContainText('Paris');
    await expect(first.getByRole('list', { name: 'Checks' })).toContainText('Pass');
    await expect(first.getByRole('list', { name: 'Checks' })).toContainText('contains');
    await expect(first).toContainText('Latency');
    // Figures per pane, with a best marked in words.
    await expect(page.getByRole('definition').filter({ hasText: 'best' }).first()).toBeVisible();
    await expect(table.getByText('Pass rate').first()).toBeVisible();
    // The last row, scrolled to: done too.
    await page.getByRole('textbox', { name: 'country for case 3' }).hover();
    await page.mouse.wheel(0, 20_000);
    await expect(cell(page, 20, 3)).toBeVisible();
    await expect(cell(page, 20, 3)).not.toContainText(/Queued|Running/);
    // A rating is a toggle.
    await page.mouse.wheel(0, -20_000);
    const good = first.getByRole('button', { name: 'Good answer' });
    await good.click();
    await expect(good).toHaveAttribute('aria-pressed', 'true');
  });

  test('a 429 storm is ridden out: all 60 cells done, some showed retrying', async ({ page }) => {
    test.setTimeout(150_000);
    await addDemoHeaders(page, { 'X-Demo-Pace': '5000', 'X-Demo-Fault': 'rate-limit=2' });
    await openEvaluate(page);
    // The lane's default concurrency (4) against a limit of two a second: a storm of 429s (answers take a few
    // ms), each one waited out as Retry-After says while the lane narrows.
    await expect(page.getByRole('spinbutton', { name: 'Concurrency' })).toHaveValue('4');
    await page.evaluate(() => {
      const w = window as unknown as { sawRetry: boolean };
      w.sawRetry = false;
      new MutationObserver(() => {
        if (document.body.textContent?.includes('Rate limited: retrying in')) w.sawRetry = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await runAllToEnd(page, 60, 140_000);
    expect(await page.evaluate(() => (window as unknown as { sawRetry: boolean }).sawRetry)).toBe(true);
    // Nothing lost: every one of the 60 stored cells is done (the grid shows only a window of rows, so the cells
    // are read where the run keeps them).
    await expect.poll(() => storedCellStatuses(page), { timeout: 10_000 }).toEqual({ done: 60 });
    await expect(page.getByRole('table', { name: 'Test cases' })).not.toContainText('Error 429');
  });

  test('Stop in the middle keeps the finished cells', async ({ page }) => {
    await addDemoHeaders(page, { 'X-Demo-Pace': '4' });
    await openEvaluate(page, 10);
    await page.getByRole('button', { name: 'Run all cases' }).click();
    await expect
      .poll(async () => Number(await progress(page).getAttribute('aria-valuenow')), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(4);
    const before = Number(await progress(page).getAttribute('aria-valuenow'));
    expect(before).toBeLessThan(30);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeDisabled();
    // Every cell has settled (the bar counts stopped cells as settled); the finished ones kept their answers.
    const table = page.getByRole('table', { name: 'Test cases' });
    await expect(table.getByText('Stopped').first()).toBeVisible();
    const finished = table.getByRole('region').filter({ hasText: /^Done/ }).first();
    await expect(finished).toContainText('Latency');
    await expect(finished).toContainText(
      /Paris|Madrid|Lisbon|Berlin|Vienna|Bern|Rome|Brussels|Amsterdam|Warsaw/,
    );
    await expect(table).not.toContainText(/Queued|Running…/);
    // The run is kept as stopped; "Run failed" then reruns only what did not pass.
    await expect(page.getByRole('combobox', { name: 'Shown run' })).toContainText('stopped');
  });

  test('reload restores the suite and its runs from IndexedDB', async ({ page }) => {
    await addDemoHeaders(page, { 'X-Demo-Pace': '5000' });
    await openEvaluate(page, 5);
    await addContainsExpected(page);
    await runAllToEnd(page, 15);
    const answer = (await cell(page, 2, 1).textContent()) ?? '';
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'country for case 2' })).toHaveValue('Spain');
    await expect(progress(page)).toHaveAttribute('aria-valuenow', '15');
    await expect(cell(page, 2, 1)).toContainText('Madrid');
    expect(answer).toContain('Madrid');
    await expect(page.getByLabel('Text')).toHaveValue('{{expected}}');
  });

  test('Export suite writes a JSON that Import cases opens again; CSV and JSONL download', async ({
    page,
  }) => {
    await addDemoHeaders(page, { 'X-Demo-Pace': '5000' });
    await openEvaluate(page, 2);
    await addContainsExpected(page);
    await runAllToEnd(page, 6);
    const save = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      return readFileSync((await download.path()) ?? '', 'utf8');
    };
    const csv = await save('Export CSV');
    expect(csv.trim().split('\n')).toHaveLength(7);
    expect(csv).toContain('Paris');
    const jsonl = (await save('Export JSONL')).trim().split('\n');
    expect(jsonl).toHaveLength(6);
    const suite = await save('Export suite');
    await page.getByRole('textbox', { name: 'country for case 1' }).fill('Changed');
    await importFile(page, 'suite.json', suite);
    await expect(page.getByText(/Opened the suite ".*" \(2 cases\)/)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'country for case 1' })).toHaveValue('France');
  });

  test('imports a CSV with quoted newlines; an extra column is kept and marked', async ({ page }) => {
    await seedWorkbench(page);
    await page.goto('/');
    await importFile(
      page,
      'quoted.csv',
      'country,notes\n"France","first line\nsecond, with a comma"\nJapan,plain\n',
    );
    await expect(page.getByText('Added 2 cases from quoted.csv.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'notes for case 1' })).toHaveValue(
      'first line\nsecond, with a comma',
    );
    await expect(page.getByRole('textbox', { name: 'country for case 2' })).toHaveValue('Japan');
    await expect(page.getByRole('columnheader', { name: /notes/ })).toContainText('not in the prompt');
    // Rows copied from a spreadsheet (tab-separated) are pasted after them.
    await page.getByRole('button', { name: 'Paste cases' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste cases' });
    await dialog.getByRole('textbox').fill('country\tnotes\nItaly\tpasted');
    await dialog.getByRole('button', { name: 'Add pasted cases' }).click();
    await expect(page.getByText('Added 1 case from the pasted rows.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'notes for case 3' })).toHaveValue('pasted');
  });

  test('a prompt edit, a rerun, and "Compare with run" shows the rows that changed', async ({ page }) => {
    await addDemoHeaders(page, { 'X-Demo-Pace': '5000' });
    await openEvaluate(page, 4);
    await addContainsExpected(page);
    await runAllToEnd(page, 12);
    await page.getByRole('button', { name: 'Chat' }).click();
    await page.getByLabel('User message 1').fill('Classify the sentiment of: {{country}}');
    await page.getByRole('button', { name: 'Evaluate' }).click();
    await runAllToEnd(page, 12);
    const compareWith = page.getByRole('combobox', { name: 'Compare with run' });
    await expect(compareWith).toBeVisible();
    const changes = page.getByRole('list', { name: 'Changes' });
    await expect(changes.getByRole('listitem').first()).toContainText('pass → fail');
    await expect(changes).toContainText('Case 1 · Pane 1');
    await expect(changes.locator('del').first()).toBeVisible();
  });

  test('the exported Python script sends exactly the requests the grid sent', async ({ page }) => {
    await addDemoHeaders(page, { 'X-Demo-Pace': '5000' });
    const sent: string[] = [];
    page.on('request', (request) => {
      if (isChatRequest(request) && new URL(request.url()).pathname.includes('/demo/'))
        sent.push(request.postData() ?? '');
    });
    await openEvaluate(page, 3);
    await runAllToEnd(page, 9);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export script' }).click(),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'yoke-eval-'));
    const script = join(dir, 'suite.py');
    await download.saveAs(script);
    const origin = new URL(page.url()).origin;
    const token = `eval-${Math.random().toString(36).slice(2)}`;
    const demoUrl = `${origin}/demo/api/ai/chat/completions`;
    const code = readFileSync(script, 'utf8');
    expect(code).toContain(demoUrl);
    writeFileSync(script, code.replaceAll(demoUrl, `${origin}/__capture/${token}/chat/completions`));
    const out = join(dir, 'out.jsonl');
    execFileSync('python3', [script, out], { stdio: 'pipe', timeout: 60_000 });
    const captured = (await (await page.request.get(`${origin}/__capture/${token}`)).json()) as Array<{
      body: string;
    }>;
    const canonical = (json: string) => JSON.stringify(JSON.parse(json));
    expect(captured.map((c) => canonical(c.body)).sort()).toEqual(sent.map(canonical).sort());
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(9);
  });

  test('the Evaluate screen has no axe violations after a run', async ({ page }) => {
    await addDemoHeaders(page, { 'X-Demo-Pace': '5000' });
    await openEvaluate(page, 3);
    await addContainsExpected(page);
    await runAllToEnd(page, 9);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).analyze();
      const found = results.violations.map((v) => ({
        id: v.id,
        nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
      }));
      expect(found, `axe violations in ${scheme}`).toEqual([]);
    }
  });
});

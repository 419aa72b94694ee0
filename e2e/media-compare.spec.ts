// Issue 13, Compare with image models on the demo: one prompt across two models side by side (each pane its own
// job, result and cost), Run all and each pane's Generate, "Same seed and aspect ratio", and a parameter-set
// comparison (one model, two seeds → two different pictures). Found by role and name, scoped to the pane.
import { expect, type Locator, type Page, test } from '@playwright/test';

const pane = (page: Page, n: number): Locator => page.getByRole('region', { name: `Pane ${n}`, exact: true });
const panes = (page: Page): Locator => page.getByRole('region', { name: /^Pane \d$/ });
const sharedPrompt = (page: Page): Locator => page.getByRole('textbox', { name: 'Prompt for every pane' });

/** Every queue submission of this page waits only a moment on the demo. */
async function quickJobs(page: Page): Promise<void> {
  await page.route('**/demo/api/ai/queue', (route) =>
    route.request().method() === 'POST'
      ? route.continue({ headers: { ...route.request().headers(), 'X-Demo-Media-Delay': '300' } })
      : route.continue(),
  );
}

async function openCompare(page: Page): Promise<void> {
  await quickJobs(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(panes(page)).toHaveCount(2);
  await expect(pane(page, 2).getByRole('heading', { name: /^Pane 2: / })).not.toContainText('No model yet');
}

async function configure(scope: Locator): Promise<Locator> {
  const button = scope.getByRole('button', { name: /^Configure pane \d$/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const settings = scope.getByRole('region', { name: /^Pane \d configuration$/ });
  await expect(settings).toBeVisible();
  return settings;
}

async function pickModel(scope: Locator, id: string): Promise<void> {
  const settings = await configure(scope);
  const picker = settings.getByRole('combobox', { name: 'Model', exact: true });
  await picker.click();
  await picker.fill(id);
  await settings
    .getByRole('listbox', { name: 'Models' })
    .getByRole('option', { name: new RegExp(id) })
    .click();
  await expect(picker).toHaveValue(id);
  await expect(settings.getByRole('region', { name: 'Parameters' })).toBeVisible();
}

async function done(scope: Locator): Promise<void> {
  await scope.getByRole('button', { name: 'Done', exact: true }).click();
}

async function setSeed(scope: Locator, value: string): Promise<void> {
  const settings = await configure(scope);
  const seed = settings.getByRole('spinbutton', { name: 'Seed', exact: true });
  await seed.fill(value);
  await expect(seed).toHaveValue(value);
}

/** The picture a pane shows, as the pixels the page decoded (a canvas copy of the blob: image). */
async function pixelsOf(image: Locator): Promise<string> {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  return image.evaluate((node) => {
    const img = node as HTMLImageElement;
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    canvas.getContext('2d')?.drawImage(img, 0, 0);
    return canvas.toDataURL('image/png');
  });
}

const resultImage = (scope: Locator, prompt: string): Locator =>
  scope.getByRole('region', { name: 'Results' }).getByRole('img', { name: prompt }).first();

test('two image models side by side: one prompt, Run all, each pane its own job, picture and cost', async ({
  page,
}) => {
  await openCompare(page);
  await pickModel(pane(page, 1), 'pixel-art-demo');
  await done(pane(page, 1));
  await pickModel(pane(page, 2), 'sketch-demo');
  await done(pane(page, 2));

  // Every pane is an image model: the shared part is one prompt, and each pane has Generate, not Run.
  await sharedPrompt(page).fill('a lighthouse at dusk');
  for (const n of [1, 2]) {
    await expect(pane(page, n).getByRole('button', { name: 'Generate', exact: true })).toBeEnabled();
    await expect(pane(page, n).getByRole('button', { name: 'Run', exact: true })).toHaveCount(0);
  }
  await expect(pane(page, 1).getByLabel('Estimated cost')).toHaveText('$0.04');
  await expect(pane(page, 2).getByLabel('Estimated cost')).toHaveText('$0.01');

  // Pane 2 has no aspect ratio: the copy says so.
  await setSeed(pane(page, 1), '7');
  await done(pane(page, 1));
  await page.getByRole('button', { name: 'Same seed and aspect ratio' }).click();
  await expect(page.getByText(/Copied seed 7 → 1 pane.*Not taken: Pane 2 has no aspect_ratio/)).toBeVisible();

  const bodies: Array<Record<string, unknown>> = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/queue')) bodies.push(r.postDataJSON());
  });
  await page.getByRole('button', { name: 'Run all' }).click();
  for (const n of [1, 2]) {
    const job = pane(page, n).getByRole('region', { name: 'Job' });
    await expect(job).toContainText(/Succeeded in/, { timeout: 20_000 });
    await pixelsOf(resultImage(pane(page, n), 'a lighthouse at dusk'));
  }
  await expect(pane(page, 1).getByRole('region', { name: 'Job' })).toContainText('$0.04');
  await expect(pane(page, 2).getByRole('region', { name: 'Job' })).toContainText('$0.01');
  // Pane 1's aspect ratio is its default, which is not sent; pane 2 has none to take.
  expect(bodies.map((b) => [b.model, b.prompt, b.seed, b.aspect_ratio]).sort()).toEqual([
    ['pixel-art-demo', 'a lighthouse at dusk', 7, undefined],
    ['sketch-demo', 'a lighthouse at dusk', 7, undefined],
  ]);

  // A second Generate in pane 1 only: its new job is shown, the first folded under "Earlier jobs (1)".
  await pane(page, 1).getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(pane(page, 1).getByText('Earlier jobs (1)')).toBeVisible();
  await expect(pane(page, 2).getByText(/Earlier jobs/)).toHaveCount(0);
});

test('a parameter set comparison: one model, two seeds, two different pictures; the same seed, the same', async ({
  page,
}) => {
  await openCompare(page);
  await pickModel(pane(page, 1), 'pixel-art-demo');
  await done(pane(page, 1));
  await pickModel(pane(page, 2), 'pixel-art-demo');
  await done(pane(page, 2));
  await sharedPrompt(page).fill('a tidy garden');
  await setSeed(pane(page, 1), '11');
  await done(pane(page, 1));
  await setSeed(pane(page, 2), '12');
  await done(pane(page, 2));

  for (const n of [1, 2]) await pane(page, n).getByRole('button', { name: 'Generate', exact: true }).click();
  const first = await pixelsOf(resultImage(pane(page, 1), 'a tidy garden'));
  const second = await pixelsOf(resultImage(pane(page, 2), 'a tidy garden'));
  expect(first).not.toBe(second);

  // The same seed in both (copied from pane 1) draws the same picture.
  await page.getByRole('button', { name: 'Same seed and aspect ratio' }).click();
  await expect(page.getByText('Copied seed 11 → 1 pane, aspect_ratio 1:1 → 1 pane.')).toBeVisible();
  await page.getByRole('button', { name: 'Run all' }).click();
  await expect(pane(page, 2).getByText('Earlier jobs (1)')).toBeVisible();
  await expect(pane(page, 2).getByRole('region', { name: 'Job' }).first()).toContainText(/Succeeded in/, {
    timeout: 20_000,
  });
  await expect(pane(page, 1).getByRole('region', { name: 'Job' }).first()).toContainText(/Succeeded in/, {
    timeout: 20_000,
  });
  const again = await pixelsOf(resultImage(pane(page, 2), 'a tidy garden'));
  expect(again).toBe(first);
});

test('three media panes, screenshots at 1440 and 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openCompare(page);
  await page.getByRole('button', { name: 'Add pane' }).click();
  await expect(panes(page)).toHaveCount(3);
  for (const [n, id] of [
    [1, 'pixel-art-demo'],
    [2, 'sketch-demo'],
    [3, 'clip-demo'],
  ] as const) {
    await pickModel(pane(page, n), id);
    await done(pane(page, n));
  }
  await sharedPrompt(page).fill('a paper boat on a pond');
  await page.getByRole('button', { name: 'Run all' }).click();
  for (const n of [1, 2, 3])
    await expect(pane(page, n).getByRole('region', { name: 'Job' })).toContainText(/Succeeded in/, {
      timeout: 30_000,
    });
  await page.screenshot({ path: 'test-results/media-compare-1440.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(pane(page, 1)).toBeVisible();
  await page.screenshot({ path: 'test-results/media-compare-390.png', fullPage: true });
});

const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

test('the model list filters by kind, and a reference image is uploaded, previewed, sent and cleared', async ({
  page,
}) => {
  await openCompare(page);
  const settings = await configure(pane(page, 1));
  await settings.getByRole('combobox', { name: 'Model kind' }).selectOption('image');
  const picker = settings.getByRole('combobox', { name: 'Model', exact: true });
  await picker.click();
  const options = settings.getByRole('listbox', { name: 'Models' }).getByRole('option');
  await expect(options.filter({ hasText: 'pixel-art-demo' })).toHaveCount(1);
  await expect(options.filter({ hasText: 'clip-demo' })).toHaveCount(0);
  for (const text of await options.allTextContents()) expect(text).toMatch(/Image$/);
  await page.keyboard.press('Escape');
  await pickModel(pane(page, 1), 'pixel-art-demo');

  await settings.getByRole('region', { name: 'Parameters' }).getByText('Advanced', { exact: true }).click();
  await settings.getByLabel('Upload Reference image').setInputFiles({
    name: 'ref.png',
    mimeType: 'image/png',
    buffer: Buffer.from(ONE_PIXEL_PNG, 'base64'),
  });
  const preview = settings.getByRole('img', { name: 'Reference image preview' });
  await expect.poll(() => preview.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
  await expect(settings.getByRole('textbox', { name: 'Reference image' })).toHaveValue(
    `data:image/png;base64,${ONE_PIXEL_PNG}`,
  );
  await done(pane(page, 1));
  await pickModel(pane(page, 2), 'sketch-demo');
  await done(pane(page, 2));
  await sharedPrompt(page).fill('a palette test');
  const [submission] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/queue')),
    pane(page, 1).getByRole('button', { name: 'Generate', exact: true }).click(),
  ]);
  expect(submission.postDataJSON()).toMatchObject({
    model: 'pixel-art-demo',
    prompt: 'a palette test',
    image_url: `data:image/png;base64,${ONE_PIXEL_PNG}`,
  });

  const again = await configure(pane(page, 1));
  // The settings were closed, and their Advanced group with them.
  await again
    .getByRole('region', { name: 'Parameters' })
    .getByText(/^Advanced/)
    .click();
  await again.getByRole('button', { name: 'Clear Reference image' }).click();
  await expect(again.getByRole('textbox', { name: 'Reference image' })).toHaveValue('');
  await expect(again.getByRole('img', { name: 'Reference image preview' })).toHaveCount(0);
});

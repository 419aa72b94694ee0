// Issue 13, image and video models on the demo: Generate submits to the queue, the job is followed to its end
// and its results shown; Cancel, failures (a parameter the model rejects later, a failing job), a reload in the
// middle of a job, an expired result link and a video. Everything is found by role and name.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { openWorkbench, pickModel } from './helpers';

const QUEUE_URL = '**/demo/api/ai/queue';

/** Adds headers to this page's queue submissions: the demo's per-job delay and its fault hooks. */
async function addQueueHeaders(page: Page, headers: Record<string, string>): Promise<void> {
  await page.route(QUEUE_URL, (route) =>
    route.request().method() === 'POST'
      ? route.continue({ headers: { ...route.request().headers(), ...headers } })
      : route.continue(),
  );
}

const job = (page: Page): Locator => page.getByRole('region', { name: 'Job' });
const results = (page: Page): Locator => page.getByRole('region', { name: 'Results' });
const generate = (page: Page): Locator => page.getByRole('button', { name: 'Generate', exact: true });
const promptBox = (page: Page): Locator => page.getByRole('textbox', { name: /^Prompt/ });

async function openImageModel(page: Page, name = 'Pixel Art (demo)', search = 'pixel'): Promise<void> {
  await openWorkbench(page);
  await pickModel(page, name, search);
  await expect(generate(page)).toBeVisible();
}

async function expectShownImage(image: Locator): Promise<void> {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
}

test('an image model: the cost before, Generate, the job, the picture with its prompt as alt text', async ({
  page,
}) => {
  await addQueueHeaders(page, { 'X-Demo-Media-Delay': '600' });
  await openImageModel(page);
  await expect(generate(page)).toBeDisabled();
  await expect(page.getByText('Write a prompt first')).toBeVisible();
  await promptBox(page).fill('a red fox in the snow');
  await expect(page.getByLabel('Estimated cost')).toHaveText('$0.04');
  await expect(generate(page)).toBeEnabled();

  const [submission] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/queue')),
    generate(page).click(),
  ]);
  expect(submission.postDataJSON()).toMatchObject({
    model: 'pixel-art-demo',
    prompt: 'a red fox in the snow',
  });
  await expect(job(page)).toHaveCount(1);
  await expect(job(page)).toContainText(/Queued|Processing|Succeeded/);
  await expect(job(page)).toContainText(/Succeeded in/, { timeout: 15_000 });
  await expectShownImage(results(page).getByRole('img', { name: 'a red fox in the snow' }));
  await expect(results(page).getByRole('button', { name: 'Download' })).toBeVisible();
  await expect(results(page).getByRole('button', { name: 'Copy URL' })).toBeVisible();

  // Zoom opens the full-size picture in a dialog.
  await results(page).getByRole('button', { name: 'Zoom' }).click();
  const zoom = page.getByRole('dialog', { name: 'a red fox in the snow' });
  await expectShownImage(zoom.getByRole('img', { name: 'a red fox in the snow' }));
  await zoom.getByRole('button', { name: 'Close' }).click();
  await expect(zoom).toBeHidden();

  // Download saves the picture under a name made from the prompt.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    results(page).getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('a-red-fox-in-the-snow.png');
});

test('Cancel job stops a slow job and says so', async ({ page }) => {
  await addQueueHeaders(page, { 'X-Demo-Media-Delay': '60000' });
  await openImageModel(page);
  await promptBox(page).fill('a slow lighthouse');
  await generate(page).click();
  await expect(job(page)).toContainText(/Queued|Processing/);
  await job(page).getByRole('button', { name: 'Cancel job' }).click();
  await expect(job(page)).toContainText('Cancelled');
  await expect(job(page).getByRole('button', { name: 'Cancel job' })).toHaveCount(0);
});

test('a parameter the model rejects later fails the job with its message', async ({ page }) => {
  await addQueueHeaders(page, { 'X-Demo-Media-Delay': '300' });
  await openImageModel(page);
  await promptBox(page).fill('a wide harbour');
  await page.getByLabel(/^aspect[_ ]ratio/i).selectOption('21:9');
  await generate(page).click();
  await expect(job(page)).toContainText(
    'invalid_params: aspect_ratio 21:9 is not supported by pixel-art-demo at this resolution',
    { timeout: 15_000 },
  );
  await expect(job(page)).toContainText(/Failed/);
  await expect(results(page)).toHaveCount(0);
});

test('a job the server fails shows its error message', async ({ page }) => {
  await addQueueHeaders(page, { 'X-Demo-Media-Delay': '300', 'X-Demo-Fault': 'media-failed' });
  await openImageModel(page);
  await promptBox(page).fill('a doomed painting');
  await generate(page).click();
  await expect(job(page)).toContainText('unknown_error: the demo was asked to fail this job', {
    timeout: 15_000,
  });
});

test('a reload in the middle of a job resumes it: the job finishes after the reload', async ({ page }) => {
  await addQueueHeaders(page, { 'X-Demo-Media-Delay': '6000' });
  await openImageModel(page);
  await promptBox(page).fill('a patient owl');
  await generate(page).click();
  await expect(job(page)).toContainText(/Queued|Processing/);
  await page.reload();
  await expect(job(page)).toHaveCount(1);
  await expect(job(page)).toContainText(/Queued|Processing/);
  await expect(job(page)).toContainText(/Succeeded in/, { timeout: 20_000 });
  await expectShownImage(results(page).getByRole('img', { name: 'a patient owl' }));
});

test('an expired result link says so instead of a broken image', async ({ page }) => {
  await addQueueHeaders(page, { 'X-Demo-Media-Delay': '300', 'X-Demo-Fault': 'media-expired' });
  await openImageModel(page);
  await promptBox(page).fill('a fading photograph');
  await generate(page).click();
  await expect(results(page)).toContainText(
    'This result link has expired — generate again to get a new one.',
    { timeout: 15_000 },
  );
  await expect(results(page).getByRole('img')).toHaveCount(0);
});

test('a video model: the clip is shown (the demo makes an animated image)', async ({ page }) => {
  await addQueueHeaders(page, { 'X-Demo-Media-Delay': '500' });
  await openImageModel(page, 'Clip (demo)', 'clip');
  await promptBox(page).fill('waves on a beach');
  await expect(page.getByLabel('Estimated cost')).toHaveText('$0.50');
  await generate(page).click();
  await expect(job(page)).toContainText(/Succeeded in/, { timeout: 15_000 });
  await expectShownImage(results(page).getByRole('img', { name: 'waves on a beach' }));
  await expect(results(page)).toContainText('Animated image');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the generation layout has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await addQueueHeaders(page, { 'X-Demo-Media-Delay': '300' });
    await openImageModel(page);
    await promptBox(page).fill('a quiet garden');
    await generate(page).click();
    await expectShownImage(results(page).getByRole('img', { name: 'a quiet garden' }));
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
      [],
    );
  });
}

// Issue 13: a chat model that draws answers with text and a picture in the message; the picture is shown inline
// after the text (from the answer's data: URL), can be downloaded, and a reload keeps it with the run.
import { expect, type Locator, test } from '@playwright/test';
import { openWorkbench, pickModel, responseRegion, runAndCapture, runButton, runStatus } from './helpers';

const naturalWidth = (image: Locator) => image.evaluate((img) => (img as HTMLImageElement).naturalWidth);

test('image-chat-demo answers with an image shown inline, downloadable, and kept across a reload', async ({
  page,
}) => {
  await openWorkbench(page);
  await pickModel(page, 'Image Chat (demo)', 'image chat');
  await page.getByLabel('User message 1').fill('Draw a lighthouse at dusk');
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done');

  const region = responseRegion(page);
  const image = region.getByRole('img', { name: 'Image 1 from the answer' });
  await expect(image).toBeVisible();
  await expect.poll(() => naturalWidth(image)).toBe(256);
  expect(await image.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  // The text comes first, then the picture.
  expect(((await region.textContent()) ?? '').trim().length).toBeGreaterThan(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    region.getByRole('button', { name: 'Download image 1' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('answer-image-1.png');

  await page.reload();
  const kept = responseRegion(page).getByRole('img', { name: 'Image 1 from the answer' });
  await expect(kept).toBeVisible();
  await expect.poll(() => naturalWidth(kept)).toBe(256);
});

test('the streamed and the one-shot answer show the same picture', async ({ page }) => {
  await openWorkbench(page);
  await pickModel(page, 'Image Chat (demo)', 'image chat');
  await page.getByLabel('User message 1').fill('Draw a red kite');
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done');
  const image = responseRegion(page).getByRole('img', { name: 'Image 1 from the answer' });
  const streamed = await image.getAttribute('src');
  await page.getByRole('switch', { name: 'Stream' }).uncheck();
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done');
  await expect(image).toHaveAttribute('src', streamed ?? '');
  await expect.poll(() => naturalWidth(image)).toBeGreaterThan(0);
});

test('a kept answer shows its picture in the transcript, and the next turn sends the text alone', async ({
  page,
}) => {
  await openWorkbench(page);
  await pickModel(page, 'Image Chat (demo)', 'image chat');
  await page.getByLabel('User message 1').fill('Draw a sailing boat');
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText('Done');
  await page.getByRole('button', { name: 'Append to conversation' }).click();

  const turn = page.getByRole('article', { name: 'Message 2, assistant' });
  const drawn = turn.getByRole('img', { name: 'Image 1 of message 2' });
  await expect(drawn).toBeVisible();
  await expect.poll(() => naturalWidth(drawn)).toBe(256);

  await page.getByLabel('User message 3').fill('Now add a moon');
  const body = await runAndCapture(page);
  const messages = body.messages as Array<{ role: string; content: unknown }>;
  expect(messages[1]?.role).toBe('assistant');
  expect(typeof messages[1]?.content).toBe('string');
  expect(String(messages[1]?.content)).not.toContain('data:');
});

// Issue 10, "Code that fits": a long prompt or an uploaded image once made the page tens of thousands of pixels
// wide and pushed Copy off-screen. The code box scrolls (or wraps) inside itself, folds long data URLs in what
// it shows, and Copy still copies the whole snippet.
import { deflateSync } from 'node:zlib';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { openWorkbench, pickModel } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** 2,200 characters on one line of the snippet. */
const LONG_PROMPT = 'Summarise the attached quarterly report in plain words. '.repeat(40).slice(0, 2200);

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real 224×224 RGB PNG of noise, stored uncompressed: ~150 KB, as a photo upload might be. */
function noisePng(side = 224): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = Buffer.alloc(side * (side * 3 + 1));
  let seed = 1;
  for (let i = 0; i < rows.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    rows[i] = i % (side * 3 + 1) === 0 ? 0 : seed >>> 24; // each row starts with filter type 0
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows, { level: 0 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const codeRegion = (page: Page): Locator => page.getByRole('region', { name: 'Code' });
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The document is no wider than the viewport (`scrollWidth` counts any overflow, the header's included). */
async function expectPageFits(page: Page): Promise<void> {
  const { width } = page.viewportSize() ?? { width: 0 };
  expect(await pageWidth(page)).toBeLessThanOrEqual(width);
}

/** Copy is on screen: inside the viewport both ways, and inside the code box's visible part. */
async function expectCopyInView(page: Page): Promise<void> {
  const copy = codeRegion(page).getByRole('button', { name: 'Copy' });
  await expect(copy).toBeInViewport({ ratio: 1 });
  const box = await copy.boundingBox();
  const region = await codeRegion(page).boundingBox();
  const viewport = page.viewportSize();
  if (!box || !region || !viewport) throw new Error('no layout');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(Math.min(viewport.width, region.x + region.width));
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

const overflow = (region: Locator) =>
  region.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
    scrollHeight: el.scrollHeight,
    clientHeight: el.clientHeight,
  }));

async function copiedSnippet(page: Page): Promise<string> {
  await codeRegion(page).getByRole('button', { name: 'Copy' }).click();
  await expect(codeRegion(page).getByText('Copied')).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

async function openApiTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'API' }).click();
  await codeRegion(page).scrollIntoViewIfNeeded();
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('a 2,200-character prompt scrolls inside the box, wraps on request, and Copy stays in view', async ({
      page,
    }) => {
      await openWorkbench(page, '/?model=claude-sonnet-4-20250514');
      await expectPageFits(page);
      await page.getByLabel('User message 1').fill(LONG_PROMPT);
      await openApiTab(page);
      const region = codeRegion(page);
      await expect(region).toContainText(LONG_PROMPT.slice(0, 200));

      await expectPageFits(page);
      await expectCopyInView(page);
      const wide = await overflow(region);
      expect(wide.scrollWidth).toBeGreaterThan(wide.clientWidth + 1000);

      // The region is reached by Tab and scrolled by the keyboard, with a visible focus ring.
      await page.getByRole('checkbox', { name: 'Compact body' }).focus();
      await page.keyboard.press('Tab');
      await expect(region).toBeFocused();
      expect(await region.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
      await page.keyboard.press('End');
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      // Scrolled to the far right, Copy is still in the box's corner.
      await region.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
      });
      await expectCopyInView(page);
      await expectPageFits(page);

      const wrap = region.getByRole('switch', { name: 'Wrap lines' });
      await expect(wrap).not.toBeChecked();
      await wrap.check();
      await expect
        .poll(async () => (await overflow(region)).scrollWidth)
        .toBeLessThanOrEqual(wide.clientWidth);
      await expect(region).toContainText(LONG_PROMPT.slice(-200));
      await expectCopyInView(page);
      expect(await copiedSnippet(page)).toContain(LONG_PROMPT);

      // The choice is remembered.
      await page.reload();
      await openApiTab(page);
      await expect(codeRegion(page).getByRole('switch', { name: 'Wrap lines' })).toBeChecked();
      await expectPageFits(page);
    });

    test('a 150 KB uploaded image is folded on screen and copied whole', async ({ page }) => {
      const png = noisePng();
      expect(png.length).toBeGreaterThan(145 * 1024);
      const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
      await openWorkbench(page);
      await expectPageFits(page);
      await pickModel(page, 'Vision (demo)', 'vision');
      await page.getByLabel('User message 1').fill('What is in this picture?');
      await page
        .getByLabel('Upload image for message 1')
        .setInputFiles({ name: 'noise.png', mimeType: 'image/png', buffer: png });
      await expect(page.getByRole('img', { name: 'Attachment 1 of message 1' })).toBeVisible();
      await openApiTab(page);
      const region = codeRegion(page);

      // Shown folded: the head of the URL and how much was left out.
      await expect(region.locator('code')).toContainText(
        /"data:image\/png;base64,iVBORw0KGgo\w…\(19\d KB folded\)"/,
      );
      expect(await region.locator('code').textContent()).not.toContain(dataUrl);
      await expectPageFits(page);
      await expectCopyInView(page);

      // Copied whole, in every language.
      expect(await copiedSnippet(page)).toContain(dataUrl);
      for (const label of ['Python', 'JavaScript', 'TypeScript (OpenAI SDK)']) {
        await page.getByLabel('Language').selectOption({ label });
        await expect(region.locator('code')).toContainText('KB folded)');
        expect(await copiedSnippet(page)).toContain(dataUrl);
      }
      await expectPageFits(page);

      // Shown in full on request: one 200,000-character line that scrolls inside the box...
      await region.getByRole('button', { name: 'Show in full' }).click();
      await expect(region.locator('code')).toContainText(dataUrl);
      const full = await overflow(region);
      expect(full.scrollWidth).toBeGreaterThan(full.clientWidth * 10);
      await expectPageFits(page);
      await expectCopyInView(page);
      // ...or, wrapped, scrolls down instead, within a box no taller than the viewport.
      await region.getByRole('switch', { name: 'Wrap lines' }).check();
      await expect
        .poll(async () => (await overflow(region)).scrollWidth)
        .toBeLessThanOrEqual(full.clientWidth);
      const wrapped = await overflow(region);
      expect(wrapped.scrollHeight).toBeGreaterThan(wrapped.clientHeight * 2);
      expect(wrapped.clientHeight).toBeLessThan(viewport.height);
      await region.evaluate((el) => {
        el.scrollTop = el.scrollHeight;
      });
      await expectCopyInView(page);
      expect(await copiedSnippet(page)).toContain(dataUrl);
      await expectPageFits(page);
      await page.screenshot({ path: test.info().outputPath(`code-fits-${viewport.name}.png`) });
    });
  });
}

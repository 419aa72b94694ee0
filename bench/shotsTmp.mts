import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { startServer } from './server';
const server = await startServer(process.cwd());
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
const wb = JSON.stringify({ state: { conversation: { system: '', turns: [{ role: 'user', text: 'What is the capital of {{country}}?', images: [] }] }, stream: true, view: 'evaluate', panes: [
  { id: 'p1', modelId: 'claude-sonnet-4-20250514', paramsByModel: {}, systemOverride: null },
  { id: 'p2', modelId: 'plain-demo', paramsByModel: {}, systemOverride: null },
  { id: 'p3', modelId: 'fast-demo', paramsByModel: {}, systemOverride: null }], variables: {} }, version: 3 });
const csv = 'country,expected\nFrance,Paris\nJapan,Tokyo\nKenya,Nairobi\nPeru,Lima\nItaly,Rome\nSpain,Madrid\n';
for (const [name, opts] of [['light', { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }], ['dark', { viewport: { width: 1440, height: 900 }, colorScheme: 'dark' }], ['phone', { viewport: { width: 390, height: 844 }, colorScheme: 'light' }]] as const) {
  const context = await browser.newContext(opts);
  await context.addInitScript((v) => { if (!sessionStorage.getItem('s')) { localStorage.setItem('yoke.workbench', v); sessionStorage.setItem('s', '1'); } }, wb);
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  const imp = page.getByRole('button', { name: 'Import cases' });
  await imp.waitFor();
  const fc = page.waitForEvent('filechooser'); await imp.click();
  await (await fc).setFiles({ name: 'c.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Add check' }).click();
  const type = page.getByRole('combobox', { name: 'Check type' }).first();
  await type.selectOption('equals-expected').catch(() => {});
  await page.getByRole('button', { name: 'Run all cases' }).click();
  await page.waitForTimeout(6000);
  await page.screenshot({ path: `/tmp/eval-${name}.png`, fullPage: false });
  await context.close();
}
await browser.close(); await server.stop();

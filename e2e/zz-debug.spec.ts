import { test } from '@playwright/test';

test('dbg', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Run', exact: true }).waitFor();
  const info = await page.getByRole('button', { name: 'Run', exact: true }).evaluate((el) => {
    const out: string[] = [
      `rect ${JSON.stringify(el.getBoundingClientRect())} inner ${innerHeight} doc ${document.documentElement.scrollHeight}`,
    ];
    for (let n = el.parentElement; n; n = n.parentElement) {
      const cs = getComputedStyle(n);
      out.push(
        `${n.tagName}.${n.className.toString().slice(0, 60)} pos=${cs.position} ov=${cs.overflow} h=${n.getBoundingClientRect().height}`,
      );
    }
    return out.join('\n');
  });
  console.log(info);
  await page.screenshot({ path: '/tmp/dbg390.png' });
});

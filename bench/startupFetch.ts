import type { Browser } from 'playwright-core';

/** The scripts a cold load of the app requests until the network goes quiet: lazy chunks prefetched at
 * startup show up here even though they are not in index.html. */
export async function scriptsFetchedAtStartup(browser: Browser, origin: string): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    return scripts;
  } finally {
    await context.close();
  }
}

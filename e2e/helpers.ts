// Shared steps of the end-to-end specs. Everything is found by role and accessible name, the way a user (or a
// screen reader) finds it, so a test failing here usually means a control lost its name or its behaviour.
import { expect, type Locator, type Page, type Request } from '@playwright/test';

export const DEMO_CHAT_URL = '**/demo/api/ai/chat/completions';
/** The key the stand-in Oxen upstream accepts (see playwright.config.ts). */
export const UPSTREAM_KEY = 'stand-in-upstream-key';

/** A 1×1 transparent PNG, small enough to inline as a data URL. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export type JsonBody = Record<string, unknown>;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const modelCard = (page: Page): Locator => page.getByRole('region', { name: 'Model card' });
export const responseRegion = (page: Page): Locator => page.getByRole('region', { name: 'Response' });
export const runButton = (page: Page): Locator => page.getByRole('button', { name: 'Run', exact: true });
export const stopButton = (page: Page): Locator => page.getByRole('button', { name: 'Stop', exact: true });
export const modelPicker = (page: Page): Locator =>
  page.getByRole('combobox', { name: 'Model', exact: true });

/** The run's status line (Generating…, Done, Failed, Stopped). */
export const runStatus = (page: Page): Locator =>
  page.getByRole('status').filter({ hasText: /^(Generating…|Done|Failed|Stopped)$/ });

/** Opens the app and waits until a model is shown, i.e. the catalogue and the model details have loaded. */
export async function openWorkbench(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(modelCard(page).getByRole('heading')).toBeVisible();
}

/** Searches the model picker for `search` (the name by default) and picks the option named `name`. */
export async function pickModel(page: Page, name: string, search = name): Promise<void> {
  const picker = modelPicker(page);
  await picker.click();
  await picker.fill(search);
  await page
    .getByRole('listbox', { name: 'Models' })
    .getByRole('option', { name: new RegExp(`^${escapeRegExp(name)}`) })
    .click();
  await expect(modelCard(page).getByRole('heading', { name, exact: true })).toBeVisible();
}

export function isChatRequest(request: Request): boolean {
  return request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/chat/completions');
}

/** Runs `action` and returns the chat-completions request it made. */
export async function captureChatRequest(page: Page, action: () => Promise<void>): Promise<Request> {
  const [request] = await Promise.all([page.waitForRequest(isChatRequest), action()]);
  return request;
}

/** Runs `action` and returns the JSON body of the chat-completions request the browser sent. */
export async function lastRequestBody(page: Page, action: () => Promise<void>): Promise<JsonBody> {
  const request = await captureChatRequest(page, action);
  return request.postDataJSON() as JsonBody;
}

/** Presses Run and returns the body it sent. */
export function runAndCapture(page: Page): Promise<JsonBody> {
  return lastRequestBody(page, () => runButton(page).click());
}

/** Adds headers to every demo chat request of this page: pace and fault injection for the demo server. */
export async function addDemoHeaders(page: Page, headers: Record<string, string>): Promise<void> {
  await page.route(DEMO_CHAT_URL, (route) =>
    route.continue({ headers: { ...route.request().headers(), ...headers } }),
  );
}

/** The value shown for one metric ("Finish reason", "Tokens", ...). */
export function metric(page: Page, label: string): Locator {
  return page
    .getByTitle('Metrics')
    .locator('div')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
    .getByRole('definition');
}

export async function openSettings(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

export interface ProviderChoice {
  provider?: 'Demo' | 'Oxen.ai' | 'OpenAI-compatible';
  apiKey?: string;
  remember?: boolean;
}

/**
 * Starts recording each distinct text the Response region shows while it is busy (a run in progress), and
 * returns a function reading the record. Recorded in the page, so a slow test runner cannot miss the
 * intermediate states the way polling could on a loaded machine.
 */
export async function recordResponseWhileBusy(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { busyTexts: string[] }).busyTexts = seen;
    new MutationObserver(() => {
      const region = document.querySelector('section[aria-label="Response"]');
      const text = region?.textContent ?? '';
      if (region?.getAttribute('aria-busy') === 'true' && text !== '' && seen.at(-1) !== text)
        seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { busyTexts: string[] }).busyTexts);
}

/** Opens Settings, applies the given choices and saves. */
export async function saveSettings(page: Page, choice: ProviderChoice): Promise<void> {
  const dialog = await openSettings(page);
  if (choice.provider) await dialog.getByLabel('Provider').selectOption({ label: choice.provider });
  if (choice.apiKey !== undefined) await dialog.getByLabel('API key', { exact: true }).fill(choice.apiKey);
  if (choice.remember !== undefined) await dialog.getByLabel('Remember API key').setChecked(choice.remember);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

/** The raw text of a localStorage entry, or null. */
export function storedItem(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => window.localStorage.getItem(k), key);
}

/** The text of the `index`-th message of a request body (string content or the text part). */
export function messageText(body: JsonBody, index: number): string {
  const messages = body.messages as Array<{ content: unknown }>;
  const content = messages[index]?.content;
  if (typeof content === 'string') return content;
  const part = (content as Array<{ type: string; text?: string }>).find((p) => p.type === 'text');
  return part?.text ?? '';
}

/** The "Tools" region (the chat side panel's, or the one inside `scope`). */
export const toolsRegion = (scope: Page | Locator): Locator => scope.getByRole('region', { name: 'Tools' });

/** Adds a tool from a starter template ("get_weather example", "Empty tool") in the Tools region of `scope`. */
export async function addToolFromTemplate(
  scope: Page | Locator,
  template = 'get_weather example',
): Promise<void> {
  const tools = toolsRegion(scope);
  await tools.getByRole('button', { name: 'Add tool' }).click();
  await tools.getByRole('button', { name: template }).click();
}

/** The card of a streamed tool call ("Tool call: get_weather"), in the page or a pane. */
export const toolCallCard = (scope: Page | Locator, name: string): Locator =>
  scope.getByRole('region', { name: `tool call: ${name}` });

interface WireMessage {
  role: string;
  content: unknown;
  tool_calls?: Array<{ id: string; type: string; function: { name: string; arguments: string } }>;
  tool_call_id?: string;
}

/** The messages of a request body. */
export function messagesOf(body: JsonBody): WireMessage[] {
  return body.messages as WireMessage[];
}

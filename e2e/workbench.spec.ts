// Issue 2, the five user steps on the Demo provider: pick a model, tune its parameters, write a conversation
// (with images for a vision model), run it and read the answer and its metrics.
import { expect, test } from '@playwright/test';
import {
  addDemoHeaders,
  captureChatRequest,
  type JsonBody,
  lastRequestBody,
  metric,
  modelCard,
  modelPicker,
  openSettings,
  openWorkbench,
  pickModel,
  recordResponseWhileBusy,
  responseRegion,
  runAndCapture,
  runButton,
  runStatus,
  storedItem,
  TINY_PNG,
} from './helpers';

test('opens on the Demo provider with no API key and is ready to run', async ({ page }) => {
  await openWorkbench(page);
  expect(await storedItem(page, 'yoke.settings')).toBeNull();
  await expect(page.getByText('Provider: Demo')).toBeVisible();
  await expect(runButton(page)).toBeEnabled();

  const dialog = await openSettings(page);
  await expect(dialog.getByLabel('Provider')).toHaveValue('demo');
  await expect(dialog.getByLabel('API key', { exact: true })).toHaveValue('');
  await expect(dialog.getByLabel('API key', { exact: true })).toHaveAttribute('type', 'password');
  await expect(dialog.getByLabel('Remember API key')).not.toBeChecked();
});

test('searches the model picker and shows the model card', async ({ page }) => {
  await openWorkbench(page);

  const picker = modelPicker(page);
  await picker.click();
  await picker.fill('structured');
  // One catalogue match, then the typed text offered as an id of its own (for servers whose list is partial).
  await expect(page.getByRole('listbox', { name: 'Models' }).getByRole('option')).toHaveText([
    /^Structured \(demo\)/,
    'Use model id structured',
  ]);
  await page.getByRole('option', { name: /^Structured \(demo\)/ }).click();
  await expect(modelCard(page).getByRole('heading', { name: 'Structured (demo)' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]model=structured-demo(&|$)/);

  // Keyboard: type, then Enter picks the first match.
  await picker.click();
  await picker.fill('sonnet');
  await expect(page.getByRole('option', { name: /^Claude Sonnet 4 \(demo\)/ })).toBeVisible();
  await picker.press('Enter');
  const card = modelCard(page);
  await expect(card.getByRole('heading', { name: 'Claude Sonnet 4 (demo)' })).toBeVisible();
  await expect(card).toContainText('claude-sonnet-4-20250514');
  await expect(card).toContainText('by Anthropic');
  await expect(card).toContainText(/Modalities\s*text, image → text/);
  await expect(card).toContainText(/Price \/ 1M tokens\s*\$3\.00 in · \$15\.00 out/);
  await expect(card).toContainText(/Context\s*200,000 tokens/);
});

test('renders the schema as a form and sends only changed or explicitly set parameters', async ({ page }) => {
  await openWorkbench(page, '/?model=claude-sonnet-4-20250514');
  const temperature = page.getByLabel('Temperature', { exact: true });
  await expect(temperature).toHaveAttribute('type', 'number');
  await expect(temperature).toHaveAttribute('min', '0');
  await expect(temperature).toHaveAttribute('max', '1');
  await expect(temperature).toHaveValue('1');
  await expect(page.getByLabel('Temperature slider')).toHaveValue('1');
  await expect(page.getByLabel('Max tokens', { exact: true })).toHaveValue('1024');
  const willSend = page.getByText(/^Will send:/);
  await expect(willSend).toHaveText('Will send: only defaults (nothing extra)');

  await page.getByLabel('User message 1').fill('Hello there');
  let body = await runAndCapture(page);
  expect(Object.keys(body)).toEqual(['model', 'messages', 'stream', 'stream_options']);
  await expect(runStatus(page)).toHaveText('Done');

  await temperature.fill('0.3');
  await expect(willSend).toHaveText('Will send: temperature');
  await expect(page.getByLabel('Temperature slider')).toHaveValue('0.3');
  // Setting a parameter to its default by hand is a choice too: it is sent.
  const maxTokens = page.getByLabel('Max tokens', { exact: true });
  await maxTokens.fill('512');
  await maxTokens.fill('1024');
  await expect(willSend).toHaveText('Will send: temperature, max_tokens');
  body = await runAndCapture(page);
  expect(body).toEqual({
    model: 'claude-sonnet-4-20250514',
    messages: [{ role: 'user', content: 'Hello there' }],
    temperature: 0.3,
    max_tokens: 1024,
    stream: true,
    stream_options: { include_usage: true },
  });
  await expect(runStatus(page)).toHaveText('Done');

  await page.getByRole('button', { name: 'Reset Temperature' }).click();
  await expect(temperature).toHaveValue('1');
  await expect(willSend).toHaveText('Will send: max_tokens');
  await page.getByRole('button', { name: 'Reset Max tokens' }).click();
  await expect(willSend).toHaveText('Will send: only defaults (nothing extra)');
  body = await runAndCapture(page);
  expect(Object.keys(body)).toEqual(['model', 'messages', 'stream', 'stream_options']);
});

test('edits the conversation: system prompt, add, edit, delete, reorder and switch role', async ({
  page,
}) => {
  await openWorkbench(page);
  await page.getByLabel('System prompt').fill('You are terse.');
  await page.getByLabel('User message 1').fill('First question');
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByLabel('Assistant message 2').fill('First answer');
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByLabel('User message 3').fill('Second question');
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByLabel('Assistant message 4').fill('Scratch');

  // Edit, delete, move and switch role. Earlier turns are rendered in the transcript (issue 10): their textbox
  // opens with their Edit button; the last turn is the composer, always a textbox.
  await expect(page.getByLabel('User message 1')).toHaveCount(0);
  await page.getByRole('button', { name: 'Edit message 1' }).click();
  await page.getByLabel('User message 1').fill('First question, edited');
  await page.getByRole('button', { name: 'Delete message 4' }).click();
  await expect(page.getByLabel('Assistant message 4')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Move message 1 up' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move message 3 down' })).toBeDisabled();
  await page.getByRole('button', { name: 'Move message 3 up' }).click();
  await expect(page.getByRole('article', { name: 'Message 2, user' })).toContainText('Second question');
  await expect(page.getByLabel('Assistant message 3')).toHaveValue('First answer');
  await page.getByLabel('Role of message 3').selectOption('user');
  await expect(page.getByLabel('User message 3')).toHaveValue('First answer');
  await page.getByRole('button', { name: 'Move message 1 down' }).click();
  await expect(page.getByRole('article', { name: 'Message 1, user' })).toContainText('Second question');

  const body = await runAndCapture(page);
  expect(body.messages).toEqual([
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: 'Second question' },
    { role: 'user', content: 'First question, edited' },
    { role: 'user', content: 'First answer' },
  ]);
  await expect(runStatus(page)).toHaveText('Done');
});

test('attaches images to a vision model by URL and by upload', async ({ page }) => {
  // The picture by URL is served locally so the thumbnail does not depend on the internet. The page fetches a
  // remote preview as data (its CSP allows no remote images), so the image host must allow that (CORS).
  await page.route('https://images.example.test/**', (route) =>
    route.fulfill({
      contentType: 'image/png',
      body: TINY_PNG,
      headers: { 'access-control-allow-origin': '*' },
    }),
  );
  await openWorkbench(page);
  await pickModel(page, 'Vision (demo)', 'vision');
  await page.getByLabel('User message 1').fill('What is in these pictures?');

  // One attach control instead of a URL row under every turn (issue 10): the URL field opens from it.
  await page.getByRole('button', { name: 'Attach image by URL to message 1' }).click();
  await page.getByLabel('Image URL for message 1').fill('https://images.example.test/cat.png');
  await page.getByRole('button', { name: 'Add image URL to message 1' }).click();
  await expect(page.getByRole('img', { name: 'Attachment 1 of message 1' })).toBeVisible();
  await page
    .getByLabel('Upload image for message 1')
    .setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: TINY_PNG });
  await expect(page.getByRole('img', { name: 'Attachment 2 of message 1' })).toBeVisible();

  // The API tab shows the request that Run will send.
  await page.getByRole('tab', { name: 'API' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('https://images.example.test/cat.png');
  await expect(page.getByRole('tabpanel')).toContainText('data:image/png;base64,');
  await page.getByRole('tab', { name: 'Chat' }).click();

  const body = await runAndCapture(page);
  expect(body.model).toBe('vision-demo');
  expect(body.messages).toEqual([
    {
      role: 'user',
      content: [
        { type: 'text', text: 'What is in these pictures?' },
        { type: 'image_url', image_url: { url: 'https://images.example.test/cat.png' } },
        { type: 'image_url', image_url: { url: `data:image/png;base64,${TINY_PNG.toString('base64')}` } },
      ],
    },
  ]);
  await expect(runStatus(page)).toHaveText('Done');

  await page.getByRole('button', { name: 'Remove image 1 from message 1' }).click();
  await expect(page.getByRole('img', { name: /^Attachment \d of message 1$/ })).toHaveCount(1);
});

test('streams a markdown answer with metrics, and appends it to the conversation', async ({ page }) => {
  // A slower pace than the server default so the answer arrives in many pieces.
  await addDemoHeaders(page, { 'X-Demo-Pace': '30' });
  await openWorkbench(page, '/?model=claude-sonnet-4-20250514');
  await page.getByLabel('User message 1').fill('Tell me about lighthouses and harbours');
  const busyTexts = await recordResponseWhileBusy(page);

  const [request, response] = await Promise.all([
    captureChatRequest(page, () => runButton(page).click()),
    page.waitForResponse((r) => r.url().endsWith('/chat/completions')),
  ]);
  expect((request.postDataJSON() as JsonBody).stream).toBe(true);
  expect(response.headers()['content-type']).toContain('text/event-stream');
  const region = responseRegion(page);
  await expect(runStatus(page)).toHaveText('Done', { timeout: 20_000 });
  await expect(region).toHaveAttribute('aria-busy', 'false');
  // It streamed: while the run was going, the region showed one partial answer after another.
  const partials = await busyTexts();
  expect(partials.length).toBeGreaterThanOrEqual(2);
  expect(partials[0]?.length).toBeLessThan(((await region.textContent()) ?? '').length / 2);
  await expect(region.getByRole('heading', { level: 2 })).toContainText('lighthouses');
  await expect(region.getByRole('list').first()).toBeVisible();
  await expect(region.getByRole('listitem').first()).toBeVisible();

  await expect(metric(page, 'Finish reason')).toHaveText('stop');
  await expect(metric(page, 'Time to first token')).toHaveText(/^\d+ ms$|^\d+(\.\d)? s$/);
  await expect(metric(page, 'Total time')).toHaveText(/^\d+ ms$|^\d+(\.\d)? s$/);
  await expect(metric(page, 'Tokens/s')).toHaveText(/^\d+(\.\d)? tok\/s$/);
  const tokens = (await metric(page, 'Tokens').textContent()) ?? '';
  const counts = /^(\d+) tokens in · (\d+) tokens out$/.exec(tokens);
  expect(counts, `tokens metric: ${tokens}`).not.toBeNull();
  const [promptTokens, completionTokens] = [Number(counts?.[1]), Number(counts?.[2])];
  expect(completionTokens).toBeGreaterThan(10);
  // Claude Sonnet 4 (demo) costs $3 / $15 per million tokens in / out.
  const costText = (await metric(page, 'Cost').textContent()) ?? '';
  expect(costText).toMatch(/^\$0\.\d+$/);
  const expectedCost = (promptTokens * 3 + completionTokens * 15) / 1e6;
  expect(Math.abs(Number(costText.slice(1)) - expectedCost) / expectedCost).toBeLessThan(0.02);

  const heading = (await region.getByRole('heading', { level: 2 }).textContent()) ?? '';
  await page.getByRole('button', { name: 'Append to conversation' }).click();
  // The answer is now turn 2 of the transcript, rendered as markdown (issue 10); the Response region says where
  // it went instead of showing it twice, and Append is not offered again.
  const turn = page.getByRole('article', { name: 'Message 2, assistant' });
  await expect(turn.getByRole('heading', { level: 2 })).toHaveText(heading);
  await expect(region).toContainText('In the conversation as message 2');
  await expect(page.getByRole('button', { name: 'Append to conversation' })).toHaveCount(0);
  await expect(page.getByLabel('User message 3')).toHaveValue('');
  // Its textbox (behind Edit) holds the markdown source of what was rendered.
  await page.getByRole('button', { name: 'Edit message 2' }).click();
  const appended = page.getByLabel('Assistant message 2');
  await expect(appended).toHaveValue(/^## .*lighthouses/);
  const source = await appended.inputValue();
  expect(source).toContain('\n- **');
  expect(source.split('\n')[0]).toBe(`## ${heading}`);

  // Ctrl+Enter runs too, now with the appended answer in the history.
  await page.getByLabel('User message 3').fill('And the keepers?');
  const body = await lastRequestBody(page, () => page.getByLabel('User message 3').press('Control+Enter'));
  expect(body.messages).toEqual([
    { role: 'user', content: 'Tell me about lighthouses and harbours' },
    { role: 'assistant', content: source },
    { role: 'user', content: 'And the keepers?' },
  ]);
  await expect(runStatus(page)).toHaveText('Done', { timeout: 20_000 });
});

test('answers without streaming when Stream is off', async ({ page }) => {
  await openWorkbench(page);
  const streamSwitch = page.getByRole('switch', { name: 'Stream' });
  await expect(streamSwitch).toBeChecked();
  await streamSwitch.click();
  await expect(streamSwitch).not.toBeChecked();
  await page.getByLabel('User message 1').fill('Explain tides');

  const [request, response] = await Promise.all([
    captureChatRequest(page, () => runButton(page).click()),
    page.waitForResponse((r) => r.url().endsWith('/chat/completions')),
  ]);
  const body = request.postDataJSON() as JsonBody;
  // Turned off explicitly, so said explicitly (the Oxen page's house format); no stream_options then.
  expect(body.stream).toBe(false);
  expect(body).not.toHaveProperty('stream_options');
  expect(response.headers()['content-type']).toContain('application/json');

  await expect(runStatus(page)).toHaveText('Done');
  await expect(responseRegion(page).getByRole('heading', { level: 2 })).toContainText('tides');
  await expect(metric(page, 'Finish reason')).toHaveText('stop');
  await expect(metric(page, 'Tokens')).toHaveText(/^\d+ tokens in · \d+ tokens out$/);
  await expect(metric(page, 'Cost')).toHaveText(/^\$0\.\d+$/);
});

// Issue 11, tools and structured output end to end on the demo: a tool defined in the Tools panel is called by
// the model (the prompt names it), its card checks the arguments, the result typed by the user goes back in a
// tool message and the final answer quotes it; invalid arguments, non-JSON arguments and unknown tools are
// flagged; a json_schema answer is checked; reasoning fills its region before the answer; and the same tool
// round in two compare panes with different models.
import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  addDemoHeaders,
  addToolFromTemplate,
  isChatRequest,
  type JsonBody,
  lastRequestBody,
  messagesOf,
  openWorkbench,
  pickModel,
  responseRegion,
  runAndCapture,
  runStatus,
  toolCallCard,
  toolsRegion,
} from './helpers';

const ASK = 'What is the weather in Paris? Use get_weather.';
const RESULT = '{"temperature": 21, "sky": "clear"}';

async function askWithTool(page: Page): Promise<void> {
  await openWorkbench(page);
  await addToolFromTemplate(page);
  await expect(toolsRegion(page).getByRole('group', { name: 'Tool 1: get_weather' })).toBeVisible();
  await page.getByLabel('User message 1').fill(ASK);
}

test('a tool is defined, called with valid arguments, answered, and the final answer uses the result', async ({
  page,
}) => {
  await askWithTool(page);
  const tool = toolsRegion(page).getByRole('group', { name: 'Tool 1: get_weather' });
  await expect(tool.getByRole('textbox', { name: 'Tool name' })).toHaveValue('get_weather');
  await expect(tool.getByText('Valid JSON Schema')).toBeVisible();

  const first = await runAndCapture(page);
  expect(first.tools).toEqual([
    expect.objectContaining({ type: 'function', function: expect.objectContaining({ name: 'get_weather' }) }),
  ]);
  const card = toolCallCard(page, 'get_weather');
  await expect(card.getByText('Arguments valid')).toBeVisible({ timeout: 20_000 });
  await expect(card.getByText('"city"')).toBeVisible();

  await card.getByRole('textbox', { name: 'Result for get_weather' }).fill(RESULT);
  const second = await lastRequestBody(page, () =>
    page.getByRole('button', { name: 'Send tool results' }).click(),
  );
  const messages = messagesOf(second);
  const assistant = messages.find((m) => m.role === 'assistant' && m.tool_calls);
  const call = assistant?.tool_calls?.[0];
  expect(call).toMatchObject({ type: 'function', function: { name: 'get_weather' } });
  expect(JSON.parse(call?.function.arguments ?? '')).toHaveProperty('city');
  expect(messages.at(-1)).toEqual({ role: 'tool', tool_call_id: call?.id, content: RESULT });

  await expect(runStatus(page)).toHaveText('Done', { timeout: 20_000 });
  await expect(responseRegion(page)).toContainText('21');
  // The round is in the transcript: the assistant's call and the tool result titled by tool and call id.
  await expect(page.getByText(`Tool result for get_weather (${call?.id})`)).toBeVisible();
});

for (const [fault, verdict, detail] of [
  ['tool-args-invalid', 'Arguments invalid', /\/\S*: /],
  ['tool-args-not-json', 'Arguments are not JSON', /raw text is kept/],
  ['tool-unknown', 'Unknown tool', /not among the tools sent/],
] as const) {
  test(`a tool call with ${fault} is flagged as "${verdict}"`, async ({ page }) => {
    await addDemoHeaders(page, { 'X-Demo-Fault': fault });
    await askWithTool(page);
    await runAndCapture(page);
    const name = fault === 'tool-unknown' ? 'not_a_tool' : 'get_weather';
    const card = toolCallCard(page, name);
    await expect(card.getByText(verdict, { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(card.getByText(detail)).toBeVisible();
  });
}

async function askForSchema(page: Page): Promise<void> {
  await openWorkbench(page);
  await page.getByRole('combobox', { name: 'Response format' }).selectOption({ label: 'JSON schema' });
  await expect(page.getByRole('textbox', { name: 'Response schema', exact: true })).toHaveValue(/"answer"/);
  await page.getByLabel('User message 1').fill('Answer in JSON: what is a token?');
}

test('a json_schema answer is checked against its schema and shown folded', async ({ page }) => {
  await askForSchema(page);
  const body = await runAndCapture(page);
  expect(body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'answer' } });
  await expect(runStatus(page)).toHaveText('Done', { timeout: 20_000 });
  await expect(responseRegion(page).getByText('Output valid')).toBeVisible();
  await expect(responseRegion(page).getByRole('group', { name: 'Output as JSON' })).toContainText('"answer"');
});

test('a structured answer that is not JSON is "Output invalid", its text kept', async ({ page }) => {
  await addDemoHeaders(page, { 'X-Demo-Fault': 'output-not-json' });
  await askForSchema(page);
  await runAndCapture(page);
  await expect(runStatus(page)).toHaveText('Done', { timeout: 20_000 });
  await expect(responseRegion(page).getByText('Output invalid')).toBeVisible();
  await expect(responseRegion(page).getByText(/^Not JSON: /)).toBeVisible();
});

test('reasoning fills its region before the answer, and the metrics name reasoning and cached tokens', async ({
  page,
}) => {
  await addDemoHeaders(page, { 'X-Demo-Pace': '30' });
  await openWorkbench(page);
  await pickModel(page, 'Reasoning Mini (demo)', 'reasoning');
  await page.getByLabel('User message 1').fill('Why is the sky blue?');
  await runAndCapture(page);
  const reasoning = page.getByRole('region', { name: 'Reasoning' });
  await expect(reasoning).toContainText(/\w{3,}/, { timeout: 20_000 });
  // While the reasoning streams the answer has not begun: the region is open and says it is streaming.
  await expect(reasoning.getByText(/Reasoning \(streaming…\)/)).toBeVisible();
  await expect(runStatus(page)).toHaveText('Done', { timeout: 30_000 });
  await expect(page.getByTitle('Metrics').getByText('Reasoning tokens')).toBeVisible();
  await expect(page.getByTitle('Metrics').getByText('Cached tokens')).toBeVisible();
});

const pane = (page: Page, n: number): Locator => page.getByRole('region', { name: `Pane ${n}`, exact: true });

test('the same tool round in two compare panes with different models', async ({ page }) => {
  await openWorkbench(page);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(pane(page, 2)).toBeVisible();
  await page.getByRole('button', { name: 'Configure pane 2' }).click();
  const picker = pane(page, 2).getByRole('combobox', { name: /Model/ }).first();
  await picker.click();
  await picker.fill('plain');
  await page.getByRole('option', { name: /^Plain \(demo\)/ }).click();
  await page.getByText('Tools & output (shared by every pane)').click();
  await addToolFromTemplate(page);
  await page.getByRole('textbox', { name: 'User message 1' }).fill(ASK);
  await page.getByRole('button', { name: 'Run all' }).click();
  for (const n of [1, 2])
    await expect(toolCallCard(pane(page, n), 'get_weather').getByText('Arguments valid')).toBeVisible({
      timeout: 20_000,
    });
  const card = toolCallCard(pane(page, 1), 'get_weather');
  await card.getByRole('textbox', { name: 'Result for get_weather' }).fill(RESULT);
  const sent: JsonBody[] = [];
  page.on('request', (request) => {
    if (isChatRequest(request)) sent.push(request.postDataJSON() as JsonBody);
  });
  await pane(page, 1).getByRole('button', { name: 'Send tool results' }).click();
  // Every pane answers the continued shared conversation, quoting the result.
  for (const n of [1, 2])
    await expect(pane(page, n).getByRole('region', { name: 'response' })).toContainText('21', {
      timeout: 20_000,
    });
  expect(sent.map((b) => b.model).sort()).toEqual(['claude-sonnet-4-20250514', 'plain-demo']);
  for (const body of sent) expect(messagesOf(body).at(-1)).toMatchObject({ role: 'tool', content: RESULT });
});

test('Import tools reads an OpenAI tools array into one group per tool, and names what it cannot take', async ({
  page,
}) => {
  await openWorkbench(page);
  const tools = toolsRegion(page);
  await tools.getByRole('button', { name: 'Import tools' }).click();
  const pasted = [
    { type: 'function', function: { name: 'get_time', description: 'Now', parameters: { type: 'object' } } },
    { type: 'function', function: { name: 'search_docs', parameters: { type: 'object', properties: {} } } },
  ];
  await tools.getByRole('textbox', { name: 'OpenAI tools array' }).fill(JSON.stringify(pasted));
  await tools.getByRole('button', { name: 'Add these tools' }).click();
  for (const name of ['Tool 1: get_time', 'Tool 2: search_docs'])
    await expect(tools.getByRole('group', { name })).toBeVisible();
  await expect(
    tools.getByRole('group', { name: 'Tool 2: search_docs' }).getByRole('textbox', { name: 'Tool name' }),
  ).toHaveValue('search_docs');
  // A schema error is named with its path while typing.
  const params = tools
    .getByRole('group', { name: 'Tool 1: get_time' })
    .getByRole('textbox', { name: 'Tool parameters' });
  await params.fill('{"type": "object", "properties": {"zone": {"type": "strng"}}}');
  await expect(tools.getByText('must be equal to one of the allowed values')).toBeVisible();
  await tools
    .getByRole('group', { name: 'Tool 1: get_time' })
    .getByRole('button', { name: 'Remove tool' })
    .click();
  await expect(tools.getByRole('group', { name: 'Tool 1: search_docs' })).toBeVisible();
  await tools.getByRole('button', { name: 'Import tools' }).click();
  await tools.getByRole('textbox', { name: 'OpenAI tools array' }).fill('{"tools": 3');
  await tools.getByRole('button', { name: 'Add these tools' }).click();
  await expect(tools.getByRole('alert')).toContainText('not valid JSON');
});

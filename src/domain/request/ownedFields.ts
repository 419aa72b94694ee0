/** The request members the workbench writes itself (model picker, conversation with its tools and response format,
 * Stream switch): the parameter form never offers them, parameters never override them, and an import maps them
 * back to those controls. */
export const OWNED_FIELDS: ReadonlySet<string> = new Set([
  'model',
  'messages',
  'tools',
  'tool_choice',
  'parallel_tool_calls',
  'response_format',
  'stream',
  'stream_options',
]);

/** The owned fields that are part of the prompt (the Tools panel and the Response format control). */
export const PROMPT_FIELDS: ReadonlySet<string> = new Set([
  'tools',
  'tool_choice',
  'parallel_tool_calls',
  'response_format',
]);

/** The owned fields of a model's parameter schema. A prompt-style request (images, text completions: a `prompt`
 * and no `messages`) keeps its `response_format` — there it means "url" or "b64_json", a plain parameter. */
export function ownedFieldsOf(properties: Record<string, unknown>): ReadonlySet<string> {
  if (Object.hasOwn(properties, 'prompt') && !Object.hasOwn(properties, 'messages'))
    return new Set([...OWNED_FIELDS].filter((name) => !PROMPT_FIELDS.has(name)));
  return OWNED_FIELDS;
}

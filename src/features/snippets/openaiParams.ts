/**
 * Body fields the OpenAI SDKs accept by name in `chat.completions.create` (Python keyword arguments,
 * TypeScript `ChatCompletionCreateParams` properties). Deliberately the long-standing set: a name added in
 * a recent SDK release would make an older SDK raise `TypeError: unexpected keyword argument`, while
 * anything outside this list goes through `extra_body` (Python) or a spread (TypeScript), which every SDK
 * version sends unchanged.
 */
export const OPENAI_SDK_PARAMS: ReadonlySet<string> = new Set([
  'model',
  'messages',
  'audio',
  'frequency_penalty',
  'function_call',
  'functions',
  'logit_bias',
  'logprobs',
  'max_completion_tokens',
  'max_tokens',
  'metadata',
  'modalities',
  'n',
  'parallel_tool_calls',
  'prediction',
  'presence_penalty',
  'reasoning_effort',
  'response_format',
  'seed',
  'service_tier',
  'stop',
  'store',
  'stream',
  'stream_options',
  'temperature',
  'tool_choice',
  'tools',
  'top_logprobs',
  'top_p',
  'user',
]);

// The demo's answers as they go on the wire, in OpenAI's chat-completions shape. (src/lib/api/types.ts holds
// what the client's reader makes of such answers, which is normalised and differs in places.)
export interface WireUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  /** Only the reasoning model reports these. */
  completion_tokens_details?: { reasoning_tokens: number };
  prompt_tokens_details?: { cached_tokens: number };
}

export interface WireToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface WireToolCallDelta {
  index: number;
  id?: string;
  type?: 'function';
  function: { name?: string; arguments: string };
}

export interface WireMessage {
  role: 'assistant';
  content: string | null;
  reasoning_content?: string;
  tool_calls?: WireToolCall[];
  /** A drawing model's pictures (OpenRouter's shape). */
  images?: WireImage[];
}

export interface WireImage {
  type: 'image_url';
  image_url: { url: string };
}

export interface WireCompletion {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: Array<{ index: number; message: WireMessage; finish_reason: string }>;
  usage: WireUsage;
}

export interface WireDelta {
  role?: 'assistant';
  content?: string | null;
  reasoning_content?: string;
  tool_calls?: WireToolCallDelta[];
  images?: WireImage[];
}

export interface WireChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  choices: Array<{ index: number; delta: WireDelta; finish_reason: string | null }>;
  usage?: WireUsage;
}

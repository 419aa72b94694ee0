// Wire types for the Oxen.ai / OpenAI-compatible inference API (see ../shared/reference/oxen-api.md).

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface ModelPricing {
  method?: 'token' | 'time' | 'per_image' | 'per_video_output_second' | string;
  input_cost_per_token?: number | null;
  output_cost_per_token?: number | null;
  cost_per_second?: number | null;
  cost_per_image?: number | null;
  cost_per_second_high_res?: number | null;
  cost_per_second_with_audio?: number | null;
  cached_input_cost_per_token?: number | null;
}

export interface ModelCapabilities {
  input?: string[];
  output?: string[];
}

/** One entry of `GET {base}/models` and the body of `GET {base}/models/{id}`. Everything but `id` is optional
 * because OpenAI-compatible servers (vLLM, Ollama, LM Studio) return far less than Oxen does. */
export interface Model {
  id: string;
  object?: string;
  created?: number;
  owned_by?: string;
  display_name?: string;
  description?: string;
  summary?: string;
  endpoint?: string;
  capabilities?: ModelCapabilities;
  pricing?: ModelPricing | null;
  developer?: { name?: string; logo?: string } | null;
  context_length?: number | null;
  /** Oxen's seed name for the parameter schema; preferred when both are present. */
  json_request_schema?: unknown;
  /** The current Oxen docs' name for the parameter schema. */
  request_schema?: unknown;
}

export interface ModelList {
  object?: string;
  data: Model[];
}

export interface TextPart {
  type: 'text';
  text: string;
}
export interface ImagePart {
  type: 'image_url';
  image_url: { url: string };
}
export type ContentPart = TextPart | ImagePart;

export interface ChatMessage {
  role: 'system' | 'developer' | 'user' | 'assistant' | 'tool';
  content: string | ContentPart[];
}

/** The JSON body of `POST {base}/chat/completions`. Key order is meaningful: snippets reproduce it exactly. */
export interface ChatCompletionRequest {
  model: string;
  messages: ChatMessage[];
  stream?: boolean;
  [param: string]: JsonValue | ChatMessage[] | undefined;
}

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

/** A non-streamed answer as the edge reader (edge/completions.ts) hands it on: every field checked. */
export interface ChatCompletion {
  id?: string;
  object?: 'chat.completion';
  created?: number;
  model?: string;
  choices: Array<{
    index: number;
    message: { role: 'assistant'; content: string | null };
    finish_reason: string | null;
  }>;
  usage?: Usage;
  /** What the reader dropped or changed in the server's answer. */
  notes?: string[];
}

/** One streamed chunk as the edge reader hands it on. */
export interface ChatCompletionChunk {
  id?: string;
  object?: 'chat.completion.chunk';
  created?: number;
  model?: string;
  choices: Array<{
    index: number;
    delta: { role?: 'assistant'; content?: string | null };
    finish_reason: string | null;
  }>;
  usage?: Usage | null;
  /** What the reader dropped or changed in the server's chunk. */
  notes?: string[];
}

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

/** One entry of an assistant message's `tool_calls`. */
export interface WireToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface ChatMessage {
  role: 'system' | 'developer' | 'user' | 'assistant' | 'tool';
  /** null only on an assistant message that carries `tool_calls` and no text. */
  content: string | ContentPart[] | null;
  tool_calls?: WireToolCall[];
  /** On a `tool` message: the call it answers. */
  tool_call_id?: string;
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
  /** `completion_tokens_details.reasoning_tokens`; absent when the server did not report it (never 0 for that). */
  reasoning_tokens?: number;
  /** `prompt_tokens_details.cached_tokens`, or DeepSeek's `prompt_cache_hit_tokens`; absent: not reported. */
  cached_tokens?: number;
  /** The provider's own figure for the request's cost in USD (`usage.cost`, OpenRouter); absent: not reported. */
  cost?: number;
}

/** A fragment of one streamed tool call: the first fragment of a call carries its id and name, the following
 * ones pieces of its arguments; `index` says which call (parallel calls interleave). */
export interface ToolCallDelta {
  index: number;
  id?: string;
  name?: string;
  arguments?: string;
}

/** A tool call of a finished answer (one-shot), as read from `message.tool_calls`. */
export interface AnswerToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** A non-streamed answer as the edge reader (edge/completions.ts) hands it on: every field checked. */
export interface ChatCompletion {
  id?: string;
  object?: 'chat.completion';
  created?: number;
  model?: string;
  choices: Array<{
    index: number;
    message: {
      role: 'assistant';
      content: string | null;
      /** `reasoning_content` / `reasoning` / `reasoning_details` text, read into one field. */
      reasoning?: string;
      tool_calls?: AnswerToolCall[];
      /** Images the model made (`message.images`, or `image_url` content parts): data: image or http(s) URLs
       * only, bounded in number and size (edge/answerImages.ts). */
      images?: string[];
    };
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
    delta: {
      role?: 'assistant';
      content?: string | null;
      /** Reasoning text, from whichever field the server used (reasoning_content, reasoning, reasoning_details). */
      reasoning?: string;
      tool_calls?: ToolCallDelta[];
      /** Whole images in this chunk (`delta.images` or `image_url` content parts), checked as in a message. */
      images?: string[];
    };
    finish_reason: string | null;
  }>;
  usage?: Usage | null;
  /** What the reader dropped or changed in the server's chunk. */
  notes?: string[];
}

/** The JSON body of `POST {base}/queue` (and of the direct `/images/generate`, `/videos/generate` calls): the
 * model, then its schema's parameters (`prompt` among them) in form order. Key order is meaningful: snippets
 * reproduce it exactly. */
export interface MediaRequest {
  model: string;
  [param: string]: JsonValue | undefined;
}

/** A queued generation's status as Oxen reports it. */
export type GenerationStatus = 'queued' | 'processing' | 'succeeded' | 'failed' | 'cancelled';

/** One generated file, read from a queue result (`result_url`) or a direct call's `images[]` / `videos[]`
 * (`url`, or `b64_json` turned into a `data:` URL). */
export interface MediaOutput {
  kind: 'image' | 'video' | 'audio';
  /** An http(s) URL (which may expire) or a `data:` URL. Never anything else: the reader drops other schemes. */
  url: string;
  /** From the data URL or the file name, when known. */
  mimeType?: string;
}

/** `GET {base}/queue/{id}` as the edge reader hands it on: every field checked. */
export interface GenerationJob {
  generationId: string;
  status: GenerationStatus;
  outputs: MediaOutput[];
  errorMessage?: string;
  /** The server's timestamps, epoch ms (ISO strings and epoch seconds are converted). */
  createdAt?: number;
  startedAt?: number;
  completedAt?: number;
  /** What the reader dropped or changed in the server's answer. */
  notes?: string[];
}

// The conversation every pane answers: a system prompt and the turns, as the workbench edits them. The request
// module turns it into `messages` and back.

/** A turn's role. `developer` is OpenAI's name for instructions from the application; `system` here is a system
 * message later in the conversation (the first one is the system prompt). Both are sent as written. `tool` is a
 * tool's result, answering one call of the assistant turn before it (`toolCallId`). */
export type TurnRole = 'user' | 'assistant' | 'developer' | 'system' | 'tool';

export const TURN_ROLES: readonly TurnRole[] = ['user', 'assistant', 'developer', 'system', 'tool'];

export function isTurnRole(value: unknown): value is TurnRole {
  return typeof value === 'string' && (TURN_ROLES as readonly string[]).includes(value);
}

/** One call of a tool by the assistant, as sent back in `tool_calls` (`type: "function"`). */
export interface ToolCall {
  id: string;
  name: string;
  /** The arguments exactly as the model wrote them: JSON text, which may be invalid. */
  arguments: string;
}

export interface Turn {
  role: TurnRole;
  text: string;
  /** Image URLs or data URLs (uploads), sent as image_url parts after the text. */
  images: string[];
  /** An assistant turn's tool calls (absent: none). Its text may then be empty: `"content": null` is sent. */
  toolCalls?: ToolCall[];
  /** A tool turn's answer to the call with this id. */
  toolCallId?: string;
  /** On a kept answer: the images the model drew in it (data: or http(s) URLs). Shown in the transcript, never
   * sent back — chat APIs take images from the user only (OpenAI refuses image_url parts from the assistant) —
   * which is why they are not `images`, the attachments a turn sends. */
  drawn?: string[];
}

/** A function tool the model may call (`tools: [{type: "function", function: {...}}]`). */
export interface ToolDefinition {
  name: string;
  description: string;
  /** The parameters' JSON Schema as the user typed it (text, so it can be invalid while being edited). */
  parameters: string;
  /** `function.strict`, when set. */
  strict?: boolean;
}

/** `tool_choice`: absent is not sent (the server's default, "auto"). */
export type ToolChoice = 'auto' | 'none' | 'required' | { name: string };

/** `response_format`: absent is not sent (plain text). `text` is kept when an imported request said it. */
export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | {
      type: 'json_schema';
      name: string;
      description?: string;
      /** The schema as the user typed it (text). */
      schema: string;
      strict?: boolean;
    };

/** The prompt every pane answers: the system prompt, the turns, and what the request carries with them — tools,
 * tool choice and response format (all optional: absent means not sent). */
export interface Conversation {
  system: string;
  turns: Turn[];
  tools?: ToolDefinition[];
  toolChoice?: ToolChoice;
  /** `parallel_tool_calls`, when set. */
  parallelToolCalls?: boolean;
  responseFormat?: ResponseFormat;
}

export const INITIAL_CONVERSATION: Conversation = {
  system: '',
  turns: [{ role: 'user', text: '', images: [] }],
};

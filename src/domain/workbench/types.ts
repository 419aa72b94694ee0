// Client-side state shared by the chat, params, snippets and compare features.

export type TurnRole = 'user' | 'assistant';

export interface Turn {
  role: TurnRole;
  text: string;
  /** Image URLs or data URLs (uploads), sent as image_url parts after the text. */
  images: string[];
}

export interface Conversation {
  system: string;
  turns: Turn[];
}

/** What the parameter form holds for one model. `values` are the form's values (defaults included);
 * `explicit` lists the names the user set by hand — those are sent even when equal to the default. */
export interface ParamState {
  values: Record<string, unknown>;
  explicit: string[];
}

export type ProviderKind = 'demo' | 'oxen' | 'openai';

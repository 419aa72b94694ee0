// The conversation every pane answers: a system prompt and the turns, as the workbench edits them. The request
// module turns it into `messages` and back.

/** A turn's role. `developer` is OpenAI's name for instructions from the application; `system` here is a system
 * message later in the conversation (the first one is the system prompt). Both are sent as written. */
export type TurnRole = 'user' | 'assistant' | 'developer' | 'system';

export const TURN_ROLES: readonly TurnRole[] = ['user', 'assistant', 'developer', 'system'];

export function isTurnRole(value: unknown): value is TurnRole {
  return typeof value === 'string' && (TURN_ROLES as readonly string[]).includes(value);
}

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

/** A turn read from a stranger's JSON (a share link, stored state), or null when it is not one: a user or
 * assistant role, text, and images as a list of strings (absent: none). */
export function readTurn(value: unknown): Turn | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { role, text, images = [] } = value as Record<string, unknown>;
  if (!isTurnRole(role) || typeof text !== 'string') return null;
  if (!Array.isArray(images) || !images.every((s) => typeof s === 'string')) return null;
  return { role, text, images };
}

export const INITIAL_CONVERSATION: Conversation = {
  system: '',
  turns: [{ role: 'user', text: '', images: [] }],
};

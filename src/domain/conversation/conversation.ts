// The conversation every pane answers: a system prompt and the turns, as the workbench edits them. The request
// module turns it into `messages` and back.

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

export const INITIAL_CONVERSATION: Conversation = {
  system: '',
  turns: [{ role: 'user', text: '', images: [] }],
};

/** The conversation after an answer was kept: the answer as an assistant turn, then an empty user turn to type
 * the next message into. */
export function withAnswer(conversation: Conversation, answer: string): Conversation {
  return {
    ...conversation,
    turns: [
      ...conversation.turns,
      { role: 'assistant', text: answer, images: [] },
      { role: 'user', text: '', images: [] },
    ],
  };
}

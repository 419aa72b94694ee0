export type { Conversation, Turn, TurnRole } from './conversation';
export { INITIAL_CONVERSATION, withAnswer } from './conversation';

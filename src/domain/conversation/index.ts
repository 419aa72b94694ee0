export type { Conversation, Turn, TurnRole } from './conversation';
export { INITIAL_CONVERSATION, readTurn, withAnswer } from './conversation';

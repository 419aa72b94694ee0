export type { Conversation, Turn, TurnRole } from './conversation';
export { INITIAL_CONVERSATION, isTurnRole, readTurn, TURN_ROLES, withAnswer } from './conversation';

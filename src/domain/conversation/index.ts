export type {
  Conversation,
  ResponseFormat,
  ToolCall,
  ToolChoice,
  ToolDefinition,
  Turn,
  TurnRole,
} from './conversation';
export { INITIAL_CONVERSATION, isTurnRole, readTurn, TURN_ROLES } from './conversation';
export type { RegeneratePlan, SendableTurns } from './turns';
export {
  answerTurnAt,
  isEmptyTurn,
  keptAnswerAt,
  nextRole,
  regeneratePlan,
  sendableTurns,
  shareUnchanged,
  withAnswer,
  withoutTrailingEmpty,
} from './turns';

export type {
  Conversation,
  ResponseFormat,
  ToolCall,
  ToolChoice,
  ToolDefinition,
  Turn,
  TurnRole,
} from './conversation';
export { INITIAL_CONVERSATION, isTurnRole, TURN_ROLES } from './conversation';
export type { PromptParts } from './readPrompt';
export {
  PROMPT_LIMITS,
  readPromptParts,
  readResponseFormat,
  readToolChoice,
  readTurn,
} from './readPrompt';
export { NEW_TOOL_PARAMETERS, newTool, withToolRemoved, withToolsAdded, withToolUpdated } from './toolEdits';
export type { PairingProblem, ToolRound, ToolTurnPairing, TurnEditPlan } from './toolPairing';
export {
  appendToolRound,
  moveTurnPlan,
  pairingProblems,
  pairToolTurns,
  removeTurnPlan,
} from './toolPairing';
export type { RegeneratePlan, SendableTurns } from './turns';
export {
  answerTurnAt,
  isEmptyTurn,
  keptAnswerAt,
  nextRole,
  regeneratePlan,
  sameTurn,
  sendableTurns,
  shareUnchanged,
  withAnswer,
  withoutTrailingEmpty,
} from './turns';

export type { VariableValues } from './variables';
export {
  conversationVariables,
  emptyVariables,
  fillConversation,
  fillText,
  VARIABLE_NAME,
  variablesInText,
} from './variables';

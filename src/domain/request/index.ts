export type { ChatRequestInput, StreamChoice } from './buildChatRequest';
export { buildChatRequest, buildMessages, readStreamChoice } from './buildChatRequest';
export { OWNED_FIELDS, ownedFieldsOf, PROMPT_FIELDS } from './ownedFields';
export { promptProblems, TOOL_NAME } from './promptProblems';
export { parseSchemaText, wireResponseFormat, wireToolChoice, wireTools } from './promptWire';
export { parseToolsText, readWireResponseFormat, readWireTools } from './readWirePrompt';
export type { WorkbenchImport } from './requestToWorkbench';
export { requestToWorkbench } from './requestToWorkbench';

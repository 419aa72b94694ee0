export type { ChatRequestInput, StreamChoice } from './buildChatRequest';
export { buildChatRequest, buildMessages, readStreamChoice } from './buildChatRequest';
export { OWNED_FIELDS } from './ownedFields';
export type { WorkbenchImport } from './requestToWorkbench';
export { requestToWorkbench } from './requestToWorkbench';

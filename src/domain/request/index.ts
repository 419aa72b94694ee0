export type { ChatRequestInput } from './buildChatRequest';
export { buildChatRequest, buildMessages } from './buildChatRequest';
export { OWNED_FIELDS } from './ownedFields';
export type { WorkbenchImport } from './requestToWorkbench';
export { requestToWorkbench } from './requestToWorkbench';

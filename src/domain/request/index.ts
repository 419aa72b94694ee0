export { buildChatRequest } from './buildChatRequest';
export { workbenchState } from './workbenchState';

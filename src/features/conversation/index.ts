export { ConversationEditor } from './ConversationEditor';

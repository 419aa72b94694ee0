export { Composer } from './Composer';
export { ConversationEditor } from './ConversationEditor';
export { Transcript } from './Transcript';
export { COMPOSER_ID } from './turnNames';

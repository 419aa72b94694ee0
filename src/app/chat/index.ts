export { ChatScreen, loadGenerationScreen } from './ChatScreen';

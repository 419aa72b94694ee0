export { DiffPanel } from './DiffPanel';
export { PaneHeader } from './PaneHeader';
export { PaneSystemPrompt } from './PaneSystemPrompt';
export { PaneTools } from './PaneTools';
export { ShareControls } from './ShareControls';
export { ShareLinkArrival } from './ShareLinkArrival';

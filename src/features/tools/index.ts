export { PromptOptions } from './PromptOptions';
export { ResponseFormatControl } from './ResponseFormatControl';
export { ToolsSection } from './ToolsSection';

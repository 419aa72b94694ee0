export { MAX_TOOL_CALLS, readAnswerToolCalls, readReasoning, readToolCallDeltas } from './answerParts';
export { MAX_CHOICES, readChunk, readCompletion } from './completions';
export { MAX_MEDIA_OUTPUTS, readGenerationJob, readMediaOutputs, readQueueSubmission } from './media';
export { sniffMediaType } from './mediaUrl';
export { MAX_MODELS, readModel, readModelList } from './models';
export type { Notes } from './read';
export { readUsage } from './usage';

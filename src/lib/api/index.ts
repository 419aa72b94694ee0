export type { ApiConfig } from './client';
export { createChatCompletion, getModel, listModels, streamChatCompletion } from './client';
export type { ConnectionKind, ConnectionReport, ConnectionResult } from './connection';
export { reportFailure, reportModels, testConnection } from './connection';
export {
  MAX_CHOICES,
  MAX_MEDIA_OUTPUTS,
  MAX_MODELS,
  readGenerationJob,
  readMediaOutputs,
  readQueueSubmission,
} from './edge';
export { ApiError, isAbortError, isExpiredLink } from './errors';
export { fetchImage, MAX_IMAGE_BYTES } from './fetchImage';
export type { FetchMediaOptions, MediaFamily } from './fetchMedia';
export { fetchMedia, MAX_VIDEO_BYTES } from './fetchMedia';
export { cancelGeneration, generateDirect, getGeneration, submitGeneration } from './mediaClient';
export type { ServerNote } from './serverNotes';
export { clearServerNotes, onServerNotes, recordServerNotes, serverNotes } from './serverNotes';
export type {
  AnswerToolCall,
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionRequest,
  ChatMessage,
  ContentPart,
  GenerationJob,
  GenerationStatus,
  JsonObject,
  JsonValue,
  MediaOutput,
  MediaRequest,
  Model,
  ModelPricing,
  ToolCallDelta,
  Usage,
  WireToolCall,
} from './types';

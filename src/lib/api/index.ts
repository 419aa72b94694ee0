export type { ApiConfig } from './client';
export { createChatCompletion, getModel, listModels, streamChatCompletion } from './client';
export type { ConnectionKind, ConnectionReport, ConnectionResult } from './connection';
export { reportFailure, reportModels, testConnection } from './connection';
export { checkedImageUrl, MAX_ANSWER_IMAGES, MAX_CHOICES, MAX_MODELS } from './edge';
export { ApiError, isAbortError } from './errors';
export { fetchImage, MAX_IMAGE_BYTES } from './fetchImage';
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

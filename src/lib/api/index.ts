export type { ApiConfig } from './client';
export { createChatCompletion, getModel, listModels, streamChatCompletion } from './client';
export { ApiError, isAbortError } from './errors';
export type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionRequest,
  ChatMessage,
  ContentPart,
  JsonObject,
  JsonValue,
  Model,
  ModelPricing,
  Usage,
} from './types';

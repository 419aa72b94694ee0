export type { Conversation, ParamState, ProviderKind, Turn } from './types';

export { modelForRun } from './modelForRun';
export { hasApiKey, modelKeys, modelListQuery, modelQuery } from './queries';
export { queryClient } from './queryClient';
export type { ModelInfo } from './useModel';
export { normalizedOf, useModel, useModelList } from './useModel';
export { useSchemaEngine } from './useSchemaEngine';

export { useModel, useModelList } from './useModel';
export { ProviderOverride, useProviderConfig, useProviderSettings } from './useProviderConfig';

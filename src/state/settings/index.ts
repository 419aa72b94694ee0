export { currentProvider, useResolvedProvider } from './provider';
export { selectProvider, selectSaveProvider, useSettingsStore } from './settingsStore';

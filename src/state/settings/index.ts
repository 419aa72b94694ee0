export { selectProvider, selectSaveProvider, useSettingsStore } from './settingsStore';

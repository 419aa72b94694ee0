export { loadSettingsForm, SettingsDialog } from './SettingsDialog';

export { KeyboardShortcutsDialog, useHelpKey } from './KeyboardShortcutsDialog';
export { SHORTCUT_GROUPS } from './shortcuts';

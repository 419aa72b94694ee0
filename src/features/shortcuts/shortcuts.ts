// The keyboard shortcuts the workbench has, as the "Keyboard shortcuts" dialog lists them. Kept as data beside
// the code that implements them elsewhere (useRunShortcut, the model picker, the tabs, the dialogs), so the list
// is one place to update when a shortcut is added.

export interface Shortcut {
  /** Each entry is one way to press it; keys within an entry are pressed together. */
  keys: ReadonlyArray<readonly string[]>;
  action: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Running',
    shortcuts: [
      {
        keys: [
          ['Ctrl', 'Enter'],
          ['⌘', 'Enter'],
        ],
        action: 'Run (in Compare: Run all), from anywhere on the page',
      },
      { keys: [['Escape']], action: 'Stop the answer that is streaming' },
    ],
  },
  {
    title: 'Moving around',
    shortcuts: [
      {
        keys: [['Tab'], ['Shift', 'Tab']],
        action: 'Next / previous control; the first Tab offers "Skip to main content"',
      },
      { keys: [['←'], ['→']], action: 'Switch between the Chat and API tabs (when a tab has focus)' },
      { keys: [['↓'], ['↑']], action: 'Move through the model list while it is open' },
      { keys: [['Enter']], action: 'Pick the highlighted model' },
      { keys: [['Escape']], action: 'Close the model list or a dialog' },
      { keys: [['?']], action: 'Show this list (outside a text field)' },
    ],
  },
];

/** Whether a key press is the "?" that opens the list: not typed into a field, not part of another shortcut. */
export function isHelpKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): boolean {
  if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return false;
  return !isEditable(event.target);
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    // Typing "?" into a text-like field is text; on a checkbox or button it is free.
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(
      target.type,
    );
  }
  return false;
}

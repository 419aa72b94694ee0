// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useCallback, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KeyboardShortcutsDialog, useHelpKey } from './KeyboardShortcutsDialog';
import { isHelpKey, SHORTCUT_GROUPS } from './shortcuts';

afterEach(cleanup);

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

function press(target: EventTarget, init: KeyboardEventInit) {
  const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('isHelpKey', () => {
  it('takes "?" on the page or on a button, not typed into a field or with a modifier', () => {
    const button = document.createElement('button');
    const textarea = document.createElement('textarea');
    const text = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isHelpKey(press(document.body, { key: '?' }))).toBe(true);
    expect(isHelpKey(press(button, { key: '?' }))).toBe(true);
    expect(isHelpKey(press(checkbox, { key: '?' }))).toBe(true);
    expect(isHelpKey(press(textarea, { key: '?' }))).toBe(false);
    expect(isHelpKey(press(text, { key: '?' }))).toBe(false);
    expect(isHelpKey(press(document.body, { key: '?', ctrlKey: true }))).toBe(false);
    expect(isHelpKey(press(document.body, { key: '/' }))).toBe(false);
  });
});

function Harness() {
  const [open, setOpen] = useState(false);
  useHelpKey(useCallback(() => setOpen(true), []));
  return (
    <>
      <textarea aria-label="Message" />
      <KeyboardShortcutsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}

describe('KeyboardShortcutsDialog', () => {
  it('opens on "?" outside a text field and lists every shortcut', () => {
    render(<Harness />);
    fireEvent.keyDown(screen.getByLabelText('Message'), { key: '?' });
    expect(screen.queryByText('Keyboard shortcuts')).toBeNull();
    fireEvent.keyDown(document.body, { key: '?' });
    expect(screen.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeTruthy();
    for (const { shortcuts } of SHORTCUT_GROUPS) {
      for (const { action } of shortcuts) expect(screen.getByText(action)).toBeTruthy();
    }
    expect(screen.getAllByText('Ctrl').length).toBeGreaterThan(0);
  });

  it('closes with its Close button', () => {
    render(<Harness />);
    fireEvent.keyDown(document.body, { key: '?' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('heading', { name: 'Keyboard shortcuts' })).toBeNull();
  });
});

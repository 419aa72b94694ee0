// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserStorage } from '@/lib/storage';
import { CodeBlock, HIGHLIGHT_LIMIT } from './CodeBlock';
import { useCodeViewStore } from './codeViewStore';

beforeEach(() => useCodeViewStore.setState({ wrap: false }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const image = `data:image/png;base64,iVBORw0KGgo${'A'.repeat(150 * 1024)}`;
const snippet = `curl -d '{"messages": [{"image_url": {"url": "${image}"}}]}'`;

const region = () => screen.getByRole('region', { name: 'Code' });
const codeElement = () => region().querySelector('code') as HTMLElement;

describe('CodeBlock', () => {
  it('is a focusable region that keeps Copy and the wrap switch inside it', () => {
    render(<CodeBlock code="print('hi')" language="python" />);
    expect(region().tabIndex).toBe(0);
    expect(within(region()).getByRole('button', { name: 'Copy' })).toBeTruthy();
    expect(within(region()).getByRole('switch', { name: 'Wrap lines' })).toBeTruthy();
    // Nothing to fold: no fold controls.
    expect(screen.queryByRole('button', { name: 'Show in full' })).toBeNull();
  });

  it('shows a long data URL folded, copies it whole, and shows it in full on request', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    render(<CodeBlock code={snippet} language="bash" />);
    expect(codeElement().textContent).toBe(
      `curl -d '{"messages": [{"image_url": {"url": "data:image/png;base64,iVBORw0KGgoA…(150 KB folded)"}}]}'`,
    );
    expect(screen.getByText(/A data URL \(150 KB\) folded here; Copy copies it whole/)).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
    expect(writeText).toHaveBeenCalledWith(snippet);
    expect(screen.getByText('Copied')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Show in full' }));
    expect(codeElement().textContent).toBe(snippet);
    fireEvent.click(screen.getByRole('button', { name: 'Fold' }));
    expect(codeElement().textContent).toContain('…(150 KB folded)');
  });

  it('highlights the folded text, and leaves text over the limit plain', async () => {
    const { unmount } = render(<CodeBlock code={snippet} language="bash" />);
    // highlight.js loads as its own chunk: on a busy machine that takes more than waitFor's default second.
    await waitFor(() => expect(codeElement().hasAttribute('data-highlighted')).toBe(true), {
      timeout: 10_000,
    });
    expect(codeElement().querySelector('span')).not.toBeNull();
    expect(codeElement().textContent).toContain('…(150 KB folded)');
    unmount();

    // Shown in full, the snippet is longer than the limit: plain text, never a stale highlighted copy.
    expect(snippet.length).toBeGreaterThan(HIGHLIGHT_LIMIT);
    render(<CodeBlock code={snippet} language="bash" />);
    fireEvent.click(screen.getByRole('button', { name: 'Show in full' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(codeElement().hasAttribute('data-highlighted')).toBe(false);
    expect(codeElement().textContent).toBe(snippet);
  });

  it('wraps lines when switched on, and remembers the choice in localStorage', () => {
    render(<CodeBlock code="print('hi')" language="python" />);
    const pre = region().querySelector('pre') as HTMLElement;
    const wrap = screen.getByRole('switch', { name: 'Wrap lines' }) as HTMLInputElement;
    expect(wrap.checked).toBe(false);
    expect(pre.className).not.toContain('whitespace-pre-wrap');
    fireEvent.click(wrap);
    expect(wrap.checked).toBe(true);
    expect(wrap.getAttribute('aria-checked')).toBe('true');
    expect(pre.className).toContain('whitespace-pre-wrap');
    browserStorage.flush();
    expect(JSON.parse(window.localStorage.getItem('yoke.codeView') ?? '{}').state).toEqual({ wrap: true });
  });

  it('reads a stored choice back, ignoring a malformed one', async () => {
    // Pending writes of the store would be read before what the test puts into localStorage.
    browserStorage.flush();
    window.localStorage.setItem('yoke.codeView', JSON.stringify({ state: { wrap: true }, version: 1 }));
    await useCodeViewStore.persist.rehydrate();
    expect(useCodeViewStore.getState().wrap).toBe(true);
    useCodeViewStore.setState({ wrap: false });
    browserStorage.flush();
    window.localStorage.setItem('yoke.codeView', JSON.stringify({ state: { wrap: 'yes' }, version: 1 }));
    await useCodeViewStore.persist.rehydrate();
    expect(useCodeViewStore.getState().wrap).toBe(false);
  });
});

// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatCompletionRequest } from '@/lib/api';
import { ApiTab } from './ApiTab';
import { targetFor } from './testing/targets';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const request: ChatCompletionRequest = {
  model: 'claude-sonnet-4-20250514',
  messages: [{ role: 'user', content: 'Hi <b>there</b>' }],
  temperature: 0.5,
  stream: true,
  stream_options: { include_usage: true },
};

function renderTab(onImport = vi.fn()) {
  render(<ApiTab request={request} target={targetFor('oxen')} onImport={onImport} />);
  return onImport;
}

const codeText = () =>
  within(screen.getByRole('region', { name: 'Code' })).getByText((_t, el) => el?.tagName === 'CODE')
    .textContent;

describe('ApiTab', () => {
  it('offers exactly the five languages and shows cURL first, as configured', () => {
    renderTab();
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['cURL', 'Python', 'Python (OpenAI SDK)', 'JavaScript', 'TypeScript (OpenAI SDK)']);
    expect(codeText()).toMatch(/^curl -N -X POST https:\/\/hub\.oxen\.ai\/api\/ai\/chat\/completions/);
    expect(codeText()).toContain('"temperature": 0.5');
  });

  it('switches language, minimal mode and compact body', () => {
    renderTab();
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'python' } });
    expect(codeText()).toContain('with requests.post(');
    fireEvent.click(screen.getByRole('radio', { name: 'Minimal' }));
    expect(codeText()).toContain('response = requests.post(');
    expect(codeText()).not.toContain('temperature');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compact body' }));
    expect(codeText()).toContain(
      'json={"model": "claude-sonnet-4-20250514", "messages": [{"role": "user", "content": "Hi <b>there</b>"}]},',
    );
  });

  it('highlights after loading highlight.js, keeping the text (and escaping markup)', async () => {
    renderTab();
    const region = screen.getByRole('region', { name: 'Code' });
    // highlight.js loads as its own chunk: on a busy machine that takes more than waitFor's default second.
    await waitFor(() => expect(region.querySelector('code[data-highlighted] span')).not.toBeNull(), {
      timeout: 10_000,
    });
    expect(region.querySelector('b')).toBeNull();
    expect(codeText()).toContain('Hi <b>there</b>');
  });

  it('copies the snippet and says so; says why when the clipboard refuses', async () => {
    const writeText = vi
      .fn()
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(new Error('Write permission denied.'));
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    renderTab();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
    expect(writeText).toHaveBeenCalledWith(codeText());
    expect(screen.getByText('Copied')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
    expect(screen.getByText(/Could not copy: Write permission denied\. Select the code/)).toBeTruthy();
  });

  it('imports a pasted command: hands on the request, lists warnings, drops the key', () => {
    const onImport = renderTab();
    fireEvent.click(screen.getByRole('button', { name: 'Import request' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Request to import' }), {
      target: {
        value: `curl https://x/chat/completions -H 'Authorization: Bearer sk-secret' -d '{"model":"m","messages":[]}'`,
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(onImport).toHaveBeenCalledWith({
      request: { model: 'm', messages: [] },
      warnings: [expect.stringMatching(/literal API key/)],
      source: 'curl',
    });
    expect(
      within(screen.getByRole('list', { name: 'Import warnings' })).getAllByRole('listitem'),
    ).toHaveLength(1);
    expect(document.body.textContent).not.toContain('sk-secret');
  });

  it('shows an import error and does not call onImport', () => {
    const onImport = renderTab();
    fireEvent.click(screen.getByRole('button', { name: 'Import request' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Request to import' }), {
      target: { value: '{oops' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(screen.getByRole('alert').textContent).toMatch(/not valid JSON/);
    expect(onImport).not.toHaveBeenCalled();
  });
});

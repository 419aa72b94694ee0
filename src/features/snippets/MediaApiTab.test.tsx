// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MediaRequest } from '@/lib/api';
import { MediaApiTab } from './MediaApiTab';
import { targetFor } from './testing/targets';

afterEach(cleanup);

const request: MediaRequest = { model: 'pixel-art-demo', prompt: 'A <b>bold</b> kite', seed: 11 };

const codeText = () =>
  within(screen.getByRole('region', { name: 'Code' })).getByText((_t, el) => el?.tagName === 'CODE')
    .textContent;

describe('MediaApiTab', () => {
  it('offers cURL, Python and JavaScript (no OpenAI SDK, and says why), cURL first', () => {
    render(<MediaApiTab request={request} kind="image" target={targetFor('oxen')} onImport={vi.fn()} />);
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['cURL', 'Python', 'JavaScript']);
    expect(screen.getByText(/the queue is not an OpenAI API/)).toBeTruthy();
    expect(codeText()).toContain(
      'submission=$(curl -sS --fail-with-body -X POST https://hub.oxen.ai/api/ai/queue',
    );
    expect(codeText()).toContain('"prompt": "A <b>bold</b> kite"');
  });

  it('switches language and compact body; a video polls at the video pace', () => {
    const { rerender } = render(
      <MediaApiTab request={request} kind="image" target={targetFor('oxen')} onImport={vi.fn()} />,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'python' } });
    expect(codeText()).toContain('time.sleep(2)');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compact body' }));
    expect(codeText()).toContain(
      'json={"model": "pixel-art-demo", "prompt": "A <b>bold</b> kite", "seed": 11}',
    );
    rerender(<MediaApiTab request={request} kind="video" target={targetFor('oxen')} onImport={vi.fn()} />);
    expect(codeText()).toContain('time.sleep(10)');
  });

  it('hands a pasted media body to onImport', () => {
    const onImport = vi.fn();
    render(<MediaApiTab request={request} kind="image" target={targetFor('demo')} onImport={onImport} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import request' }));
    fireEvent.change(screen.getByLabelText('Request to import'), {
      target: { value: '{"model": "sketch-demo", "prompt": "A pasted sketch", "width": 64}' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(onImport).toHaveBeenCalledWith({
      request: { model: 'sketch-demo', prompt: 'A pasted sketch', width: 64 },
      warnings: [],
      source: 'json',
    });
  });
});

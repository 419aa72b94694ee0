// @vitest-environment jsdom
/// <reference types="node" />
// The picker against a real local server that has no /models route (llama.cpp, some vLLM proxies answer 404):
// the user can still type a model id and use it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { modelKeys } from '@/state/models';
import { ModelPicker } from './ModelPicker';

const server = createServer((_req, res) => {
  res.writeHead(404, { 'Content-Type': 'text/plain' }).end('404 page not found');
});
let baseUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});
afterEach(cleanup);

function Picker({ client, failureShown }: { client: QueryClient; failureShown?: string }) {
  const [value, setValue] = useState('');
  return (
    <QueryClientProvider client={client}>
      <ModelPicker api={{ baseUrl }} value={value} onChange={setValue} failureShown={failureShown ?? null} />
      <output aria-label="Chosen model">{value}</output>
    </QueryClientProvider>
  );
}

// The list's own options (the kind select has options too).
const listOptions = () => within(screen.getByRole('listbox', { name: 'Models' })).getAllByRole('option');

const freshClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('ModelPicker', () => {
  it('says the list failed and still takes a typed model id', async () => {
    render(<Picker client={freshClient()} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /HTTP 404: 404 page not found.*type a model id/,
    );
    const input = screen.getByRole('combobox', { name: 'Model' });
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '  qwen2.5:7b ' } });
    expect(screen.getByRole('option', { name: 'Use model id qwen2.5:7b' })).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByRole('status', { name: 'Chosen model' }).textContent).toBe('qwen2.5:7b');
  });

  it('offers a typed id after the matches when the catalogue does not list it', async () => {
    const client = freshClient();
    client.setQueryData(modelKeys.list(baseUrl, false), [{ id: 'llama-3-8b' }, { id: 'llama-3-70b' }]);
    render(<Picker client={client} />);
    const input = screen.getByRole('combobox', { name: 'Model' });
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'llama-3' } });
    const options = listOptions().map((o) => o.textContent);
    expect(options).toEqual(['llama-3-70b', 'llama-3-8b', 'Use model id llama-3']);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Chosen model' }).textContent).toBe('llama-3'),
    );
    // An id the catalogue lists is picked as itself: no duplicate "Use model id" option.
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'llama-3-8b' } });
    expect(screen.queryByRole('option', { name: /Use model id/ })).toBeNull();
  });

  it('does not repeat a failure the pane already shows (its answer failed the same way)', async () => {
    render(<Picker client={freshClient()} failureShown="HTTP 404: 404 page not found" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Could not load the model list (the same failure as the answer shows). You can still type a model id and press Enter.',
    );
  });

  it('a click on the focused box reopens the list after Escape', () => {
    const client = freshClient();
    client.setQueryData(modelKeys.list(baseUrl, false), [{ id: 'm1' }]);
    render(<Picker client={client} />);
    const input = screen.getByRole('combobox', { name: 'Model' });
    fireEvent.focus(input);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(input);
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('marks media models and filters the list by the kind select', () => {
    const client = freshClient();
    client.setQueryData(modelKeys.list(baseUrl, false), [
      { id: 'gpt-x' },
      { id: 'pixel-art-demo', display_name: 'Pixel Art (demo)', endpoint: '/images/generate' },
      { id: 'clip-demo', display_name: 'Clip (demo)', endpoint: '/videos/generate' },
    ]);
    render(<Picker client={client} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Model kind' }), { target: { value: 'image' } });
    const input = screen.getByRole('combobox', { name: 'Model' });
    fireEvent.focus(input);
    expect(listOptions().map((o) => o.textContent)).toEqual(['Pixel Art (demo)pixel-art-demoImage']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Model kind' }), { target: { value: 'all' } });
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'kind:video' } });
    expect(listOptions().map((o) => o.textContent)).toEqual([
      'Clip (demo)clip-demoVideo',
      'Use model id kind:video',
    ]);
  });
});

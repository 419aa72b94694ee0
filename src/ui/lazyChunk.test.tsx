// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';
import { lazyChunk } from './lazyChunk';

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((c) => c + 1)}>
      {label} {count}
    </button>
  );
}

afterEach(cleanup);

describe('lazyChunk', () => {
  it('keeps the component (and its state) when it re-renders after its chunk arrived', async () => {
    let resolve: (c: typeof Counter) => void = () => {};
    const chunk = lazyChunk(() => new Promise<typeof Counter>((r) => (resolve = r)), <p>loading</p>);
    const { rerender } = render(<chunk.Component label="a" />);
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => resolve(Counter));
    fireEvent.click(await screen.findByRole('button', { name: 'a 0' }));
    expect(screen.getByRole('button', { name: 'a 1' })).toBeTruthy();
    // The first re-render after the chunk is in used to switch trees and reset the count to 0.
    rerender(<chunk.Component label="b" />);
    expect(screen.getByRole('button', { name: 'b 1' })).toBeTruthy();
  });

  it('renders at once, without a fallback, when mounted after the chunk is in', async () => {
    const chunk = lazyChunk(() => Promise.resolve(Counter), <p>loading</p>);
    await chunk.load();
    render(<chunk.Component label="c" />);
    expect(screen.getByRole('button', { name: 'c 0' })).toBeTruthy();
  });

  it('tries again after a chunk that did not download, both by load() and by the next mount', async () => {
    let attempts = 0;
    const chunk = lazyChunk(
      () => {
        attempts += 1;
        return attempts === 1
          ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
          : Promise.resolve(Counter);
      },
      <p>loading</p>,
    );
    await expect(chunk.load()).rejects.toThrow('Failed to fetch');
    await expect(chunk.load()).resolves.toBe(Counter);
    expect(attempts).toBe(2);
    render(<chunk.Component label="d" />);
    expect(screen.getByRole('button', { name: 'd 0' })).toBeTruthy();
  });

  it('mounts again after its first render met a failed download', async () => {
    let fail = true;
    const chunk = lazyChunk(
      () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(Counter)),
      <p>loading</p>,
    );
    const first = render(
      <ErrorBoundary fallback={(error) => <p>failed: {error.message}</p>}>
        <chunk.Component label="e" />
      </ErrorBoundary>,
    );
    expect(await screen.findByText('failed: offline')).toBeTruthy();
    first.unmount();
    fail = false;
    render(<chunk.Component label="f" />);
    expect(await screen.findByRole('button', { name: 'f 0' })).toBeTruthy();
  });
});

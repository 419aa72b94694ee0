// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
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
});

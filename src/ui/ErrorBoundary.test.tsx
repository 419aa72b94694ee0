// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

afterEach(cleanup);

function Fragile({ value }: { value: unknown }) {
  // A component that trusts its data, like one fed a malformed server answer.
  return <p>{(value as { name: { trim(): string } }).name.trim()}</p>;
}

function Harness() {
  const [value, setValue] = useState<unknown>({ name: 42 });
  return (
    <>
      <button type="button" onClick={() => setValue({ name: 'fixed' })}>
        Fix the data
      </button>
      <ErrorBoundary
        resetKey={value}
        fallback={(error, retry) => (
          <div role="alert">
            Failed: {error.message}
            <button type="button" onClick={retry}>
              Try again
            </button>
          </div>
        )}
      >
        <Fragile value={value} />
      </ErrorBoundary>
    </>
  );
}

const flaky = { fail: true };
function Flaky() {
  if (flaky.fail) throw new Error('boom');
  return <p>recovered</p>;
}

describe('ErrorBoundary', () => {
  it('shows the fallback instead of blanking, and tries again when its reset key changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Harness />);
    expect(screen.getByRole('alert').textContent).toMatch(/Failed: .*trim is not a function/);
    // The rest of the page still works.
    fireEvent.click(screen.getByRole('button', { name: 'Fix the data' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('fixed')).toBeTruthy();
  });

  it('retries on request', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    flaky.fail = true;
    render(
      <ErrorBoundary
        fallback={(_e, retry) => (
          <button type="button" onClick={retry}>
            Try again
          </button>
        )}
      >
        <Flaky />
      </ErrorBoundary>,
    );
    flaky.fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('recovered')).toBeTruthy();
  });
});

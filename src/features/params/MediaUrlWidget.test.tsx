// @vitest-environment jsdom
// The URL-or-upload field of a renderType property, in the real form: typed URL, upload, Clear, preview.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_PARAMS, normalizeSchema, type ParamState } from '@/domain/schema';
import { ParamsForm } from './ParamsForm';

// Only the network edge is replaced: the preview's fetch of a remote URL.
const fetchMedia = vi.hoisted(() => vi.fn<(url: string) => Promise<Blob>>());
vi.mock('@/lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/api')>()),
  fetchMedia,
}));

afterEach(cleanup);
beforeEach(() => {
  fetchMedia.mockReset();
  URL.createObjectURL = vi.fn(() => 'blob:preview-1');
  URL.revokeObjectURL = vi.fn();
});

const normalized = normalizeSchema({
  id: 'pixel-art-demo',
  request_schema: {
    type: 'object',
    required: ['prompt'],
    basic: ['image_url', 'clip_url'],
    properties: {
      prompt: { type: 'string', title: 'Prompt', 'x-order': 0 },
      image_url: {
        type: 'string',
        format: 'uri',
        renderType: 'image-url',
        title: 'Reference image',
        'x-order': 1,
      },
      clip_url: { type: 'string', renderType: 'video-url', title: 'Clip', 'x-order': 2 },
    },
  },
});

function Harness({ onState }: { onState?: (s: ParamState) => void }) {
  const [state, setState] = useState<ParamState>(EMPTY_PARAMS);
  return (
    <>
      <ParamsForm
        normalized={normalized}
        state={state}
        onChange={(next) => {
          onState?.(next);
          setState(next);
        }}
      />
      <output aria-label="Sent image">{String(state.values.image_url ?? '')}</output>
    </>
  );
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('MediaUrlWidget', () => {
  it('keeps the URL textbox named by the label, with upload and clear beside it', () => {
    render(<Harness />);
    expect(screen.getByRole('textbox', { name: 'Reference image' })).toBeTruthy();
    expect(screen.getByLabelText('Upload Reference image').getAttribute('accept')).toBe('image/*');
    expect(screen.getByLabelText('Upload Clip').getAttribute('accept')).toBe('video/*');
    expect(
      (screen.getByRole('button', { name: 'Clear Reference image' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('turns an uploaded image into a data: URL that previews at once, and Clear empties it', async () => {
    render(<Harness />);
    const file = new File([PNG], 'ref.png', { type: 'image/png' });
    fireEvent.change(screen.getByLabelText('Upload Reference image'), { target: { files: [file] } });
    const preview = await screen.findByRole('img', { name: 'Reference image preview' });
    expect(preview.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(screen.getByRole('status', { name: 'Sent image' }).textContent).toBe(
      'data:image/png;base64,iVBORw0KGgo=',
    );
    // A data: URL is a valid uri: no error beside the field.
    expect(screen.queryByText(/must match format/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clear Reference image' }));
    expect(screen.getByRole('status', { name: 'Sent image' }).textContent).toBe('');
    expect(screen.queryByRole('img', { name: 'Reference image preview' })).toBeNull();
  });

  it('refuses a file of the wrong kind or over 10 MB, saying why', async () => {
    render(<Harness />);
    const text = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    fireEvent.change(screen.getByLabelText('Upload Reference image'), { target: { files: [text] } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That file is a text/plain file, not an image.',
    );
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' });
    fireEvent.change(screen.getByLabelText('Upload Reference image'), { target: { files: [big] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/limited to 10 MB/);
    expect(screen.getByRole('status', { name: 'Sent image' }).textContent).toBe('');
  });

  it('loads an http(s) URL only on Preview, into a blob: URL', async () => {
    fetchMedia.mockResolvedValue(new Blob([PNG], { type: 'image/png' }));
    render(<Harness />);
    const box = screen.getByRole('textbox', { name: 'Reference image' });
    fireEvent.change(box, { target: { value: 'https://cdn.example/ref.png' } });
    expect(screen.queryByRole('img', { name: 'Reference image preview' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Preview Reference image' }));
    const preview = await screen.findByRole('img', { name: 'Reference image preview' });
    expect(preview.getAttribute('src')).toBe('blob:preview-1');
    expect(fetchMedia.mock.calls[0]?.[0]).toBe('https://cdn.example/ref.png');
    // Another URL: the old preview is not shown for it.
    fireEvent.change(box, { target: { value: 'https://cdn.example/other.png' } });
    expect(screen.queryByRole('img', { name: 'Reference image preview' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Preview Reference image' })).toBeTruthy();
  });

  it('says why a preview failed', async () => {
    fetchMedia.mockRejectedValue(new Error('HTTP 410: This result link has expired'));
    render(<Harness />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Reference image' }), {
      target: { value: 'https://cdn.example/gone.png' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Preview Reference image' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Could not load the preview: HTTP 410: This result link has expired',
      ),
    );
  });

  it('still validates format: uri on a typed value', async () => {
    render(<Harness />);
    const box = screen.getByRole('textbox', { name: 'Reference image' });
    fireEvent.change(box, { target: { value: 'not a url' } });
    fireEvent.blur(box);
    await waitFor(() => expect(box.getAttribute('aria-invalid')).toBe('true'));
  });
});

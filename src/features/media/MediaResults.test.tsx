// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MediaJob } from '@/domain/media';
import { ApiError, fetchMedia } from '@/lib/api';
import { MediaResults } from './MediaResults';

vi.mock('@/lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/api')>()),
  fetchMedia: vi.fn(),
}));

const fetched = vi.mocked(fetchMedia);

beforeAll(() => {
  // jsdom has no object URLs.
  URL.createObjectURL = () => 'blob:test/1';
  URL.revokeObjectURL = () => {};
});
afterEach(() => {
  cleanup();
  fetched.mockReset();
});

function job(urls: string[], kind: MediaJob['kind'] = 'image'): MediaJob {
  return {
    id: 'j1',
    target: 'pane:p1',
    generationId: 'g1',
    kind,
    request: { model: 'pixel-art-demo', prompt: 'a red fox' },
    prompt: 'a red fox',
    provider: 'demo',
    baseUrl: '/demo/api/ai',
    pricing: null,
    status: 'succeeded',
    outputs: urls.map((url) => ({ kind, url })),
    createdAt: 0,
    polls: 1,
  };
}

describe('MediaResults', () => {
  it('shows each image from a blob: URL with the prompt as alt text, numbered when several', async () => {
    fetched.mockResolvedValue(new Blob(['png'], { type: 'image/png' }));
    render(<MediaResults job={job(['https://cdn.example/a.png', 'https://cdn.example/b.png'])} />);
    const results = screen.getByRole('region', { name: 'Results' });
    const second = await within(results).findByRole('img', { name: 'a red fox (2 of 2)' });
    expect(second.getAttribute('src')).toBe('blob:test/1');
    expect(within(results).getByRole('img', { name: 'a red fox (1 of 2)' })).toBeTruthy();
    expect(within(results).getAllByRole('button', { name: 'Download' })).toHaveLength(2);
    expect(within(results).getAllByRole('button', { name: 'Copy URL' })).toHaveLength(2);
  });

  it('uses a data: URL as it is, without fetching', () => {
    const url = 'data:image/png;base64,iVBORw0KGgo=';
    render(<MediaResults job={job([url])} />);
    expect(screen.getByRole('img', { name: 'a red fox' }).getAttribute('src')).toBe(url);
    expect(fetched).not.toHaveBeenCalled();
  });

  it('says an expired link has expired instead of showing a broken image', async () => {
    fetched.mockRejectedValue(
      new ApiError({ kind: 'http', status: 410, serverMessage: 'This result link has expired' }),
    );
    render(<MediaResults job={job(['https://cdn.example/old.png'])} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('This result link has expired — generate again to get a new one.');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('names the host that did not allow loading the result and links to it in a new tab', async () => {
    fetched.mockRejectedValue(new ApiError({ kind: 'network', status: 0, serverMessage: 'Failed to fetch' }));
    render(<MediaResults job={job(['https://cdn.example/x.png'])} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('cdn.example did not allow this page to load the result');
    const link = within(alert).getByRole('link', { name: /cdn\.example\/x\.png/ });
    expect(link.getAttribute('href')).toBe('https://cdn.example/x.png');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('plays a video blob in a player, and marks an animated image', async () => {
    fetched.mockResolvedValueOnce(new Blob(['mp4'], { type: 'video/mp4' }));
    const { unmount } = render(<MediaResults job={job(['https://cdn.example/v.mp4'], 'video')} />);
    const player = await screen.findByLabelText('a red fox');
    expect(player.tagName).toBe('VIDEO');
    expect(player.hasAttribute('controls')).toBe(true);
    unmount();

    fetched.mockResolvedValueOnce(new Blob(['apng'], { type: 'image/apng' }));
    render(<MediaResults job={job(['https://cdn.example/v.apng'], 'video')} />);
    expect((await screen.findByRole('img', { name: 'a red fox' })).tagName).toBe('IMG');
    expect(screen.getByText('Animated image')).toBeTruthy();
  });
});

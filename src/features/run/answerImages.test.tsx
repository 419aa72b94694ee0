// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answeredRun, applyChunk, queuedRun, startedRun } from '@/domain/run';
import { AnswerImages } from './AnswerImages';
import { answerImageFileName, dataUrlType } from './answerImageFile';
import { ResponseView } from './ResponseView';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('AnswerImages', () => {
  it('shows data: images at once, named by position, each with its own Download', () => {
    render(<AnswerImages images={[PNG, PNG]} />);
    expect(screen.getByRole('img', { name: 'Image 1 from the answer' }).getAttribute('src')).toBe(PNG);
    expect(screen.getByRole('img', { name: 'Image 2 from the answer' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Download image \d$/ })).toHaveLength(2);
  });

  it('says when an image was not kept after a reload', () => {
    render(<AnswerImages images={['']} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText(/Image 1 from the answer was too large to keep after a reload/)).toBeTruthy();
  });

  it('loads a linked image only when asked, and then shows it from a blob: URL', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response('png', { headers: { 'Content-Type': 'image/png' } });
    });
    // jsdom has no object URLs: the view's use of them is stood in for.
    URL.createObjectURL = () => 'blob:local/1';
    URL.revokeObjectURL = () => {};
    render(<AnswerImages images={['https://cdn.example.com/cat.png']} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(fetched).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Load image 1 from cdn.example.com' }));
    const image = await screen.findByRole('img', { name: 'Image 1 from the answer' });
    expect(image.getAttribute('src')).toBe('blob:local/1');
    expect(fetched).toEqual(['https://cdn.example.com/cat.png']);
  });

  it('shows why a linked image could not be loaded', async () => {
    vi.stubGlobal('fetch', async () => new Response('no', { status: 404, statusText: 'Not Found' }));
    render(<AnswerImages images={['https://cdn.example.com/gone.png']} />);
    fireEvent.click(screen.getByRole('button', { name: /Load image 1/ }));
    await waitFor(() => expect(screen.getByText(/404/)).toBeTruthy());
  });
});

describe('the answer view with images', () => {
  it('renders the text, then the image, for a run whose answer has both', () => {
    const request = { model: 'image-chat-demo', messages: [], stream: true };
    let run = startedRun(queuedRun({ id: 'r', target: 'pane:a', request, provider: 'demo' }, 1), 2);
    run = applyChunk(
      run,
      { choices: [{ index: 0, delta: { content: 'A picture.' }, finish_reason: null }] },
      3,
    );
    run = applyChunk(run, { choices: [{ index: 0, delta: { images: [PNG] }, finish_reason: 'stop' }] }, 4);
    render(<ResponseView run={answeredRun(run, 5)} />);
    const region = screen.getByRole('region', { name: 'Response' });
    expect(region.textContent).toContain('A picture.');
    expect(screen.getByRole('img', { name: 'Image 1 from the answer' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Done');
  });
});

describe('answer image file names', () => {
  it('take the extension of the type', () => {
    expect(answerImageFileName(2, dataUrlType(PNG))).toBe('answer-image-2.png');
    expect(answerImageFileName(1, 'image/jpeg')).toBe('answer-image-1.jpg');
    expect(answerImageFileName(1, '')).toBe('answer-image-1.img');
    expect(dataUrlType('https://x')).toBe('');
  });
});

import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ChatCompletionChunk, ChatCompletionRequest } from '@/lib/api';

// Each mocked stream sends one chunk, then waits for the test to let it finish.
let release: () => void = () => {};
const finished = new Promise<void>((resolve) => {
  release = resolve;
});

function chunk(text: string): ChatCompletionChunk {
  return {
    id: 'c',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'm',
    choices: [{ index: 0, delta: { content: text }, finish_reason: null }],
  };
}

vi.mock('@/lib/api/client', () => ({
  createChatCompletion: vi.fn(),
  streamChatCompletion: async function* (_cfg: unknown, body: ChatCompletionRequest) {
    yield chunk(`answer of ${body.model}`);
    await finished;
  },
}));

// Frames run only when the test says so.
const frames: FrameRequestCallback[] = [];
vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
afterAll(() => {
  vi.unstubAllGlobals();
});

const { runPane } = await import('./runPane');
const { makePane, useWorkbenchStore } = await import('@/state/workbench');

const request = (model: string): ChatCompletionRequest => ({
  model,
  messages: [{ role: 'user', content: 'hi' }],
  stream: true,
});
const textOf = (paneId: string) =>
  useWorkbenchStore.getState().panes.find((p) => p.id === paneId)?.result.choices[0];

describe('runPane', () => {
  it('publishes every streaming pane from one frame callback, each with its own text', async () => {
    const panes = [makePane({ modelId: 'a' }), makePane({ modelId: 'b' })];
    useWorkbenchStore.getState().replacePanes(panes);
    const [a, b] = useWorkbenchStore.getState().panes.map((p) => p.id) as [string, string];
    const runs = [runPane(a, { baseUrl: '/x' }, request('a')), runPane(b, { baseUrl: '/x' }, request('b'))];
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(frames).toHaveLength(1);
    expect(textOf(a)).toBeUndefined();
    frames.shift()?.(0);
    expect(textOf(a)).toBe('answer of a');
    expect(textOf(b)).toBe('answer of b');

    release();
    await Promise.all(runs);
    const statuses = useWorkbenchStore.getState().panes.map((p) => p.result.status);
    expect(statuses).toEqual(['done', 'done']);
    // The finished runs published their final state at once; a late frame changes nothing.
    frames.shift()?.(0);
    expect(textOf(b)).toBe('answer of b');
  });
});

import {
  applyChunk,
  applyCompletion,
  failResult,
  finishResult,
  type RunResult,
  startResult,
} from '@/domain/run';
import type { ChatCompletionRequest } from '@/lib/api';
import {
  type ApiConfig,
  ApiError,
  createChatCompletion,
  isAbortError,
  streamChatCompletion,
} from '@/lib/api';
import { useWorkbenchStore } from '@/state/workbench';

// One controller per running pane, outside the store: an AbortController is not state to render or persist.
const controllers = new Map<string, AbortController>();

export function stopPane(paneId: string): void {
  controllers.get(paneId)?.abort();
}

export function stopAllPanes(): void {
  for (const controller of controllers.values()) controller.abort();
}

const nextFrame: (fn: () => void) => void =
  typeof requestAnimationFrame === 'function'
    ? (fn) => requestAnimationFrame(() => fn())
    : (fn) => setTimeout(fn, 16);

// Every streaming pane publishes from one shared frame callback. React renders store updates (it reads the
// store with useSyncExternalStore) synchronously, in a microtask right after the callback that made them: one
// callback per pane meant one full re-render per pane per frame (six in a six-pane comparison), while updates
// made in the same callback render once.
const publishers = new Map<string, () => void>();
let frameRequested = false;

function publishAll(): void {
  frameRequested = false;
  const due = [...publishers.values()];
  publishers.clear();
  for (const publish of due) publish();
}

function publishNextFrame(paneId: string, publish: () => void): void {
  publishers.set(paneId, publish);
  if (!frameRequested) {
    frameRequested = true;
    nextFrame(publishAll);
  }
}

function toRunError(error: unknown) {
  if (error instanceof ApiError) return { status: error.status, kind: error.kind, message: error.message };
  return { status: 0, kind: 'network', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Sends one pane's request and folds the answer into that pane's result. Stream chunks are applied to a local
 * copy and published at most once per animation frame, together with every other streaming pane, so fast
 * streams cost one render per frame, not one per token or per pane.
 */
export async function runPane(paneId: string, cfg: ApiConfig, request: ChatCompletionRequest): Promise<void> {
  stopPane(paneId);
  const controller = new AbortController();
  controllers.set(paneId, controller);
  const store = useWorkbenchStore.getState();
  let current: RunResult = startResult(request, performance.now());
  const publish = () => {
    // A newer run of this pane has taken over: this run's late updates must not overwrite it.
    if (controllers.get(paneId) !== controller) return;
    const snapshot = current;
    store.updateResult(paneId, () => snapshot);
  };
  publish();

  try {
    if (request.stream) {
      for await (const chunk of streamChatCompletion(cfg, request, controller.signal)) {
        current = applyChunk(current, chunk, performance.now());
        publishNextFrame(paneId, publish);
      }
    } else {
      const completion = await createChatCompletion(cfg, request, controller.signal);
      current = applyCompletion(current, completion, performance.now());
    }
    current = finishResult(current, 'done', performance.now());
  } catch (error) {
    current = isAbortError(error)
      ? finishResult(current, 'stopped', performance.now())
      : failResult(current, toRunError(error), performance.now());
  }
  publish();
  if (controllers.get(paneId) === controller) controllers.delete(paneId);
}

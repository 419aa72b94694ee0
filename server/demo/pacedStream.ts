import { oxenErrorBody } from '../errors.ts';
import type { SseEvent } from './completion.ts';
import type { StreamFault } from './faults.ts';

export const MIN_PACE = 1;
export const MAX_PACE = 10_000;

/** `X-Demo-Pace` wins when it is a number; it is clamped rather than rejected so tests can't trip on it. */
export function resolvePace(header: string | undefined, fallback: number): number {
  const parsed = header === undefined || header.trim() === '' ? Number.NaN : Number(header);
  const pace = Number.isFinite(parsed) ? parsed : fallback;
  return Math.min(MAX_PACE, Math.max(MIN_PACE, pace));
}

export interface PaceOptions {
  pace: number;
  fault?: StreamFault;
  signal?: AbortSignal;
}

// Timers fire at most this often; at high paces each tick carries several token events in one write,
// which keeps many concurrent fast streams cheap.
const MIN_TICK_MS = 16;

const encoder = new TextEncoder();
const frame = (data: string) => `data: ${data}\n\n`;

// Erroring the body makes the node adapter destroy the socket: no terminating chunk, no [DONE]. An error
// discards queued data on both ends (our stream's queue, and the client's once the socket drops), so wait
// until our queue is drained and then give the client a moment to take the tokens sent before the cut.
const CUT_GRACE_MS = 50;

function cutWhenDrained(controller: ReadableStreamDefaultController<Uint8Array>): void {
  if ((controller.desiredSize ?? 1) <= 0) {
    setTimeout(() => cutWhenDrained(controller), 5);
    return;
  }
  setTimeout(() => {
    try {
      controller.error(new Error('X-Demo-Fault: connection cut'));
    } catch {
      // the client already went away
    }
  }, CUT_GRACE_MS);
}

/** Emits the events as SSE, releasing token events at `pace` per second. */
export function pacedSse(events: readonly SseEvent[], opts: PaceOptions): ReadableStream<Uint8Array> {
  const totalTokens = events.filter((e) => e.isToken).length;
  // A fault past the end still fires before [DONE], so "truncated stream" is testable with any n.
  const faultAt = opts.fault ? Math.min(opts.fault.tokens, totalTokens) : -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let next = 0;
  let sent = 0;
  let finished = false;
  const stop = () => {
    finished = true;
    if (timer) clearTimeout(timer);
    opts.signal?.removeEventListener('abort', stop);
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (opts.signal?.aborted) return stop();
      opts.signal?.addEventListener('abort', () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed or errored
        }
      });
      const started = performance.now();
      const tick = () => {
        if (finished) return;
        const due = Math.floor(((performance.now() - started) * opts.pace) / 1000) + 1;
        let out = '';
        while (next < events.length) {
          if (sent === faultAt && opts.fault) {
            if (out) controller.enqueue(encoder.encode(out));
            stop();
            if (opts.fault.kind === 'cut-after') {
              cutWhenDrained(controller);
            } else {
              const detail = `Demo fault: generation failed after ${sent} tokens`;
              controller.enqueue(encoder.encode(frame(JSON.stringify(oxenErrorBody(500, detail)))));
              controller.close();
            }
            return;
          }
          const event = events[next];
          if (!event || (event.isToken && sent >= due)) break;
          out += frame(event.data);
          next++;
          if (event.isToken) sent++;
        }
        if (out) controller.enqueue(encoder.encode(out));
        if (next >= events.length) {
          stop();
          controller.close();
          return;
        }
        timer = setTimeout(tick, Math.max(MIN_TICK_MS, 1000 / opts.pace));
      };
      tick();
    },
    cancel() {
      // The client went away: stop generating instead of filling a dead socket.
      stop();
    },
  });
}

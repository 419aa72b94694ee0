// Server-sent events from a fetch body. EventSource itself cannot POST or send an Authorization header, so
// chat streaming reads the body by hand; eventsource-parser does the line-level SSE grammar (CRLF, multi-line
// data, comments) and this module adds byte decoding, async iteration and cancellation.
import { createParser } from 'eventsource-parser';

export interface SseEvent {
  /** The `event:` field, undefined when the server sent none (the SSE default "message"). */
  event?: string;
  data: string;
  id?: string;
}

/**
 * Yields each complete event of an SSE body. A final event without its terminating blank line is dropped,
 * as the SSE spec requires: a connection cut mid-event must not produce half an event.
 *
 * The body's reader is cancelled when the consumer stops early (break/return) or when `signal` aborts; an
 * abort makes the generator throw the signal's reason.
 */
export async function* decodeSse(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
  /** Called for every read with bytes in it, keep-alive comments included: the connection is alive. */
  onBytes?: () => void,
): AsyncGenerator<SseEvent, void, undefined> {
  signal?.throwIfAborted();
  const reader = body.getReader();
  // stream: true keeps a multi-byte UTF-8 character that is split across reads until its last byte arrives.
  const decoder = new TextDecoder();
  const pending: SseEvent[] = [];
  const parser = createParser({
    onEvent: ({ event, data, id }) => {
      // Only copy fields that were sent, so consumers (and deep-equal tests) see no `undefined` keys.
      const out: SseEvent = { data };
      if (event !== undefined) out.event = event;
      if (id !== undefined) out.id = id;
      pending.push(out);
    },
  });
  // A pending read() resolves as soon as the reader is cancelled, so abort wakes the loop immediately even
  // when the server is silent.
  const onAbort = () => {
    reader.cancel(signal?.reason).catch(() => {});
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  let finished = false;
  try {
    while (true) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      if (value.byteLength > 0) onBytes?.();
      parser.feed(decoder.decode(value, { stream: true }));
      yield* drain(pending);
    }
    finished = true;
    parser.feed(decoder.decode());
    yield* drain(pending);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (finished) reader.releaseLock();
    // Stopped early (consumer returned, an error, or abort): tell the server we no longer want the body.
    else await reader.cancel().catch(() => {});
  }
}

function* drain(queue: SseEvent[]): Generator<SseEvent> {
  let next = queue.shift();
  while (next !== undefined) {
    yield next;
    next = queue.shift();
  }
}

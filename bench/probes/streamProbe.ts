// Runs inside the page (serialised by addProbe: no imports, no outer variables). It timestamps every network
// chunk of a chat-completions stream as the app's reader receives it, finds when the "Response" region's DOM
// first holds that chunk's text, and when the frame after that has been painted; it also records every
// animation frame, long tasks and long animation frames. Text is compared by counting letters and digits,
// since markdown markup (**, ##, -, fence info strings) is not in the rendered text.

export interface ProbeChunk {
  stream: number;
  /** When the reader's read() resolved with the chunk. */
  arrivedAt: number;
  /** Letters and digits of the answer up to and including this chunk. */
  need: number;
  domAt: number;
  paintedAt: number;
}

export interface ProbeStream {
  id: number;
  label: string | null;
  startedAt: number;
  endedAt: number;
  contentChars: number;
  /** Content events (the demo sends one token per event). */
  tokens: number;
  chunksWithoutLetters: number;
  regionFound: boolean;
}

export interface ProbeLongFrame {
  start: number;
  duration: number;
  blocking: number;
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: { invoker: string; source: string; fn: string; duration: number; forcedLayout: number }[];
}

export interface ProbeSnapshot {
  chunks: ProbeChunk[];
  streams: ProbeStream[];
  frames: number[];
  longTasks: { start: number; duration: number }[];
  longFrames: ProbeLongFrame[];
  overheadMs: number;
  now: number;
}

export interface StreamProbeApi {
  snapshot: (since: number) => ProbeSnapshot;
  /** Cheap to poll: `count` streams started after `since` have ended and all their chunks are painted. */
  settled: (since: number, count: number) => boolean;
}

interface BenchWindow {
  __benchStream?: StreamProbeApi;
}

export function installStreamProbe(regionLabel: string): void {
  const now = () => performance.now();
  const ALNUM = /[\p{L}\p{N}]/gu;
  const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
  const countAlnum = (text: string) => text.match(ALNUM)?.length ?? 0;
  // An opening fence's info string ("```ts") is a class name after rendering, not text.
  const countLine = (line: string) => (FENCE.test(line) ? 0 : countAlnum(line));

  interface Stream {
    info: ProbeStream;
    decoder: TextDecoder;
    sse: string;
    counted: number;
    partial: string;
    text: string;
    region: Element | null;
    chunks: ProbeChunk[];
    nextDom: number;
  }
  const streams: Stream[] = [];
  const bodies = new WeakSet<ReadableStream>();
  const readers = new WeakMap<object, Stream>();
  const frames: number[] = [];
  const longTasks: { start: number; duration: number }[] = [];
  const longFrames: ProbeLongFrame[] = [];
  let overhead = 0;

  const originalFetch = window.fetch;
  window.fetch = async function benchFetch(input: RequestInfo | URL, init?: RequestInit) {
    const response = await originalFetch.call(this, input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const type = response.headers.get('content-type') ?? '';
    if (url.includes('/chat/completions') && type.includes('event-stream') && response.body) {
      bodies.add(response.body);
    }
    return response;
  };

  const originalGetReader = ReadableStream.prototype.getReader;
  // The overloads of getReader cannot be re-declared on an assignment; the call passes everything through.
  const patchedGetReader = function (this: ReadableStream, ...args: unknown[]) {
    const reader = (originalGetReader as (...a: unknown[]) => object).apply(this, args);
    if (bodies.has(this)) {
      const info: ProbeStream = {
        id: streams.length,
        label: null,
        startedAt: now(),
        endedAt: -1,
        contentChars: 0,
        tokens: 0,
        chunksWithoutLetters: 0,
        regionFound: false,
      };
      const stream: Stream = {
        info,
        decoder: new TextDecoder(),
        sse: '',
        counted: 0,
        partial: '',
        text: '',
        region: null,
        chunks: [],
        nextDom: 0,
      };
      streams.push(stream);
      readers.set(reader, stream);
    }
    return reader;
  };
  ReadableStream.prototype.getReader = patchedGetReader as typeof ReadableStream.prototype.getReader;

  const onChunk = (stream: Stream, bytes: Uint8Array, arrivedAt: number) => {
    stream.sse += stream.decoder.decode(bytes, { stream: true });
    const events = stream.sse.split('\n\n');
    stream.sse = events.pop() ?? '';
    let added = '';
    for (const event of events) {
      for (const line of event.split('\n')) {
        if (!line.startsWith('data:')) continue;
        const data = line.slice(5).trim();
        if (data === '[DONE]') {
          // The app stops reading at [DONE], so the reader may never report the end itself.
          stream.info.endedAt = arrivedAt;
          continue;
        }
        try {
          const chunk = JSON.parse(data) as {
            choices?: {
              delta?: {
                content?: string | null;
                reasoning_content?: string;
                tool_calls?: { function?: { name?: string; arguments?: string } }[];
              };
            }[];
          };
          const delta = chunk.choices?.[0]?.delta;
          // Text, reasoning and tool-call arguments all count: each is shown in the Response region as it comes.
          const content =
            (delta?.content ?? '') +
            (delta?.reasoning_content ?? '') +
            (delta?.tool_calls ?? []).map((call) => call.function?.arguments ?? '').join('');
          if (content !== '') stream.info.tokens++;
          added += content;
        } catch {
          // not a chunk this probe understands
        }
      }
    }
    if (added === '') return;
    stream.text += added;
    stream.info.contentChars += added.length;
    stream.info.label ??= /Bench stream (\S+)/.exec(stream.text.slice(0, 200))?.[1] ?? null;
    stream.partial += added;
    let newline = stream.partial.indexOf('\n');
    while (newline >= 0) {
      stream.counted += countLine(stream.partial.slice(0, newline));
      stream.partial = stream.partial.slice(newline + 1);
      newline = stream.partial.indexOf('\n');
    }
    const need = stream.counted + countLine(stream.partial);
    const last = stream.chunks[stream.chunks.length - 1];
    if (last && need <= last.need) {
      stream.info.chunksWithoutLetters++;
      return;
    }
    stream.chunks.push({ stream: stream.info.id, arrivedAt, need, domAt: -1, paintedAt: -1 });
  };

  const originalRead = ReadableStreamDefaultReader.prototype.read;
  ReadableStreamDefaultReader.prototype.read = function benchRead(this: ReadableStreamDefaultReader) {
    const result = originalRead.call(this);
    const stream = readers.get(this);
    if (stream) {
      // Attached before the app's own await, so this runs first: the timestamp is the arrival itself.
      void result.then(
        ({ done, value }) => {
          const arrivedAt = now();
          if (done) stream.info.endedAt = stream.info.endedAt < 0 ? arrivedAt : stream.info.endedAt;
          else if (value instanceof Uint8Array) onChunk(stream, value, arrivedAt);
          overhead += now() - arrivedAt;
        },
        () => {
          stream.info.endedAt = now();
        },
      );
    }
    return result;
  } as typeof ReadableStreamDefaultReader.prototype.read;

  const regionOf = (stream: Stream): Element | null => {
    if (stream.region?.isConnected) return stream.region;
    // In Compare each pane names its region by pane ("Pane 2 response"): landmarks need distinct names.
    const candidates = [
      ...document.querySelectorAll(
        `[aria-label="${regionLabel}"], [aria-label^="Pane "][aria-label$=" ${regionLabel.toLowerCase()}"]`,
      ),
    ];
    const label = stream.info.label;
    const found =
      (label !== null
        ? candidates.find((c) => new RegExp(`Bench stream ${label}(?!\\d)`).test(c.textContent ?? ''))
        : undefined) ?? (candidates.length === 1 ? candidates[0] : undefined);
    stream.region = found ?? null;
    if (found) stream.info.regionFound = true;
    return stream.region;
  };

  // Letters and digits under a node, cached per node and invalidated along the path of every mutation, so a
  // check re-counts only what changed (the growing last block), not the whole answer, on every commit.
  const counts = new WeakMap<Node, number>();
  const countNode = (node: Node): number => {
    const cached = counts.get(node);
    if (cached !== undefined) return cached;
    let count = 0;
    if (node.nodeType === Node.TEXT_NODE) count = countAlnum(node.nodeValue ?? '');
    // Buttons (e.g. "Append to conversation") are not answer text.
    else if (node.nodeName !== 'BUTTON') for (const child of node.childNodes) count += countNode(child);
    counts.set(node, count);
    return count;
  };
  const invalidate = (records: MutationRecord[]) => {
    for (const record of records) {
      for (let n: Node | null = record.target; n && counts.has(n); n = n.parentNode) counts.delete(n);
    }
  };

  // True from this probe's animation-frame callback until the frame's rendering is over. A DOM change made by
  // another frame callback in that window (e.g. the app publishing in requestAnimationFrame) is painted by this
  // frame, not the next one.
  let inFrame = false;
  let awaitingPaint: ProbeChunk[] = [];

  const checkDom = (records: MutationRecord[]) => {
    const started = now();
    invalidate(records);
    for (const stream of streams) {
      if (stream.nextDom >= stream.chunks.length) continue;
      const region = regionOf(stream);
      if (!region) continue;
      const count = countNode(region);
      while (stream.nextDom < stream.chunks.length) {
        const chunk = stream.chunks[stream.nextDom] as ProbeChunk;
        if (chunk.need > count) break;
        chunk.domAt = started;
        if (inFrame) awaitingPaint.push(chunk);
        stream.nextDom++;
      }
    }
    overhead += now() - started;
  };

  const startObserving = () => {
    new MutationObserver(checkDom).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  };
  if (document.body) startObserving();
  else document.addEventListener('DOMContentLoaded', startObserving, { once: true });

  // A message posted from a frame callback runs once that frame's rendering (style, layout, paint) is done:
  // chunks in the DOM by then are painted by then.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const paintedAt = now();
    inFrame = false;
    for (const chunk of awaitingPaint) chunk.paintedAt = paintedAt;
    awaitingPaint = [];
  };
  const onFrame = (timestamp: number) => {
    frames.push(timestamp);
    const started = now();
    inFrame = true;
    for (const stream of streams) {
      for (let i = stream.nextDom - 1; i >= 0; i--) {
        const chunk = stream.chunks[i] as ProbeChunk;
        if (chunk.paintedAt >= 0 || awaitingPaint.includes(chunk)) break;
        awaitingPaint.push(chunk);
      }
    }
    channel.port2.postMessage(null);
    overhead += now() - started;
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        // Long Animation Frames: typed loosely because lib.dom does not describe them yet.
        const f = e as PerformanceEntry & {
          blockingDuration: number;
          renderStart: number;
          styleAndLayoutStart: number;
          scripts: {
            invoker: string;
            sourceURL: string;
            sourceFunctionName: string;
            duration: number;
            forcedStyleAndLayoutDuration: number;
          }[];
        };
        longFrames.push({
          start: f.startTime,
          duration: f.duration,
          blocking: f.blockingDuration,
          renderStart: f.renderStart,
          styleAndLayoutStart: f.styleAndLayoutStart,
          scripts: f.scripts.map((s) => ({
            invoker: s.invoker,
            source: s.sourceURL.split('/').pop() ?? '',
            fn: s.sourceFunctionName,
            duration: s.duration,
            forcedLayout: s.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Long Animation Frames are a Chromium addition; without them only long tasks are reported.
  }

  (window as BenchWindow).__benchStream = {
    settled: (since: number, count: number) => {
      const recent = streams.filter((s) => s.info.startedAt >= since);
      return (
        recent.length >= count &&
        recent.every((s) => s.info.endedAt >= 0 && s.chunks.every((c) => c.paintedAt >= 0))
      );
    },
    snapshot: (since: number) => ({
      chunks: streams.filter((s) => s.info.startedAt >= since).flatMap((s) => s.chunks),
      streams: streams.filter((s) => s.info.startedAt >= since).map((s) => ({ ...s.info })),
      frames: frames.filter((t) => t >= since),
      longTasks: longTasks.filter((t) => t.start >= since),
      longFrames: longFrames.filter((t) => t.start >= since),
      overheadMs: overhead,
      now: now(),
    }),
  };
}

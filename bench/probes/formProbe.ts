// Runs inside the page (serialised by addProbe). Times the parameter form: when the model-details body has
// been read, when the last field is in the DOM, and when the frame showing it has been painted; and, for
// model switches, when the picking keystroke started. Typing is timed per keystroke (keydown to the end of
// the frame after its input event) next to the browser's own Event Timing entries.

export interface FormRender {
  /** The details response body had been read (Response.text() resolved), or -1. */
  receivedAt: number;
  /** The keydown that picked the model (warm switches), or -1. */
  pickedAt: number;
  /** The first field in the DOM, the frame showing it painted, and how many fields that first render held: the
   * form is usable from there when it renders progressively (the rest follows in idle time). */
  firstAt: number;
  firstPaintedAt: number;
  firstCount: number;
  /** The last field in the DOM (the whole form), and the frame showing it painted. */
  fieldsAt: number;
  paintedAt: number;
  fieldCount: number;
}

export interface Keystroke {
  key: string;
  /** event.timeStamp of the keydown. */
  startedAt: number;
  /** When the keydown listeners began and the input event's listeners (incl. React's re-render) ended. */
  processingStart: number;
  processingEnd: number;
  paintedAt: number;
}

export interface EventTimingEntry {
  name: string;
  startTime: number;
  duration: number;
  processing: number;
  interactionId: number;
}

export interface FormSnapshot {
  renders: FormRender[];
  keystrokes: Keystroke[];
  events: EventTimingEntry[];
  longTasks: { start: number; duration: number }[];
  /** Script downloads (Resource Timing), to tell waiting for a lazy chunk from rendering work. */
  scripts: { name: string; start: number; end: number }[];
}

interface BenchWindow {
  __benchForm?: { snapshot: () => FormSnapshot };
}

export interface FormProbeOptions {
  /** Part of the model-details URL whose body is timed. */
  detailsPath: string;
  /** Id suffix of the first field's label: its arrival means the form's first render is in the DOM. */
  firstField: string;
  /** Id suffix of the last field's label: its arrival means the whole form is in the DOM. */
  lastField: string;
  /** Matches the id of every field's label (the fields counted). */
  labelPattern: string;
  /** Matches the id of a field's input (the keystrokes timed). */
  inputPattern: string;
}

export function installFormProbe(opts: FormProbeOptions): void {
  const now = () => performance.now();
  const renders: FormRender[] = [];
  const keystrokes: Keystroke[] = [];
  const events: EventTimingEntry[] = [];
  const longTasks: { start: number; duration: number }[] = [];
  let receivedAt = -1;
  let pickedAt = -1;

  const afterNextPaint = (done: (t: number) => void) =>
    requestAnimationFrame(() => setTimeout(() => done(now()), 0));

  const originalText = Response.prototype.text;
  Response.prototype.text = function benchText(this: Response) {
    const body = originalText.call(this);
    if (this.url.includes(opts.detailsPath)) {
      // Attached before the app's await, so it runs first: the moment the body is available.
      void body.then(
        () => {
          receivedAt = now();
        },
        () => {},
      );
    }
    return body;
  };

  const labelPattern = new RegExp(opts.labelPattern);
  const inputPattern = new RegExp(opts.inputPattern);
  let firstSeen: Element | null = null;
  let lastSeen: Element | null = null;
  const countFields = () =>
    [...document.querySelectorAll('[id]')].filter((e) => labelPattern.test(e.id)).length;
  const onMutation = () => {
    const first = document.querySelector(`[id$="${opts.firstField}"]`);
    if (first && first !== firstSeen) {
      firstSeen = first;
      const render: FormRender = {
        receivedAt,
        pickedAt,
        firstAt: now(),
        firstPaintedAt: -1,
        firstCount: countFields(),
        fieldsAt: -1,
        paintedAt: -1,
        fieldCount: 0,
      };
      receivedAt = -1;
      pickedAt = -1;
      renders.push(render);
      afterNextPaint((t) => {
        render.firstPaintedAt = t;
      });
    }
    const last = document.querySelector(`[id$="${opts.lastField}"]`);
    const render = renders[renders.length - 1];
    if (!last || last === lastSeen || !render) return;
    lastSeen = last;
    render.fieldsAt = now();
    render.fieldCount = countFields();
    afterNextPaint((t) => {
      render.paintedAt = t;
    });
  };
  const observe = () =>
    new MutationObserver(onMutation).observe(document.body, { childList: true, subtree: true });
  if (document.body) observe();
  else document.addEventListener('DOMContentLoaded', observe, { once: true });

  let current: Keystroke | null = null;
  window.addEventListener(
    'keydown',
    (e) => {
      const target = e.target as HTMLElement | null;
      if (e.key === 'Enter' && target?.getAttribute('role') === 'combobox') pickedAt = now();
      if (!target?.id || !inputPattern.test(target.id)) return;
      const stroke: Keystroke = {
        key: e.key,
        startedAt: e.timeStamp,
        processingStart: now(),
        processingEnd: -1,
        paintedAt: -1,
      };
      current = stroke;
      keystrokes.push(stroke);
      afterNextPaint((t) => {
        stroke.paintedAt = t;
      });
    },
    { capture: true },
  );
  // Bubbling on window: React's listeners on the root (and its synchronous re-render) have already run.
  window.addEventListener('input', () => {
    if (current) current.processingEnd = now();
  });
  window.addEventListener('keyup', () => {
    current = null;
  });

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      // interactionId is not in TypeScript's DOM types yet.
      const t = e as PerformanceEventTiming & { interactionId?: number };
      events.push({
        name: t.name,
        startTime: t.startTime,
        duration: t.duration,
        processing: t.processingEnd - t.processingStart,
        interactionId: t.interactionId ?? 0,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  (window as BenchWindow).__benchForm = {
    snapshot: () => ({
      renders: renders.map((r) => ({ ...r })),
      keystrokes: keystrokes.map((k) => ({ ...k })),
      events: [...events],
      longTasks: [...longTasks],
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'))
        .map((e) => ({
          name: e.name.split('/').pop() ?? e.name,
          start: e.startTime,
          end: (e as PerformanceResourceTiming).responseEnd,
        })),
    }),
  };
}

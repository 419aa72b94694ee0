// Runs inside the page (serialised by addProbe: no imports, no outer variables). For the evaluation bench: every
// animation frame's time, long tasks, and every IndexedDB transaction that writes to the `cells` store (how long
// from its creation to `complete`, how many records it put, and the main-thread time of those put() calls).

export interface EvalProbeSnapshot {
  frames: number[];
  longTasks: { start: number; duration: number }[];
  cellWrites: { startedAt: number; ms: number; records: number; putMs: number }[];
  now: number;
}

interface BenchWindow {
  __benchEval?: { snapshot: () => EvalProbeSnapshot };
}

export function installEvalProbe(): void {
  const frames: number[] = [];
  const longTasks: { start: number; duration: number }[] = [];
  const cellWrites: { startedAt: number; ms: number; records: number; putMs: number }[] = [];
  const onFrame = (t: number) => {
    frames.push(t);
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the figure reads n/a.
  }
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ): IDBTransaction {
    const tx = original.apply(this, args);
    const names = typeof args[0] === 'string' ? [args[0]] : Array.from(args[0]);
    if (args[1] === 'readwrite' && names.includes('cells')) {
      const startedAt = performance.now();
      const entry = { startedAt, ms: -1, records: 0, putMs: 0 };
      const store = tx.objectStore('cells');
      const put = store.put.bind(store);
      store.put = (...putArgs: Parameters<IDBObjectStore['put']>) => {
        entry.records += 1;
        // put() clones the record on the main thread: that is the write's cost to the page.
        const before = performance.now();
        const request = put(...putArgs);
        entry.putMs += performance.now() - before;
        return request;
      };
      tx.addEventListener('complete', () => {
        entry.ms = performance.now() - startedAt;
        cellWrites.push(entry);
      });
    }
    return tx;
  };
  (window as unknown as BenchWindow).__benchEval = {
    snapshot: () => ({
      frames: frames.slice(),
      longTasks: longTasks.slice(),
      cellWrites: cellWrites.slice(),
      now: performance.now(),
    }),
  };
}

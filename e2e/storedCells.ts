// The evaluation's cells as the page stored them in IndexedDB (every run), for the e2e tests and the benchmark:
// the grid shows only a window of rows, so what a run produced is read where the run keeps it.

/** The part of a Playwright page this needs (the e2e tests' and the benchmark's Page types both fit). */
interface EvaluatingPage {
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
}

export interface StoredCellSummary {
  status: string;
  latencyMs: number | null;
}

export function storedCells(page: EvaluatingPage): Promise<StoredCellSummary[]> {
  return page.evaluate(
    () =>
      new Promise<StoredCellSummary[]>((resolve, reject) => {
        const open = indexedDB.open('yoke-evaluation');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('cells').objectStore('cells').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const cells = (all.result as { status?: unknown; latencyMs?: unknown }[]).map((cell) => ({
              status: String(cell.status),
              latencyMs: typeof cell.latencyMs === 'number' ? cell.latencyMs : null,
            }));
            open.result.close();
            resolve(cells);
          };
        };
      }),
  );
}

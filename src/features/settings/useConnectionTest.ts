import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiConfig, type ConnectionReport, type Model, testConnection } from '@/lib/api';

/** One connection test: for which server and key, and its outcome once known. */
interface Tested {
  api: ApiConfig;
  report?: ConnectionReport;
  models?: Model[];
}

const same = (a: ApiConfig, b: ApiConfig) => a.baseUrl === b.baseUrl && (a.apiKey ?? '') === (b.apiKey ?? '');

export interface ConnectionTest {
  run: (api: ApiConfig) => void;
  /** The test of exactly `api` (server and key as typed now): a result for other values is stale, not shown. */
  of: (api: ApiConfig) => { pending: boolean; report?: ConnectionReport; models?: Model[] } | null;
}

/** Runs "Test connection" for the values typed in the dialog; a new test or closing the dialog cancels the
 * one under way. */
export function useConnectionTest(): ConnectionTest {
  const [tested, setTested] = useState<Tested | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback((api: ApiConfig) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setTested({ api });
    testConnection(api, own.signal).then(
      (result) => {
        if (!own.signal.aborted) setTested({ api, ...result });
      },
      () => {
        // Cancelled: a newer test or a closed dialog owns the result.
      },
    );
  }, []);

  const of = useCallback(
    (api: ApiConfig) =>
      tested && same(tested.api, api)
        ? {
            pending: tested.report === undefined,
            ...(tested.report ? { report: tested.report } : {}),
            ...(tested.models ? { models: tested.models } : {}),
          }
        : null,
    [tested],
  );
  return { run, of };
}

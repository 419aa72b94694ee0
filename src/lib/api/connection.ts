// "Test connection": one model-list call to the server the user is typing into Settings, and what its outcome
// means in words. A user setting up a local server meets four different walls — the browser withholding the
// answer (CORS), nothing listening, a key refused, a server without /models — and each has its own fix, so
// the report tells them apart instead of saying "failed".

import { originOf, trimTrailingSlashes } from '@/lib/url';
import { type ApiConfig, listModels } from './client';
import { ApiError } from './errors';
import type { Model } from './types';
import { corsHowTo } from './unreachable';

export type ConnectionKind =
  | 'ok'
  | 'cors'
  | 'mixed-content'
  | 'unreachable'
  | 'timeout'
  | 'refused-key'
  | 'no-models'
  | 'http'
  | 'unreadable';

export interface ConnectionReport {
  kind: ConnectionKind;
  /** One line saying what happened. */
  title: string;
  /** What was seen: the models listed, the server's own message, where nothing answered. */
  detail?: string;
  /** What to change, when we can tell (CORS settings of the server at hand). */
  fix?: string;
}

export interface ConnectionContext {
  /** The base URL tested (as the client calls it: absolute, or a path of this site). */
  baseUrl: string;
  /** The page's URL, to name its origin in a CORS fix; undefined outside a browser. */
  pageUrl: string | undefined;
  /** Whether a key went with the request: a refusal without one asks for a key, with one says it is wrong. */
  keySent: boolean;
}

/** How many model ids a successful test names. */
export const IDS_SHOWN = 5;

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** The report for a model list that arrived. */
export function reportModels(models: readonly Model[]): ConnectionReport {
  if (models.length === 0) {
    return {
      kind: 'no-models',
      title: 'The server lists no models; you can type a model id',
      detail: 'It answered with an empty model list.',
    };
  }
  const ids = models.slice(0, IDS_SHOWN).map((m) => m.id);
  const more = models.length - ids.length;
  return {
    kind: 'ok',
    title: `Connected: ${plural(models.length, 'model')} listed`,
    detail: `${ids.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en-US')} more` : ''}`,
  };
}

/** The report for a failed model-list call. Pure: the client has already probed (error.reachability). */
export function reportFailure(error: unknown, context: ConnectionContext): ConnectionReport {
  const url = `${trimTrailingSlashes(context.baseUrl)}/models`;
  const origin = originOf(context.baseUrl, context.pageUrl);
  if (!(error instanceof ApiError)) {
    return { kind: 'unreadable', title: 'The test failed', detail: String(error) };
  }
  if (error.kind === 'network') {
    if (error.reachability === 'cors') {
      const pageOrigin = context.pageUrl ? originOf(context.pageUrl) : 'this page';
      return {
        kind: 'cors',
        title: 'The server is running, but the browser withheld its answer (CORS)',
        detail: `${origin} does not allow requests from ${pageOrigin}.`,
        fix: corsHowTo(url, pageOrigin),
      };
    }
    if (error.reachability === 'mixed-content') {
      return { kind: 'mixed-content', title: 'The browser blocks this server', detail: error.message };
    }
    if (error.reachability === 'unreachable') {
      return {
        kind: 'unreachable',
        title: `Nothing answered at ${origin}`,
        detail:
          'The port is closed or the host cannot be reached: check the base URL and that the server is running.',
      };
    }
    // No probe result: the call never left (a key that cannot be sent in a header), or it timed out.
    return { kind: 'unreadable', title: 'The test could not be sent', detail: error.message };
  }
  if (error.kind === 'http' && (error.status === 401 || error.status === 403)) {
    return {
      kind: 'refused-key',
      title: `The server refused the key (HTTP ${error.status})`,
      detail: context.keySent
        ? `It said: ${error.serverMessage}`
        : `No key was sent — enter the key for this server. It said: ${error.serverMessage}`,
    };
  }
  if (error.kind === 'http' && error.status === 404) {
    return {
      kind: 'no-models',
      title: 'The server lists no models; you can type a model id',
      detail: `GET /models answered HTTP 404 (${error.serverMessage}). If it should list them, check the base URL (most servers end it in /v1).`,
    };
  }
  if (error.kind === 'http' && (error.status < 200 || error.status >= 300)) {
    return { kind: 'http', title: `The server answered HTTP ${error.status}`, detail: error.serverMessage };
  }
  // A 2xx that is not a model list (a web page, another API): the base URL is probably off.
  return {
    kind: 'unreadable',
    title: 'The server answered, but not with a model list',
    detail: error.serverMessage,
  };
}

const TEST_TIMEOUT_MS = 10_000;

export interface ConnectionResult {
  report: ConnectionReport;
  /** The models listed, when the call succeeded (the settings dialog hands them to the catalogue cache). */
  models?: Model[];
}

/**
 * Lists the models of `cfg` once, without retries, within 10 s. Resolves with a report whatever happened,
 * except when `signal` aborts (the dialog closed, another test started): then it rejects with the abort.
 */
export async function testConnection(
  cfg: ApiConfig,
  signal: AbortSignal,
  timeoutMs = TEST_TIMEOUT_MS,
): Promise<ConnectionResult> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const pageUrl = (globalThis as { location?: { href?: string } }).location?.href;
  try {
    const models = await listModels(cfg, AbortSignal.any([signal, timeout]));
    return { report: reportModels(models), models };
  } catch (error) {
    if (signal.aborted) throw error;
    if (timeout.aborted) {
      return {
        report: {
          kind: 'timeout',
          title: 'The server did not answer in time',
          detail: `Nothing came back from ${originOf(cfg.baseUrl, pageUrl)} within ${timeoutMs / 1000} s.`,
        },
      };
    }
    const keySent = Boolean(cfg.apiKey?.trim());
    return { report: reportFailure(error, { baseUrl: cfg.baseUrl, pageUrl, keySent }) };
  }
}

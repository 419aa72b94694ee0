// Why the browser could not reach a server, in words that say what to do. fetch() reports a CORS refusal, a
// closed port, a wrong host and a blocked mixed-content request all as the same TypeError ("Failed to fetch"),
// so the client probes once more without CORS (an opaque request, which the browser allows): if that gets an
// answer, the server is up and it is the browser refusing to hand over the response — almost always CORS.

export type Reachability =
  /** The server answered the opaque probe: it is running; the browser withheld its answer (CORS). */
  | 'cors'
  /** An https page calling an http server that is not this machine: browsers block it outright. */
  | 'mixed-content'
  /** Nothing answered (closed port, wrong host, DNS, firewall), or no probe was possible. */
  | 'unreachable';

function parse(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a failed call to `url` from `pageUrl` is worth a no-CORS probe (only a cross-origin call can be a
 * CORS refusal), or is mixed content on its face. */
export function reachabilityBeforeProbe(url: string, pageUrl: string | undefined): 'probe' | Reachability {
  const target = parse(url, pageUrl);
  const page = pageUrl === undefined ? null : parse(pageUrl);
  if (!target || !page) return 'unreachable';
  if (target.origin === page.origin) return 'unreachable';
  if (page.protocol === 'https:' && target.protocol === 'http:' && !LOOPBACK.has(target.hostname)) {
    return 'mixed-content';
  }
  return 'probe';
}

/** What to change on the server so that `pageOrigin` may call it, for the servers people run locally. */
export function corsHowTo(url: string, pageOrigin: string): string {
  const target = parse(url);
  const port = target?.port ?? '';
  const host = target?.hostname ?? '';
  if (port === '11434' || host.includes('ollama')) {
    return `For Ollama, set OLLAMA_ORIGINS=${pageOrigin} in the environment Ollama starts with and restart it.`;
  }
  if (port === '1234' || host.includes('lmstudio')) {
    return 'For LM Studio, turn on "Enable CORS" in the server settings, or start it with: lms server start --cors';
  }
  if (port === '8000' || host.includes('vllm')) {
    return `For vLLM, start it with --allowed-origins '["${pageOrigin}"]' (a proxy in front of it must pass the CORS headers on).`;
  }
  return `The server (or a proxy in front of it) must answer with Access-Control-Allow-Origin: ${pageOrigin} and allow the Authorization and Content-Type headers; or call it through a proxy on this site's origin.`;
}

/** The message for a call to `url` that got no readable response. Only origins are named, never paths. */
export function unreachableMessage(
  url: string,
  pageUrl: string | undefined,
  reachability: Reachability,
): string {
  const target = parse(url, pageUrl);
  const origin = target?.origin ?? 'the configured base URL';
  const pageOrigin = (pageUrl && parse(pageUrl)?.origin) || 'this page';
  if (reachability === 'cors') {
    return `The server at ${origin} is running, but the browser refused to let this page read its answer — probably CORS: the server does not allow requests from ${pageOrigin}. ${corsHowTo(url, pageOrigin)}`;
  }
  if (reachability === 'mixed-content') {
    return `The browser blocks calls from this https page to ${origin}, which is plain http. Use an https URL for the server, or run Yoke over http on your own machine.`;
  }
  return `Could not reach the server at ${origin} — check the base URL and that the server is running.`;
}

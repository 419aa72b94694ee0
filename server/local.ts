import type { Context, MiddlewareHandler } from 'hono';
import { oxenErrorResponse } from './errors.ts';

// Any page open in the browser can send requests to a server on 127.0.0.1, and DNS rebinding can make a
// foreign name resolve to it. These guards keep the server answering only to this machine's own names and
// writes only to its own pages (or to clients that are not browsers at all).

/** Names that can only mean this machine; always allowed. */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

// Listening on "every interface" says nothing about the name clients will use, so these are never allowed.
const WILDCARD_HOSTS = new Set(['0.0.0.0', '[::]']);

// A Host is a registered name or an IP literal plus an optional port (RFC 9110 §7.2), nothing more; checking
// the characters first keeps URL parsing from reading `@`, `\` or `/` into it.
const HOST_SYNTAX = /^(?:\[[0-9a-f:.]+\]|[a-z0-9._-]+)(?::\d{1,5})?$/i;

/** The canonical hostname (lower case, IPv6 in brackets, no port), or null when `value` is not a host. */
export function hostnameOf(value: string): string | null {
  let host = value.trim();
  // A bare IPv6 address, as HOST=::1 or in YOKE_ALLOWED_HOSTS.
  if (!host.startsWith('[') && host.split(':').length > 2) host = `[${host}]`;
  if (!HOST_SYNTAX.test(host)) return null;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}

/** YOKE_ALLOWED_HOSTS: comma-separated hostnames (a port, if given, is ignored). */
export function parseHostList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The loopback names plus `extra` (the --host and YOKE_ALLOWED_HOSTS), wildcards left out. */
export function allowedHostnames(extra: readonly string[] = []): Set<string> {
  const names = new Set<string>();
  for (const entry of [...LOOPBACK_HOSTS, ...extra]) {
    const name = hostnameOf(entry);
    if (name !== null && !WILDCARD_HOSTS.has(name)) names.add(name);
  }
  return names;
}

/**
 * Refuses requests addressed to a name not on the list. Both the Host header and the request URL are checked:
 * they differ when a client sends an absolute request-target.
 */
export function hostGuard(allowed: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('Host');
    const names = [new URL(c.req.url).hostname];
    if (header !== undefined) names.push(hostnameOf(header) ?? '');
    if (names.every((name) => allowed.has(name))) return next();
    const named = header === undefined ? null : hostnameOf(header);
    return oxenErrorResponse(
      403,
      `Host ${named ?? '(invalid)'} is not allowed. Yoke answers only requests addressed to ` +
        `${LOOPBACK_HOSTS.join(', ')} or the --host it was started with; to reach it under another name, ` +
        'list that name in YOKE_ALLOWED_HOSTS (comma-separated) and restart the server.',
    );
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);
// What a browser sends for a page's own requests ("same-origin") or for one the user typed in ("none").
const SAME_SITE_FETCHES = new Set(['same-origin', 'none']);

function ownOrigin(c: Context): string | null {
  const url = new URL(c.req.url);
  try {
    return new URL(`${url.protocol}//${c.req.header('Host') ?? url.host}`).origin;
  } catch {
    return null;
  }
}

/** Why a write is cross-site, or undefined when it comes from our own pages or from a non-browser client. */
function crossSiteReason(c: Context): string | undefined {
  const origin = c.req.header('Origin');
  if (origin !== undefined) {
    const own = ownOrigin(c);
    // "null" (sandboxed frames, file: pages, some redirects) never equals an origin, so it is refused too.
    if (own !== null && origin === own) return undefined;
    return `Cross-origin request refused: its Origin is not ${own ?? 'this server'}`;
  }
  const site = c.req.header('Sec-Fetch-Site');
  if (site !== undefined && !SAME_SITE_FETCHES.has(site)) {
    return 'Cross-site request refused (Sec-Fetch-Site is not same-origin)';
  }
  // Neither header: curl, Python, Node, the SDKs. Browsers always send at least one, so this is no browser.
  return undefined;
}

function hasBody(c: Context): boolean {
  const length = c.req.header('Content-Length');
  return c.req.header('Transfer-Encoding') !== undefined || (length !== undefined && length.trim() !== '0');
}

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Writes (anything but GET/HEAD) only from our own origin, and bodies only as JSON: a page on another site
 * can send a `no-cors` text/plain POST without any preflight, but it cannot send application/json that way.
 */
export function sameOriginGuard(): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const refused = crossSiteReason(c);
    if (refused) return oxenErrorResponse(403, refused);
    if (hasBody(c) && !isJson(c.req.header('Content-Type'))) {
      return oxenErrorResponse(415, 'Request bodies must be sent as Content-Type: application/json');
    }
    return next();
  };
}

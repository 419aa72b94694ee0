// Errors from the inference API, normalised so the UI can show one readable line whatever server answered
// (Oxen, OpenAI, FastAPI-based servers, a proxy's HTML error page, or nothing at all).

import { isRecord } from '@/lib/json';
import type { Reachability } from './unreachable';

export type ApiErrorKind = 'http' | 'network' | 'stream' | 'aborted';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  /** HTTP status; 0 when no HTTP response was received. */
  status: number;
  /** What the server (or the transport) said, already reduced to one short line. */
  serverMessage: string;
  body?: unknown;
  /** Overrides the default user-facing message (which is derived from kind, status and serverMessage). */
  message?: string;
  cause?: unknown;
  /** How long the server asked to wait before trying again (Retry-After), in seconds. */
  retryAfterSeconds?: number;
  /** For a call that got no readable response: what the no-CORS probe found (see unreachable.ts). */
  reachability?: Reachability;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly serverMessage: string;
  readonly body?: unknown;
  readonly retryAfterSeconds?: number;
  readonly reachability?: Reachability;

  constructor(init: ApiErrorInit) {
    super(init.message ?? defaultMessage(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.serverMessage = init.serverMessage;
    this.body = init.body;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
    if (init.reachability !== undefined) this.reachability = init.reachability;
  }
}

/** A Retry-After header (seconds, or an HTTP date) as seconds from `now`, bounded to a day; undefined when
 * absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  const seconds = /^\d+$/.test(text) ? Number(text) : (Date.parse(text) - now) / 1000;
  if (!Number.isFinite(seconds)) return undefined;
  return Math.min(86_400, Math.max(0, Math.ceil(seconds)));
}

function defaultMessage({ kind, status, serverMessage }: ApiErrorInit): string {
  // Users of an API workbench think in status codes, so an HTTP failure always leads with it.
  if (kind === 'http') return `HTTP ${status}: ${serverMessage}`;
  return serverMessage;
}

/** True for a cancelled request in any of its guises: our own ApiError, or the DOMException that fetch and
 * streams throw. Callers use it to stay quiet when the user pressed Stop. */
export function isAbortError(error: unknown): boolean {
  if (error instanceof ApiError) return error.kind === 'aborted';
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

// Long enough for a real explanation, short enough for a toast or an inline error line.
const MAX_MESSAGE_LENGTH = 300;

/**
 * Reduces an error response body to one line for a human. `body` may be the raw text of the response or an
 * already-parsed JSON value; `fallback` (usually the HTTP status text) is used when the body says nothing.
 */
export function errorMessageFromBody(body: unknown, fallback = 'Unknown error'): string {
  const message = messageFrom(body, 0);
  return message ? truncate(message) : fallback;
}

function messageFrom(body: unknown, depth: number): string | undefined {
  // Bodies nest (e.g. a JSON string containing JSON); a small bound keeps hostile input from recursing deeply.
  if (depth > 4 || body === null || body === undefined) return undefined;
  if (typeof body === 'string') return messageFromText(body, depth);
  if (typeof body === 'number' || typeof body === 'boolean') return String(body);
  if (Array.isArray(body)) return messageFromList(body, depth);
  if (typeof body === 'object') return messageFromObject(body as Record<string, unknown>, depth);
  return undefined;
}

function messageFromText(text: string, depth: number): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (/^[[{"]/.test(trimmed)) {
    try {
      return messageFrom(JSON.parse(trimmed), depth + 1) ?? undefined;
    } catch {
      // Not JSON after all: fall through and show it as text.
    }
  }
  if (looksLikeHtml(trimmed)) return textFromHtml(trimmed);
  return collapseWhitespace(trimmed);
}

function messageFromObject(obj: Record<string, unknown>, depth: number): string | undefined {
  const { error } = obj;
  if (typeof error === 'string' && error.trim()) return collapseWhitespace(error);
  if (isRecord(error)) {
    // Oxen puts the specific reason in `detail` and a generic one in `title`; OpenAI uses `message`.
    const fromError =
      messageFrom(error.detail, depth + 1) ??
      messageFrom(error.message, depth + 1) ??
      stringField(obj, 'status_message') ??
      stringField(error, 'title') ??
      stringField(error, 'type');
    if (fromError) return fromError;
  }
  if (obj.detail !== undefined) {
    const detail = messageFrom(obj.detail, depth + 1);
    if (detail) return detail;
  }
  const direct = stringField(obj, 'status_message') ?? stringField(obj, 'message') ?? stringField(obj, 'msg');
  if (direct) return direct;
  // A shape we do not know: showing the JSON is more useful than hiding it.
  return collapseWhitespace(JSON.stringify(obj));
}

/** FastAPI validation errors: `[{"loc": ["body", "model"], "msg": "field required"}, ...]`. */
function messageFromList(items: unknown[], depth: number): string | undefined {
  const parts = items
    .map((item) => {
      if (isRecord(item) && typeof item.msg === 'string') {
        const loc = Array.isArray(item.loc) ? item.loc.map(String).join('.') : '';
        return loc ? `${loc}: ${item.msg}` : item.msg;
      }
      return messageFrom(item, depth + 1);
    })
    .filter((part): part is string => Boolean(part));
  return parts.length ? parts.join('; ') : undefined;
}

function looksLikeHtml(text: string): boolean {
  return /^<(!doctype|html|head|body|title|h1|p|div|center)\b/i.test(text);
}

/** A proxy's error page: its <title> (or, failing that, its visible text) says what went wrong. */
function textFromHtml(html: string): string | undefined {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const source = title?.trim()
    ? title
    : html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
  const text = collapseWhitespace(decodeBasicEntities(source));
  return text || undefined;
}

function decodeBasicEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function stringField(obj: Record<string, unknown>, key: string): string | undefined {
  const value = obj[key];
  return typeof value === 'string' && value.trim() ? collapseWhitespace(value) : undefined;
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function truncate(text: string): string {
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : text;
}

/** True for the answers a result link gives once it has expired: Oxen's signed URLs answer 403 (or 404), the
 * demo 410. The UI offers to poll the job again for fresh links instead of showing a dead picture. */
export function isExpiredLink(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.kind === 'http' &&
    (error.status === 403 || error.status === 404 || error.status === 410)
  );
}

import type { MiddlewareHandler } from 'hono';

/**
 * The policy for the app's HTML documents. connect-src stays broad because the browser calls user-configured
 * OpenAI-compatible base URLs directly; img-src and media-src stay on our own origin (plus data:/blob: for
 * attached images) so a model's answer can never make the browser fetch a remote URL, which would leak the
 * conversation through the request. Scripts come only from this origin, never inline; 'unsafe-eval' is there
 * because the parameter form's validator (ajv) compiles each model's JSON Schema into a function at run time —
 * the schemas arrive from providers, so they cannot be compiled ahead. Markup in answers never reaches a script
 * context (the sanitiser keeps an allow-list of inert tags), so eval is not reachable from a model's output.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "connect-src 'self' http: https:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Only for documents: frame-ancestors covers current browsers, X-Frame-Options the rest. */
export const HTML_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
};

const EVERY_RESPONSE: Readonly<Record<string, string>> = {
  // A JSON error that echoes input must never be sniffed into HTML or script.
  'X-Content-Type-Options': 'nosniff',
  // URLs can carry model ids and queries; nothing of them goes to the sites an answer links to.
  'Referrer-Policy': 'no-referrer',
};

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(EVERY_RESPONSE)) c.res.headers.set(name, value);
  };
}

/** A base URL without surrounding spaces or trailing slashes, so `${base}/path` never doubles a slash. */
export function trimTrailingSlashes(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/** `url` made absolute against `origin` (a relative base URL is relative to the page); as typed when it cannot
 * be parsed, so the user sees their own text where it is shown. */
export function absoluteUrl(url: string, origin: string): string {
  try {
    return new URL(url, origin).href;
  } catch {
    return url;
  }
}

/** Only the origin of a URL ("this site" for a relative one): paths and queries may hold what users would not
 * share, so messages name no more than this. */
export function originOf(url: string, base?: string): string {
  try {
    return new URL(url, base).origin;
  } catch {
    return url.startsWith('/') ? 'this site' : 'the configured base URL';
  }
}

/** The host a URL names ("another site" when it cannot be read), for messages and buttons. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || 'another site';
  } catch {
    return 'another site';
  }
}

/** An absolute http(s) URL. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

// One generated file's address, checked: only http(s) and media data: URLs survive (a `javascript:` or
// `data:text/html` result must never reach an href or a src), and `b64_json` becomes a data: URL whose type is
// sniffed from its first bytes — the server's word for the type is not needed, and not trusted.

import type { MediaOutput } from '../types';

export type OutputKind = MediaOutput['kind'];

/** A URL longer than this is not an address a server meant (data: URLs have their own, larger bound). */
const MAX_HTTP_URL_LENGTH = 8_192;
/** ~200 MB of base64: the largest video fetchMedia accepts. */
export const MAX_DATA_URL_LENGTH = 280_000_000;

const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  apng: 'image/apng',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  m4a: 'audio/mp4',
  flac: 'audio/flac',
};

/** The kind a MIME type names, or undefined for anything that is not image/video/audio. SVG is left out: it is
 * a document that can carry script and links, not a picture. */
export function kindOfMime(mime: string): OutputKind | undefined {
  const type = mime.toLowerCase();
  if (type === 'image/svg+xml') return undefined;
  if (/^image\/[a-z0-9.+-]+$/.test(type)) return 'image';
  if (/^video\/[a-z0-9.+-]+$/.test(type)) return 'video';
  if (/^audio\/[a-z0-9.+-]+$/.test(type)) return 'audio';
  return undefined;
}

function typeFromPath(pathname: string): string | undefined {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(pathname)?.[1]?.toLowerCase();
  if (!extension || !Object.hasOwn(EXTENSION_TYPES, extension)) return undefined;
  return EXTENSION_TYPES[extension];
}

/** An output for `raw` when it is an http(s) URL or a data: URL of an image, video or audio; else a reason. */
export function outputFromUrl(raw: string, hint: OutputKind): MediaOutput | string {
  const trimmed = raw.trim();
  if (/^data:/i.test(trimmed)) return outputFromDataUrl(trimmed);
  if (trimmed.length > MAX_HTTP_URL_LENGTH) return 'a URL too long to be one';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `a ${url.protocol} URL, not http(s)`;
  const mimeType = typeFromPath(url.pathname);
  const kind = (mimeType && kindOfMime(mimeType)) || hint;
  return mimeType ? { kind, url: url.href, mimeType } : { kind, url: url.href };
}

function outputFromDataUrl(url: string): MediaOutput | string {
  if (url.length > MAX_DATA_URL_LENGTH) return 'a data: URL larger than the workbench accepts';
  const header = /^data:([^;,]*)((?:;[^;,]*)*),/i.exec(url);
  if (!header) return 'a malformed data: URL';
  const mimeType = (header[1] ?? '').toLowerCase();
  const kind = kindOfMime(mimeType);
  if (!kind) return `a data: URL of ${mimeType || 'no type'}, not an image, video or audio`;
  return { kind, url, mimeType };
}

// Magic numbers of the formats a generator returns. Bytes that match none are not shown.
const SIGNATURES: ReadonlyArray<{ type: string; test: (b: Uint8Array) => boolean }> = [
  { type: 'image/png', test: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/jpeg', test: (b) => starts(b, [0xff, 0xd8, 0xff]) },
  { type: 'image/gif', test: (b) => ascii(b, 0, 'GIF8') },
  { type: 'image/webp', test: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') },
  { type: 'audio/wav', test: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WAVE') },
  { type: 'image/avif', test: (b) => ascii(b, 4, 'ftypavif') },
  { type: 'video/quicktime', test: (b) => ascii(b, 4, 'ftypqt') },
  { type: 'video/mp4', test: (b) => ascii(b, 4, 'ftyp') },
  { type: 'video/webm', test: (b) => starts(b, [0x1a, 0x45, 0xdf, 0xa3]) },
  { type: 'audio/ogg', test: (b) => ascii(b, 0, 'OggS') },
  { type: 'audio/flac', test: (b) => ascii(b, 0, 'fLaC') },
  { type: 'audio/mpeg', test: (b) => ascii(b, 0, 'ID3') || starts(b, [0xff, 0xfb]) },
];

function starts(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((value, i) => bytes[i] === value);
}

function ascii(bytes: Uint8Array, at: number, text: string): boolean {
  return [...text].every((char, i) => bytes[at + i] === char.charCodeAt(0));
}

/** The MIME type of `bytes` by their signature, or undefined when it is none of the known formats. */
export function sniffMediaType(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((signature) => signature.test(bytes))?.type;
}

/** `b64_json` as a data: URL, or a reason it is not one (not base64, too large, not a known media format). */
export function outputFromBase64(raw: string): MediaOutput | string {
  const b64 = raw.replace(/\s+/g, '');
  if (b64.length === 0) return 'empty base64';
  if (b64.length > MAX_DATA_URL_LENGTH) return 'base64 larger than the workbench accepts';
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return 'not base64';
  let head: Uint8Array;
  try {
    head = Uint8Array.from(atob(b64.slice(0, 24)), (char) => char.charCodeAt(0));
  } catch {
    return 'not base64';
  }
  const mimeType = sniffMediaType(head);
  const kind = mimeType ? kindOfMime(mimeType) : undefined;
  if (!mimeType || !kind) return 'base64 that is not an image, video or audio file the workbench knows';
  return { kind, url: `data:${mimeType};base64,${b64}`, mimeType };
}

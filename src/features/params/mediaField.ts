// The pure rules of a URL-or-upload field: which schema properties get one (Oxen's `renderType` hint on a string
// property), what files they take, and what kind of preview a value gets.

import { isRecord } from '@/lib/json';

export type MediaFieldKind = 'image' | 'video' | 'audio';

const RENDER_TYPES: Record<string, MediaFieldKind> = {
  'image-url': 'image',
  'video-url': 'video',
  'audio-url': 'audio',
};

/** The media a property holds, from its `renderType`; null for every other property. */
export function mediaFieldKind(schema: unknown): MediaFieldKind | null {
  const hint = isRecord(schema) ? schema.renderType : undefined;
  return typeof hint === 'string' ? (RENDER_TYPES[hint] ?? null) : null;
}

/** An upload becomes a data: URL inside the request body; beyond this a request is too big to send (and the
 * page would hold it in memory and storage). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export function acceptOf(kind: MediaFieldKind): string {
  return `${kind}/*`;
}

/** Why a chosen file cannot be used, or null when it can. */
export function uploadProblem(file: { size: number; type: string }, kind: MediaFieldKind): string | null {
  if (!file.type.startsWith(`${kind}/`)) {
    const wanted = kind === 'audio' ? 'audio' : kind === 'image' ? 'an image' : 'a video';
    return `That file is ${file.type ? `a ${file.type} file` : 'of an unknown type'}, not ${wanted}.`;
  }
  if (file.size > MAX_UPLOAD_BYTES) {
    const mb = (file.size / (1024 * 1024)).toFixed(1);
    return `That file is ${mb} MB; uploads are limited to 10 MB. Host it and paste its URL instead.`;
  }
  return null;
}

export type MediaValue =
  | { shape: 'empty' }
  | { shape: 'data'; kind: MediaFieldKind | null; mimeType: string }
  | { shape: 'remote'; url: string }
  | { shape: 'other' };

/** What a field's value is: a data: URL shows at once (it is already here), an http(s) URL is loaded only on
 * request (the page never fetches a remote file by itself), anything else has no preview. */
export function mediaValue(value: unknown): MediaValue {
  if (typeof value !== 'string' || value.trim() === '') return { shape: 'empty' };
  const text = value.trim();
  const data = /^data:([^;,]*)[;,]/i.exec(text);
  if (data) {
    const mimeType = (data[1] ?? '').toLowerCase();
    const major = mimeType.split('/')[0] ?? '';
    const kind = major === 'image' || major === 'video' || major === 'audio' ? major : null;
    return { shape: 'data', kind, mimeType };
  }
  if (/^https?:\/\//i.test(text)) {
    try {
      return { shape: 'remote', url: new URL(text).href };
    } catch {
      return { shape: 'other' };
    }
  }
  return { shape: 'other' };
}

/** The kind a fetched file shows as, from its type; the field's own kind when the server gave none. */
export function blobKind(mimeType: string, fallback: MediaFieldKind): MediaFieldKind | null {
  if (mimeType === '') return fallback;
  const major = mimeType.split('/')[0];
  return major === 'image' || major === 'video' || major === 'audio' ? major : null;
}

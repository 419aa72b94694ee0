// Images in a chat answer: models that draw (OpenRouter's image models, Gemini) put them in `message.images` /
// `delta.images` as `{type: 'image_url', image_url: {url}}`, or in the content as `image_url` parts. An answer is
// untrusted: only raster images in data: URLs and http(s) links survive (never javascript:, blob: or an SVG,
// which can carry script), their count and size are bounded, and a note says what was dropped.

import { isRecord } from '@/lib/json';
import { type Notes, note } from './read';

/** Images per message or delta beyond this are not read: an answer with more is not a workbench's use. */
export const MAX_ANSWER_IMAGES = 8;
/** A data: URL longer than this (about 12 MB of image) is dropped; a link is never this long. */
export const MAX_DATA_URL_CHARS = 16_000_000;
/** Links longer than this are not real image links. */
export const MAX_LINK_CHARS = 4_096;

const RASTER_DATA_URL = /^data:image\/(png|apng|jpeg|jpg|gif|webp|avif|bmp);base64,[A-Za-z0-9+/=\r\n]+$/i;

/** `url` when it is an image the page may show: a raster data: URL or an http(s) link; else undefined + note. */
export function checkedImageUrl(url: string, where: string, notes: Notes): string | undefined {
  if (/^data:/i.test(url)) {
    if (url.length > MAX_DATA_URL_CHARS) {
      note(
        notes,
        `${where}: an image of ${url.length.toLocaleString('en-US')} characters was dropped (too large).`,
      );
      return undefined;
    }
    if (RASTER_DATA_URL.test(url)) return url;
    note(notes, `${where}: an image that is not a base64 PNG, JPEG, GIF, WebP or AVIF data URL was dropped.`);
    return undefined;
  }
  if (url.length <= MAX_LINK_CHARS && URL.canParse(url)) {
    const protocol = new URL(url).protocol;
    if (protocol === 'https:' || protocol === 'http:') return url;
  }
  note(notes, `${where}: an image link that is not an http(s) or data: URL was dropped.`);
  return undefined;
}

/** The URL of one image entry or content part: `{image_url: {url}}`, `{image_url: "…"}` or `{url}`. */
export function imageEntryUrl(entry: unknown): string | undefined {
  if (!isRecord(entry)) return undefined;
  const inner = entry.image_url;
  if (isRecord(inner) && typeof inner.url === 'string') return inner.url;
  if (typeof inner === 'string') return inner;
  return entry.type !== 'text' && typeof entry.url === 'string' ? entry.url : undefined;
}

/** Checked URLs of a list of image entries, at most MAX_ANSWER_IMAGES. */
export function checkedImages(entries: readonly unknown[], where: string, notes: Notes): string[] {
  if (entries.length > MAX_ANSWER_IMAGES)
    note(notes, `${where}: only the first ${MAX_ANSWER_IMAGES} images were read.`);
  const images: string[] = [];
  for (const entry of entries.slice(0, MAX_ANSWER_IMAGES)) {
    const url = imageEntryUrl(entry);
    if (url === undefined) {
      note(notes, `${where}: an image entry without a URL was dropped.`);
      continue;
    }
    const checked = checkedImageUrl(url, where, notes);
    if (checked !== undefined) images.push(checked);
  }
  return images;
}

/** `raw.images` of a message or delta, checked; undefined when absent or nothing survived. */
export function readImages(raw: Record<string, unknown>, where: string, notes: Notes): string[] | undefined {
  const list = raw.images;
  if (list === undefined || list === null) return undefined;
  if (!Array.isArray(list)) {
    note(notes, `${where}: "images" is not a list; ignored.`);
    return undefined;
  }
  const images = checkedImages(list, where, notes);
  return images.length ? images : undefined;
}

/** Images from both places one answer may put them, in order (the `images` list first), bounded together. */
export function joinImages(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  const all = [...(a ?? []), ...(b ?? [])].slice(0, MAX_ANSWER_IMAGES);
  return all.length ? all : undefined;
}

// The media test hooks of X-Demo-Fault, honoured only with test hooks (like faults.ts for chat):
// `media-failed` (the job fails with an unknown_error), `media-stuck` (processing until cancelled) and
// `media-expired` (the result links are born expired, so the files answer 410). Combine with commas.
export const MEDIA_FAULTS = ['media-failed', 'media-stuck', 'media-expired'] as const;
export type MediaFault = (typeof MEDIA_FAULTS)[number];

function isMediaFault(name: string): name is MediaFault {
  return (MEDIA_FAULTS as readonly string[]).includes(name);
}

/** Anything unrecognised (chat faults included) is ignored. */
export function parseMediaFaults(header: string | undefined): ReadonlySet<MediaFault> {
  const faults = new Set<MediaFault>();
  for (const part of (header ?? '').split(',')) {
    const item = part.trim();
    if (isMediaFault(item)) faults.add(item);
  }
  return faults;
}

// The longest X-Demo-Media-Delay honoured: ten minutes is plenty for "a slow job" and bounds what a request
// can make the server hold open.
export const MAX_MEDIA_DELAY_MS = 600_000;

/** X-Demo-Media-Delay in ms; anything that is not a whole number of ms in range is ignored. */
export function parseMediaDelay(header: string | undefined): number | undefined {
  if (header === undefined || !/^\s*\d+\s*$/.test(header)) return undefined;
  const ms = Number(header);
  return ms <= MAX_MEDIA_DELAY_MS ? ms : undefined;
}

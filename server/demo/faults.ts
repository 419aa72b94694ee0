// X-Demo-Fault, honoured only with test hooks: stream faults (cut the connection / send an error after n
// tokens) and content faults (what a misbehaving model writes). Several may be combined with commas:
// `X-Demo-Fault: tool-args-invalid, cut-after=5`. Request faults (testHooks.ts) answer with an error status
// before any generation: `rate-limit=N` (429 beyond N requests a second, `retry-after=S` sets Retry-After) and
// `error-500-every=N`.
export type StreamFault = { kind: 'cut-after' | 'error-after'; tokens: number };

export const CONTENT_FAULTS = [
  'tool-args-invalid',
  'tool-args-not-json',
  'tool-unknown',
  'output-not-json',
] as const;
export type ContentFault = (typeof CONTENT_FAULTS)[number];

export interface RateLimitFault {
  /** Requests let through per rolling second. */
  perSecond: number;
  /** The Retry-After of a refusal, in seconds. */
  retryAfter: number;
}

export interface DemoFaults {
  stream?: StreamFault;
  content: ReadonlySet<ContentFault>;
  rateLimit?: RateLimitFault;
  /** Every Nth request carrying this fault answers 500. */
  error500Every?: number;
}

const NO_CONTENT_FAULTS: ReadonlySet<ContentFault> = new Set();
const DEFAULT_RETRY_AFTER = 1;
// Bounds the limiter's memory (it keeps one timestamp per admitted request) whatever a test sends.
const MAX_COUNT = 100_000;
const REQUEST_FAULT = /^(rate-limit|retry-after|error-500-every)\s*=\s*(\d+)$/;

function isContentFault(name: string): name is ContentFault {
  return (CONTENT_FAULTS as readonly string[]).includes(name);
}

/** Anything unrecognised is ignored; no recognised fault at all means undefined. */
export function parseFault(header: string | undefined): DemoFaults | undefined {
  let stream: StreamFault | undefined;
  const content = new Set<ContentFault>();
  const counts = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const item = part.trim();
    const m = /^(cut-after|error-after)\s*=\s*(\d+)$/.exec(item);
    const request = REQUEST_FAULT.exec(item);
    if (m?.[1] && m[2]) stream = { kind: m[1] as StreamFault['kind'], tokens: Number(m[2]) };
    else if (request?.[1] && request[2]) counts.set(request[1], Math.min(MAX_COUNT, Number(request[2])));
    else if (isContentFault(item)) content.add(item);
  }
  const perSecond = counts.get('rate-limit');
  const every = counts.get('error-500-every');
  const faults: DemoFaults = { stream, content: content.size > 0 ? content : NO_CONTENT_FAULTS };
  if (perSecond !== undefined)
    faults.rateLimit = { perSecond, retryAfter: counts.get('retry-after') ?? DEFAULT_RETRY_AFTER };
  // Every 0th request means never.
  if (every !== undefined && every > 0) faults.error500Every = every;
  if (!stream && content.size === 0 && !faults.rateLimit && !faults.error500Every) return undefined;
  return faults;
}

export function hasFault(faults: DemoFaults | undefined, fault: ContentFault): boolean {
  return faults?.content.has(fault) === true;
}

// X-Demo-Fault, honoured only with test hooks: stream faults (cut the connection / send an error after n
// tokens) and content faults (what a misbehaving model writes). Several may be combined with commas:
// `X-Demo-Fault: tool-args-invalid, cut-after=5`.
export type StreamFault = { kind: 'cut-after' | 'error-after'; tokens: number };

export const CONTENT_FAULTS = [
  'tool-args-invalid',
  'tool-args-not-json',
  'tool-unknown',
  'output-not-json',
] as const;
export type ContentFault = (typeof CONTENT_FAULTS)[number];

export interface DemoFaults {
  stream?: StreamFault;
  content: ReadonlySet<ContentFault>;
}

const NO_CONTENT_FAULTS: ReadonlySet<ContentFault> = new Set();

function isContentFault(name: string): name is ContentFault {
  return (CONTENT_FAULTS as readonly string[]).includes(name);
}

/** Anything unrecognised is ignored; no recognised fault at all means undefined. */
export function parseFault(header: string | undefined): DemoFaults | undefined {
  let stream: StreamFault | undefined;
  const content = new Set<ContentFault>();
  for (const part of (header ?? '').split(',')) {
    const item = part.trim();
    const m = /^(cut-after|error-after)\s*=\s*(\d+)$/.exec(item);
    if (m?.[1] && m[2]) stream = { kind: m[1] as StreamFault['kind'], tokens: Number(m[2]) };
    else if (isContentFault(item)) content.add(item);
  }
  if (!stream && content.size === 0) return undefined;
  return { stream, content: content.size > 0 ? content : NO_CONTENT_FAULTS };
}

export function hasFault(faults: DemoFaults | undefined, fault: ContentFault): boolean {
  return faults?.content.has(fault) === true;
}

// Speed of a streamed completion, from timestamps the caller records (performance.now() or Date.now(), in
// ms — any clock, as long as all three come from the same one). Pure so the numbers shown are testable.

export interface StreamTimings {
  /** When the request was sent. */
  startedAt: number;
  /** When the first content token arrived; null when none did. */
  firstTokenAt: number | null;
  /** When the stream finished (or stopped); null while still running. */
  endedAt: number | null;
  /** Completion tokens: the server's usage when it sent one, else an estimate (see `estimateTokens`). */
  completionTokens: number | null;
  /** True when completionTokens is an estimate, so the display can say so. */
  tokensEstimated?: boolean;
  /** True for a one-shot (non-streamed) answer: every token arrives in one body, so there is no generation
   * window to measure and the rate is taken over the whole request. */
  oneShot?: boolean;
}

export interface StreamMetrics {
  timeToFirstTokenMs: number | null;
  totalMs: number | null;
  tokensPerSecond: number | null;
  tokensEstimated: boolean;
}

export function computeStreamMetrics(t: StreamTimings): StreamMetrics {
  const timeToFirstTokenMs = interval(t.startedAt, t.firstTokenAt);
  const totalMs = interval(t.startedAt, t.endedAt);
  return {
    timeToFirstTokenMs,
    totalMs,
    tokensPerSecond: tokensPerSecond(t, totalMs),
    tokensEstimated: t.tokensEstimated ?? false,
  };
}

/**
 * Generation speed: tokens over the time from the first token to the end, which leaves out queueing and
 * prompt processing (that is what time-to-first-token measures). With a single token, or when everything
 * arrived at once, that window is empty, so the whole request time is used instead. A one-shot answer always
 * uses the whole request time: its "window" is the sub-millisecond gap between reading the body and finishing,
 * which once gave "1310000 tok/s". Null with no tokens.
 */
function tokensPerSecond(t: StreamTimings, totalMs: number | null): number | null {
  const tokens = t.completionTokens;
  if (tokens === null || !Number.isFinite(tokens) || tokens <= 0) return null;
  const generationMs = interval(t.firstTokenAt, t.endedAt);
  const ms = !t.oneShot && tokens > 1 && generationMs !== null && generationMs > 0 ? generationMs : totalMs;
  if (ms === null || ms <= 0) return null;
  return tokens / (ms / 1000);
}

/** A non-negative duration, or null when either end is missing or the clock went backwards. */
function interval(from: number | null, to: number | null): number | null {
  if (from === null || to === null || !Number.isFinite(from) || !Number.isFinite(to)) return null;
  const ms = to - from;
  return ms >= 0 ? ms : null;
}

/**
 * Rough token count for text when the server sent no usage: ~4 characters per token for English prose with
 * GPT-style tokenizers. An estimate only — display it as such (e.g. "~120 tokens").
 */
export function estimateTokens(text: string): number {
  if (!text) return 0;
  // Count code points, not UTF-16 units, so an emoji is not counted as two characters.
  let chars = 0;
  for (const _ of text) chars++;
  return Math.max(1, Math.round(chars / 4));
}

/** "850 ms", "1.2 s", "12 s", "2 m 05 s"; an em dash when unknown. */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} m ${String(whole % 60).padStart(2, '0')} s`;
}

/** "42.3 tok/s" ("~42.3 tok/s" when the token count was estimated); an em dash when unknown. */
export function formatTokensPerSecond(tps: number | null, estimated = false): string {
  if (tps === null || !Number.isFinite(tps)) return '—';
  const digits = tps >= 100 ? 0 : 1;
  return `${estimated ? '~' : ''}${tps.toFixed(digits)} tok/s`;
}

/** "120 tokens" / "~120 tokens" / "1 token". */
export function formatTokenCount(tokens: number | null, estimated = false): string {
  if (tokens === null || !Number.isFinite(tokens)) return '—';
  return `${estimated ? '~' : ''}${tokens.toLocaleString('en-US')} ${tokens === 1 ? 'token' : 'tokens'}`;
}

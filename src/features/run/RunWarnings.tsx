import { useEffect, useState } from 'react';
import type { RunRecord } from '@/domain/run';
import { Button, Notice } from '@/ui';

/** After this long without a byte, a running stream is said to be stalled. */
export const STALL_AFTER_MS = 15_000;

const clock = () => performance.timeOrigin + performance.now();

/** The current time, ticking once a second while `active`. */
function useTicking(active: boolean): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    if (!active) return;
    setNow(clock());
    const timer = setInterval(() => setNow(clock()), 1_000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

interface RunWarningsProps {
  run: RunRecord | undefined;
  onStop?: () => void;
  onRetry?: () => void;
}

/** A stream that went silent, and a provider's rate limit with the wait it asked for. */
export function RunWarnings({ run, onStop, onRetry }: RunWarningsProps) {
  const running = run?.status === 'running';
  const waitSeconds = run?.error?.retryAfterSeconds;
  const limited = run?.status === 'error' && (run.error?.status === 429 || waitSeconds !== undefined);
  const now = useTicking(running || limited);
  if (!run) return null;
  if (running) {
    const silentMs = now - (run.lastByteAt ?? run.startedAt ?? run.createdAt);
    if (silentMs < STALL_AFTER_MS) return null;
    return (
      <Notice tone="warning" title={`No data for ${Math.floor(silentMs / 1000)} s`}>
        The server has sent nothing for a while; it may be busy or the connection may have stalled.{' '}
        {onStop && (
          <Button size="sm" onClick={onStop}>
            Stop
          </Button>
        )}{' '}
        {onRetry && (
          <Button size="sm" onClick={onRetry}>
            Retry
          </Button>
        )}
      </Notice>
    );
  }
  if (limited) {
    const readyAt = (run.endedAt ?? run.createdAt) + (waitSeconds ?? 0) * 1000;
    const left = Math.max(0, Math.ceil((readyAt - now) / 1000));
    return (
      <Notice tone="warning" title="Rate limited by the provider">
        {waitSeconds === undefined
          ? 'The provider did not say how long to wait.'
          : left > 0
            ? `It asks to wait ${waitSeconds} s: try again in ${left} s.`
            : `The wait it asked for (${waitSeconds} s) is over.`}{' '}
        {onRetry && (
          <Button size="sm" onClick={onRetry} disabled={left > 0}>
            Retry
          </Button>
        )}
      </Notice>
    );
  }
  return null;
}

import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { afterScroll, type FollowState, followOnStart, type ScrollPlace, showJump } from './followStream';

function place(): ScrollPlace {
  const root = document.documentElement;
  return { y: window.scrollY, toEnd: root.scrollHeight - (window.scrollY + window.innerHeight) };
}

function toEnd(): void {
  window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
}

/** Applies followStream's rules to the page (the document scrolls; the run bar is docked). `content` is the
 * element that grows as the answer streams; `dock` holds the composer and run bar. */
export function useFollowStream(
  running: boolean,
  content: RefObject<HTMLElement | null>,
  dock: RefObject<HTMLElement | null>,
): { showJump: boolean; jump: () => void } {
  const [state, setState] = useState<FollowState>({ following: true, lastY: 0 });
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    if (!running) return;
    const startedFromDock = dock.current?.contains(document.activeElement) ?? false;
    const start = followOnStart(place(), startedFromDock);
    // Set at once: the observer's first callback comes before the next render.
    latest.current = start;
    setState(start);
    if (start.following) toEnd();
    const onScroll = () => setState((s) => afterScroll(s, place()));
    window.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(() => {
      if (latest.current.following) toEnd();
    });
    if (content.current) observer.observe(content.current);
    return () => {
      window.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, [running, content, dock]);

  const jump = useCallback(() => {
    setState({ following: true, lastY: window.scrollY });
    toEnd();
  }, []);
  return { showJump: showJump(running, state), jump };
}

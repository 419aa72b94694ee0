import { Button } from '@/ui';

/** Shown while an answer streams and the user has scrolled up to read: back to the end, following again. */
export function JumpToLatest({ show, onJump }: { show: boolean; onJump: () => void }) {
  if (!show) return null;
  return (
    <div className="pointer-events-none absolute inset-x-0 -top-11 flex justify-center">
      <Button className="pointer-events-auto shadow-md" onClick={onJump}>
        Jump to latest ↓
      </Button>
    </div>
  );
}

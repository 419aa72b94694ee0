import { useEffect, useState } from 'react';
import { Button } from '@/ui';

interface TurnActionsProps {
  position: number;
  count: number;
  /** Undefined for the composer, which is always a textbox. */
  editing?: boolean;
  onEdit?: (editing: boolean) => void;
  onCopy?: () => Promise<void>;
  onRegenerate?: () => void;
  onMove: (to: number) => void;
  onDelete: () => void;
}

/** A turn's buttons: Edit (or Done), Copy, Regenerate, move up and down, Delete. Each is named with the turn's
 * position, so "Edit message 2" and "Delete message 2" are found apart from those of the other turns. */
export function TurnActions(props: TurnActionsProps) {
  const { position, count, editing, onEdit, onCopy, onRegenerate, onMove, onDelete } = props;
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  const index = position - 1;
  return (
    <span className="flex flex-wrap items-center gap-0.5">
      {onEdit && (
        <Button
          size="sm"
          variant="ghost"
          aria-label={editing ? `Done editing message ${position}` : `Edit message ${position}`}
          onClick={() => onEdit(!editing)}
        >
          {editing ? 'Done' : 'Edit'}
        </Button>
      )}
      {onCopy && (
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Copy message ${position}`}
          onClick={() =>
            void onCopy().then(
              () => setCopied('yes'),
              () => setCopied('failed'),
            )
          }
        >
          {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy'}
        </Button>
      )}
      {onRegenerate && (
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Regenerate message ${position}`}
          onClick={onRegenerate}
        >
          Regenerate
        </Button>
      )}
      <Button
        size="sm"
        variant="ghost"
        aria-label={`Move message ${position} up`}
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
      >
        ↑
      </Button>
      <Button
        size="sm"
        variant="ghost"
        aria-label={`Move message ${position} down`}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        ↓
      </Button>
      <Button size="sm" variant="ghost" aria-label={`Delete message ${position}`} onClick={onDelete}>
        ✕
      </Button>
    </span>
  );
}

import { type FocusEvent, type MouseEvent, memo, type ReactNode, useState } from 'react';
import { regeneratePlan, TURN_ROLES, type Turn, type TurnRole } from '@/domain/conversation';
import { useWorkbenchStore } from '@/state/workbench';
import { Button, Notice } from '@/ui';
import { AttachControl } from './AttachControl';
import { DrawnImages } from './DrawnImages';
import { ToolCallIdEditor, ToolCallsBody, ToolCallsEditor, ToolResultBody } from './ToolTurnParts';
import { TurnActions } from './TurnActions';
import { TurnImages } from './TurnImages';
import { TurnBody, TurnTextarea } from './TurnText';
import { COMPOSER_ID, ROLE_LABEL, turnArticleName } from './turnNames';

interface TurnViewProps {
  turn: Turn;
  index: number;
  count: number;
  acceptsImages: boolean;
  /** The composer: the last turn, always a textbox, docked at the bottom. */
  docked?: boolean;
  /** Runs the conversation as it now is (after a regenerate trimmed it). */
  onRegenerate: () => void;
  /** More controls for the composer's toolbar ("Add message"). */
  extra?: ReactNode;
  /** A tool turn: the name of the tool whose call it answers (from the assistant turn before it). */
  toolName?: string;
  /** What a server would refuse about this turn's tool pairing, if anything. */
  pairing?: string;
}

const workbench = () => useWorkbenchStore.getState();

/** One turn of the transcript. Rendered (markdown for the assistant) until the user clicks it or presses Edit;
 * then its textbox, until focus leaves the turn. Memoised on the turn object: typing in one turn re-renders
 * only that turn, however long the conversation. */
export const TurnView = memo(function TurnView(props: TurnViewProps) {
  const { turn, index, count, acceptsImages, docked = false, onRegenerate, extra, toolName, pairing } = props;
  const [editing, setEditing] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  // Deleting and moving keep tool calls and their results together (the store's actions), or say why not.
  const calls = turn.role === 'assistant' ? (turn.toolCalls ?? []) : [];
  const [confirmRemoving, setConfirmRemoving] = useState(0);
  const open = docked || editing;
  const position = index + 1;
  const setImages = (images: string[]) => workbench().editTurn(index, { images });

  const regenerate = (confirmed: boolean) => {
    const plan = regeneratePlan(workbench().conversation.turns, index);
    if (plan.removes > 0 && !confirmed) {
      setConfirmRemoving(plan.removes);
      return;
    }
    setConfirmRemoving(0);
    setEditing(false);
    workbench().truncateTurns(plan.turns.length);
    onRegenerate();
  };
  // Focus leaving the turn closes its editor; a window losing focus (a file dialog) does not.
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!editing) return;
    const article = event.currentTarget;
    setTimeout(() => {
      if (document.hasFocus() && !article.contains(document.activeElement)) setEditing(false);
    }, 0);
  };
  const openOnClick = (event: MouseEvent) => {
    const target = event.target as Element;
    if (window.getSelection()?.toString() || target.closest('a, button, summary')) return;
    setEditing(true);
  };

  return (
    <article
      aria-label={turnArticleName(turn.role, position)}
      onBlur={onBlur}
      className={
        docked
          ? 'rounded-lg border border-slate-300 bg-white p-2 shadow-sm'
          : `group rounded-lg px-3 py-2 [contain-intrinsic-size:auto_5rem] [content-visibility:auto] ${
              turn.role === 'assistant' ? 'bg-white ring-1 ring-slate-200' : 'bg-slate-100'
            }`
      }
    >
      <div className="mb-1 flex flex-wrap items-center gap-1">
        <select
          value={turn.role}
          onChange={(e) => workbench().editTurn(index, { role: e.target.value as TurnRole })}
          aria-label={`Role of message ${position}`}
          className="rounded border border-transparent bg-transparent px-1 py-0.5 text-xs font-semibold text-slate-700 uppercase hover:border-slate-300"
        >
          {TURN_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </select>
        <span className="flex-1" />
        <TurnActions
          position={position}
          count={count}
          editing={docked ? undefined : editing}
          onEdit={docked ? undefined : setEditing}
          onCopy={docked ? undefined : () => navigator.clipboard.writeText(turn.text)}
          onRegenerate={docked ? undefined : () => regenerate(false)}
          onMove={(to) => {
            setEditing(false);
            setRefused(workbench().moveTurn(index, to));
          }}
          onDelete={() => setRefused(workbench().removeTurn(index))}
        />
      </div>
      {confirmRemoving > 0 && (
        <Notice tone="warning">
          Regenerating message {position} removes the {confirmRemoving} message
          {confirmRemoving === 1 ? '' : 's'} after it.{' '}
          <Button size="sm" onClick={() => regenerate(true)}>
            Remove and regenerate
          </Button>{' '}
          <Button size="sm" variant="ghost" onClick={() => setConfirmRemoving(0)}>
            Cancel
          </Button>
        </Notice>
      )}
      {refused && (
        <Notice tone="warning">
          {refused}{' '}
          <Button size="sm" variant="ghost" onClick={() => setRefused(null)}>
            Dismiss
          </Button>
        </Notice>
      )}
      {pairing && <p className="mb-1 text-xs text-amber-800">{pairing}</p>}
      {open && turn.role === 'tool' && <ToolCallIdEditor turn={turn} index={index} position={position} />}
      {open ? (
        <TurnTextarea
          turn={turn}
          position={position}
          id={docked ? COMPOSER_ID : undefined}
          focusOnMount={!docked}
          onText={(text) => workbench().editTurn(index, { text })}
          className={docked ? 'max-h-[25vh] min-h-[3.25rem] lg:max-h-[35vh]' : 'max-h-[70vh]'}
        />
      ) : (
        // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: a shortcut for the pointer; the keyboard has the Edit button
        <div onClick={openOnClick} className="cursor-text">
          {turn.role === 'tool' ? (
            <ToolResultBody turn={turn} toolName={toolName} />
          ) : (
            (calls.length === 0 || turn.text.trim() !== '') && <TurnBody turn={turn} />
          )}
          {calls.length > 0 && <ToolCallsBody calls={calls} />}
        </div>
      )}
      {open && calls.length > 0 && <ToolCallsEditor calls={calls} index={index} position={position} />}
      {turn.drawn && <DrawnImages position={position} images={turn.drawn} />}
      <TurnImages position={position} images={turn.images} onChange={open ? setImages : undefined} />
      {open && turn.images.length > 0 && !acceptsImages && (
        <p role="alert" className="mt-1 text-xs text-amber-800">
          This model does not list image input; the images will still be sent.
        </p>
      )}
      {open && turn.role === 'developer' && (
        <p className="mt-1 text-xs text-slate-500">
          Sent with role "developer" as written. OpenAI models take it; many other servers (and
          Anthropic-backed models) do not know the role and answer with an error: use System there.
        </p>
      )}
      {open && (acceptsImages || extra) && (
        <div className="mt-1 flex flex-wrap items-center gap-1">
          {acceptsImages && <AttachControl position={position} images={turn.images} onChange={setImages} />}
          <span className="flex-1" />
          {extra}
        </div>
      )}
    </article>
  );
});

import { type UseFormReturn, useWatch } from 'react-hook-form';
import { type Conversation, TURN_ROLES, type TurnRole } from '@/domain/conversation';
import { Button } from '@/ui';
import { ImageAttachments } from './ImageAttachments';

interface TurnEditorProps {
  form: UseFormReturn<Conversation>;
  index: number;
  count: number;
  acceptsImages: boolean;
  onMove: (to: number) => void;
  onDelete: () => void;
}

const ROLE_LABEL: Record<TurnRole, string> = {
  user: 'User',
  assistant: 'Assistant',
  developer: 'Developer',
  system: 'System',
};

const PLACEHOLDER: Record<TurnRole, string> = {
  user: 'Ask something…',
  assistant: 'An earlier answer of the assistant',
  developer: 'Instructions from the application (OpenAI’s developer role)',
  system: 'A system message in the middle of the conversation',
};

export function TurnEditor({ form, index, count, acceptsImages, onMove, onDelete }: TurnEditorProps) {
  const role = useWatch({ control: form.control, name: `turns.${index}.role` }) ?? 'user';
  const images = useWatch({ control: form.control, name: `turns.${index}.images` }) ?? [];
  const position = index + 1;
  const name = `${ROLE_LABEL[role]} message ${position}`;
  return (
    <li className="rounded-md border border-slate-200 bg-white p-2">
      <div className="mb-1 flex items-center gap-1">
        <select
          {...form.register(`turns.${index}.role`)}
          aria-label={`Role of message ${position}`}
          className="rounded border border-slate-300 px-1 py-0.5 text-xs font-semibold uppercase"
        >
          {TURN_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </select>
        <span className="flex-1" />
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
      </div>
      <textarea
        {...form.register(`turns.${index}.text`)}
        aria-label={name}
        rows={3}
        placeholder={PLACEHOLDER[role]}
        className="w-full resize-y rounded border border-slate-200 px-2 py-1.5 text-sm"
      />
      {role === 'developer' && (
        <p className="mt-1 text-xs text-slate-500">
          Sent with role "developer" as written. OpenAI models take it; many other servers (and
          Anthropic-backed models) do not know the role and answer with an error: use System there.
        </p>
      )}
      {(acceptsImages || images.length > 0) && (
        <ImageAttachments
          position={position}
          images={images}
          acceptsImages={acceptsImages}
          onChange={(next) => form.setValue(`turns.${index}.images`, next, { shouldDirty: true })}
        />
      )}
    </li>
  );
}

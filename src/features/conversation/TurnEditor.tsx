import { type UseFormReturn, useWatch } from 'react-hook-form';
import type { Conversation } from '@/domain/conversation';
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

const ROLE_LABEL = { user: 'User', assistant: 'Assistant' } as const;

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
          <option value="user">User</option>
          <option value="assistant">Assistant</option>
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
        placeholder={role === 'user' ? 'Ask something…' : 'An earlier answer of the assistant'}
        className="w-full resize-y rounded border border-slate-200 px-2 py-1.5 text-sm"
      />
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

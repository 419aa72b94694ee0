import { useEffect, useRef } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { Conversation } from '@/domain/conversation';
import { selectConversation, useWorkbenchStore } from '@/state/workbench';
import { Button } from '@/ui';
import { TurnEditor } from './TurnEditor';

/** The system prompt and the turns. react-hook-form owns the editing; every change is mirrored into the
 * workbench store (which derives the request), and changes made elsewhere (append answer, import) reset it. */
export function ConversationEditor({ acceptsImages }: { acceptsImages: boolean }) {
  const conversation = useWorkbenchStore(selectConversation);
  const setConversation = useWorkbenchStore((s) => s.setConversation);
  const form = useForm<Conversation>({ defaultValues: conversation });
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: 'turns' });
  const lastWritten = useRef<Conversation>(conversation);

  useEffect(() => {
    const subscription = form.watch((values) => {
      const next = structuredClone(values) as Conversation;
      lastWritten.current = next;
      setConversation(next);
    });
    return () => subscription.unsubscribe();
  }, [form, setConversation]);

  useEffect(() => {
    if (conversation !== lastWritten.current) {
      lastWritten.current = conversation;
      form.reset(conversation);
    }
  }, [conversation, form]);

  const lastRole = form.watch(`turns.${fields.length - 1}.role`);
  return (
    <section aria-label="Conversation" className="space-y-3">
      <label className="block text-xs font-medium text-slate-600">
        System prompt
        <textarea
          {...form.register('system')}
          rows={2}
          placeholder="You are a helpful assistant."
          className="mt-1 w-full resize-y rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        />
      </label>
      <ol className="space-y-2">
        {fields.map((field, index) => (
          <TurnEditor
            key={field.id}
            form={form}
            index={index}
            count={fields.length}
            acceptsImages={acceptsImages}
            onMove={(to) => move(index, to)}
            onDelete={() => remove(index)}
          />
        ))}
      </ol>
      <Button
        onClick={() => append({ role: lastRole === 'user' ? 'assistant' : 'user', text: '', images: [] })}
      >
        Add message
      </Button>
    </section>
  );
}

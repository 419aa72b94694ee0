import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { modelKind } from '@/domain/media';
import type { ApiConfig } from '@/lib/api';
import { useModelList } from '@/state/models';
import { type KindFilter, kindBadge, modelLabel, searchModels } from './modelSearch';

interface ModelPickerProps {
  /** The provider whose catalogue is offered. */
  api: ApiConfig;
  value: string;
  onChange: (modelId: string) => void;
  /** An error the pane already shows (its answer's): when the model list failed with the same message, the
   * picker does not repeat it. */
  failureShown?: string | null;
}

const MAX_SHOWN = 100;

/** "Image" / "Video" beside a media model's name; chat models carry no mark. */
function KindBadge({ model }: { model: Parameters<typeof modelKind>[0] }) {
  const badge = kindBadge(modelKind(model));
  if (!badge) return null;
  return (
    <span className="ml-2 rounded bg-brand-50 px-1 text-[10px] font-semibold uppercase tracking-wide text-brand-700">
      {badge}
    </span>
  );
}

/** A searchable combobox (WAI-ARIA 1.2 pattern): type to filter, arrows to move, Enter to pick. */
export function ModelPicker({ api, value, onChange, failureShown = null }: ModelPickerProps) {
  const id = useId();
  const list = useModelList(api);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [kind, setKind] = useState<KindFilter>('all');
  const open = query !== null;
  const matches = useMemo(() => searchModels(list.data ?? [], query ?? '', kind), [list.data, query, kind]);
  const shown = matches.slice(0, MAX_SHOWN);
  const selected = list.data?.find((m) => m.id === value);
  // Some OpenAI-compatible servers have no /models route, and every catalogue lags behind new models: a typed id
  // that is not listed is offered as itself, after the matches.
  const typed = query?.trim() ?? '';
  const typedId = typed !== '' && !list.data?.some((m) => m.id === typed) ? typed : null;
  const optionCount = shown.length + (typedId ? 1 : 0);

  const pick = (modelId: string | undefined) => {
    if (modelId) onChange(modelId);
    setQuery(null);
  };
  const idAt = (index: number) => (index < shown.length ? shown[index]?.id : (typedId ?? undefined));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setQuery('');
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.max(0, Math.min(optionCount - 1, i + step)));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      pick(idAt(active));
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setQuery(null);
    }
  };

  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="block text-xs font-medium text-slate-600">
        Model
      </label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && active < optionCount ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={list.isLoading ? 'Loading models…' : 'Search models'}
        value={open ? query : value}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onFocus={(e) => {
          setQuery('');
          e.currentTarget.select();
        }}
        // A click on the focused box after Escape (or a pick) opens the list again: focus alone would not.
        onClick={(e) => {
          if (open) return;
          setQuery('');
          e.currentTarget.select();
        }}
        onBlur={() => setQuery(null)}
        onKeyDown={onKeyDown}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm"
      />
      {/* After the model box in the document, so the box stays the first control of the picker. */}
      <div className="mt-0.5 flex items-center gap-2">
        <p className="min-w-0 flex-1 truncate text-xs text-slate-500">
          {selected && !open && (
            <>
              {modelLabel(selected)}
              <KindBadge model={selected} />
            </>
          )}
        </p>
        <select
          aria-label="Model kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as KindFilter)}
          className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs"
        >
          <option value="all">All</option>
          <option value="chat">Chat</option>
          <option value="image">Image</option>
          <option value="video">Video</option>
        </select>
      </div>
      {list.isError && (
        <p role="alert" className="mt-1 text-xs text-rose-700">
          {list.error.message === failureShown
            ? 'Could not load the model list (the same failure as the answer shows).'
            : `Could not load the model list: ${list.error.message}`}{' '}
          You can still type a model id and press Enter.
        </p>
      )}
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label="Models"
        hidden={!open}
        className="absolute z-20 mt-1 max-h-80 w-full min-w-72 overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
      >
        {shown.map((model, index) => (
          <div
            key={model.id}
            tabIndex={-1}
            id={`${id}-opt-${index}`}
            role="option"
            aria-selected={model.id === value}
            // Pick on mousedown: a click would blur the input first and close the list before it lands.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(model.id);
            }}
            className={`cursor-pointer px-3 py-1.5 text-sm ${index === active ? 'bg-brand-50' : ''}`}
          >
            <span className="font-medium">{modelLabel(model)}</span>
            {model.display_name && <span className="ml-2 font-mono text-xs text-slate-500">{model.id}</span>}
            <KindBadge model={model} />
          </div>
        ))}
        {typedId && (
          <div
            tabIndex={-1}
            id={`${id}-opt-${shown.length}`}
            role="option"
            aria-selected={typedId === value}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(typedId);
            }}
            className={`cursor-pointer px-3 py-1.5 text-sm ${active === shown.length ? 'bg-brand-50' : ''}`}
          >
            Use model id <span className="font-mono">{typedId}</span>
          </div>
        )}
        {open && optionCount === 0 && (
          <p className="px-3 py-1.5 text-sm text-slate-500">
            {kind === 'all' ? 'No model matches' : `No ${kind} model matches`}; type an id to use it
          </p>
        )}
        {matches.length > MAX_SHOWN && (
          <p className="px-3 py-1.5 text-xs text-slate-500">
            {matches.length - MAX_SHOWN} more — refine the search
          </p>
        )}
      </div>
    </div>
  );
}

// A parameter with hundreds or thousands of allowed values (a voice list, a model catalogue): a select with all
// of them would take seconds to build and be unusable, so it is a text field with a filtered list of matches.

import type { WidgetProps } from '@rjsf/utils';
import { useId, useMemo, useState } from 'react';
import { OPTIONS_KEY } from '@/domain/schema';
import { CONTROL_CLASS, describedBy } from './widgetStyles';

const SHOWN = 50;

function optionsOf(schema: WidgetProps['schema']): readonly unknown[] {
  const options = (schema as Record<string, unknown>)[OPTIONS_KEY];
  return Array.isArray(options) ? options : [];
}

export function hasManyOptions(schema: WidgetProps['schema']): boolean {
  return optionsOf(schema).length > 0;
}

export function OptionsWidget(props: WidgetProps) {
  const { id, value, schema, disabled, readonly, onChange, onBlur, onFocus, rawErrors, label } = props;
  const listId = useId();
  const all = optionsOf(schema);
  const text = value === undefined || value === null ? '' : String(value);
  const [open, setOpen] = useState(false);
  const matches = useMemo(() => {
    const query = text.toLowerCase();
    const found: string[] = [];
    for (const option of all) {
      const label = String(option);
      if (label.toLowerCase().includes(query)) found.push(label);
      if (found.length >= SHOWN) break;
    }
    return found;
  }, [all, text]);
  const known = useMemo(() => new Set(all.map(String)), [all]);
  const unknown = text !== '' && !known.has(text);
  const pick = (choice: string) => {
    const original = all.find((option) => String(option) === choice);
    onChange(original ?? choice);
    setOpen(false);
  };
  return (
    <div className="relative">
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        autoComplete="off"
        className={CONTROL_CLASS}
        value={text}
        disabled={disabled}
        readOnly={readonly}
        placeholder={`Search ${all.length.toLocaleString('en-US')} choices`}
        aria-describedby={describedBy(id, schema.description, rawErrors)}
        aria-invalid={unknown || (rawErrors && rawErrors.length > 0) ? true : undefined}
        onChange={(e) => {
          setOpen(true);
          onChange(e.target.value === '' ? undefined : e.target.value);
        }}
        onFocus={(e) => {
          setOpen(true);
          onFocus(id, e.target.value);
        }}
        onBlur={(e) => {
          setOpen(false);
          onBlur(id, e.target.value);
        }}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={`Choices for ${label || id}`}
        hidden={!open || matches.length === 0}
        className="absolute z-20 mt-1 max-h-60 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
      >
        {matches.map((choice) => (
          <div
            key={choice}
            role="option"
            tabIndex={-1}
            aria-selected={choice === text}
            // Picked on mousedown: a click would blur the input first and close the list before it lands.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(choice);
            }}
            className="cursor-pointer px-2 py-1 text-sm hover:bg-brand-50"
          >
            {choice}
          </div>
        ))}
      </div>
      {unknown && (
        <p className="mt-1 text-xs text-amber-800">
          Not one of the {all.length.toLocaleString('en-US')} choices; it will be sent as typed.
        </p>
      )}
    </div>
  );
}

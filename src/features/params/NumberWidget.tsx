// Numbers and integers. A bounded one gets a slider beside its number input: the slider for quick exploration,
// the input for an exact value. Both call rjsf's onChange with the raw text; NumberField turns it into a number
// (and keeps "0." while it is being typed).

import type { WidgetProps } from '@rjsf/utils';
import type { ChangeEvent } from 'react';
import { touchWhenUnchanged } from './formContext';
import { CONTROL_CLASS, CONTROL_LOOK, describedBy, primaryType } from './widgetStyles';

function bound(inclusive: unknown, exclusive: unknown): number | undefined {
  if (typeof inclusive === 'number' && Number.isFinite(inclusive)) return inclusive;
  if (typeof exclusive === 'number' && Number.isFinite(exclusive)) return exclusive;
  return undefined;
}

/** A slider step giving about a hundred positions at a round size (0.01 for 0..1 or 0..2, 1 for 0..100). */
function sliderStep(min: number, max: number, integer: boolean, multipleOf: unknown): number {
  if (typeof multipleOf === 'number' && multipleOf > 0) return multipleOf;
  if (integer) return 1;
  const range = max - min;
  return range > 0 ? 10 ** (Math.floor(Math.log10(range)) - 2) : 0.01;
}

export function NumberWidget(props: WidgetProps) {
  const { id, htmlName, schema, value, label, options, disabled, readonly, required, rawErrors } = props;
  const { onChange, onBlur, onFocus } = props;
  const integer = primaryType(schema.type) === 'integer';
  const min = bound(schema.minimum, schema.exclusiveMinimum);
  const max = bound(schema.maximum, schema.exclusiveMaximum);
  const text = value === undefined || value === null ? '' : String(value);
  const handle = (e: ChangeEvent<HTMLInputElement>) =>
    onChange(e.target.value === '' ? options.emptyValue : e.target.value);
  const aria = describedBy(id, schema.description, rawErrors);
  const invalid = rawErrors && rawErrors.length > 0 ? true : undefined;

  const input = (
    <input
      id={id}
      name={htmlName || id}
      type="number"
      inputMode={integer ? 'numeric' : 'decimal'}
      className={min !== undefined && max !== undefined ? `${CONTROL_LOOK} w-24 shrink-0` : CONTROL_CLASS}
      value={text}
      min={min}
      max={max}
      step={integer ? 1 : 'any'}
      disabled={disabled}
      readOnly={readonly}
      required={required}
      aria-describedby={aria}
      aria-invalid={invalid}
      onChange={handle}
      onInput={touchWhenUnchanged(props.registry, id, text)}
      onBlur={(e) => onBlur(id, e.target.value)}
      onFocus={(e) => onFocus(id, e.target.value)}
    />
  );
  if (min === undefined || max === undefined) return input;

  const numeric = Number(text);
  const fallback = typeof schema.default === 'number' ? schema.default : min;
  const position = text !== '' && Number.isFinite(numeric) ? numeric : fallback;
  return (
    <div className="flex items-center gap-3">
      <input
        type="range"
        aria-label={`${label} slider`}
        className="h-1.5 min-w-0 flex-1 cursor-pointer accent-brand-600 disabled:cursor-not-allowed"
        min={min}
        max={max}
        step={sliderStep(min, max, integer, schema.multipleOf)}
        value={position}
        disabled={disabled || readonly}
        aria-describedby={aria}
        onChange={handle}
      />
      {input}
    </div>
  );
}

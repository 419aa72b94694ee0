// Enums become a select, booleans a switch. The visible label of both comes from the field template
// (<label for=id>), so the controls' accessible names are exactly the field's label.

import type { WidgetProps } from '@rjsf/utils';
import {
  enumOptionSelectedValue,
  enumOptionValueDecoder,
  enumOptionValueEncoder,
  getOptionValueFormat,
} from '@rjsf/utils';
import type { ChangeEvent } from 'react';
import { CONTROL_CLASS, describedBy } from './widgetStyles';

export function SelectWidget(props: WidgetProps) {
  const { id, htmlName, schema, value, options, multiple = false, disabled, readonly, required } = props;
  const { onChange, onBlur, onFocus, placeholder, rawErrors } = props;
  const { enumOptions = [], enumDisabled, emptyValue } = options;
  const format = getOptionValueFormat(options);
  const decode = (e: ChangeEvent<HTMLSelectElement>) =>
    enumOptionValueDecoder(
      multiple ? Array.from(e.target.selectedOptions, (o) => o.value) : e.target.value,
      enumOptions,
      format,
      emptyValue,
    );
  return (
    <select
      id={id}
      name={htmlName || id}
      className={CONTROL_CLASS}
      multiple={multiple}
      value={enumOptionSelectedValue(value, enumOptions, multiple, format, multiple ? [] : '')}
      disabled={disabled || readonly}
      required={required}
      aria-describedby={describedBy(id, schema.description, rawErrors)}
      aria-invalid={rawErrors && rawErrors.length > 0 ? true : undefined}
      onChange={(e) => onChange(decode(e))}
      onBlur={(e) => onBlur(id, decode(e))}
      onFocus={(e) => onFocus(id, decode(e))}
    >
      {/* Without a default there is no "provider default" choice to fall back on, so offer "not set". */}
      {!multiple && schema.default === undefined && <option value="">{placeholder || '— not set —'}</option>}
      {enumOptions.map((option, i) => (
        <option
          key={enumOptionValueEncoder(option.value, i, format)}
          value={enumOptionValueEncoder(option.value, i, format)}
          disabled={enumDisabled?.includes(option.value)}
        >
          {/* A nullable enum's null is a value that is sent, unlike "not set": say so instead of a bare "null". */}
          {option.value === null ? 'null (sent as JSON null)' : option.label}
        </option>
      ))}
    </select>
  );
}

export function SwitchWidget(props: WidgetProps) {
  const { id, htmlName, schema, value, disabled, readonly, onChange, onBlur, onFocus, rawErrors } = props;
  const checked = value === true;
  return (
    <span className="relative inline-flex h-5 w-9 shrink-0 items-center">
      {/* The real checkbox covers the drawn track, so clicks, keyboard and assistive tech all reach it. */}
      <input
        id={id}
        name={htmlName || id}
        type="checkbox"
        role="switch"
        className="peer absolute inset-0 z-10 m-0 cursor-pointer opacity-0 disabled:cursor-not-allowed"
        checked={checked}
        aria-checked={checked}
        disabled={disabled || readonly}
        aria-describedby={describedBy(id, schema.description, rawErrors)}
        onChange={(e) => onChange(e.target.checked)}
        onBlur={(e) => onBlur(id, e.target.checked)}
        onFocus={(e) => onFocus(id, e.target.checked)}
      />
      <span
        aria-hidden="true"
        className="h-5 w-9 rounded-full bg-slate-300 transition-colors peer-checked:bg-brand-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-500 peer-disabled:opacity-50"
      />
      <span
        aria-hidden="true"
        className="pointer-events-none absolute left-0.5 h-4 w-4 rounded-full bg-white shadow transition-transform peer-checked:translate-x-4"
      />
    </span>
  );
}

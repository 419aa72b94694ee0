// The one plain input of the form: rjsf's BaseInputTemplate, also used by the text, URL and media widgets.

import type { BaseInputTemplateProps } from '@rjsf/utils';
import { getInputProps } from '@rjsf/utils';
import { touchWhenUnchanged } from './formContext';
import { CONTROL_CLASS, describedBy } from './widgetStyles';

export function BaseInput(props: BaseInputTemplateProps) {
  const { id, htmlName, value, schema, options, type, disabled, readonly, required, placeholder } = props;
  const { onChange, onChangeOverride, onBlur, onFocus, rawErrors } = props;
  const inputProps = getInputProps(schema, type, options);
  return (
    <input
      id={id}
      name={htmlName || id}
      {...inputProps}
      className={CONTROL_CLASS}
      value={value === undefined || value === null ? '' : String(value)}
      placeholder={placeholder}
      disabled={disabled}
      // A const is fixed by the schema (e.g. the `type` of a response_format variant): shown, never edited.
      readOnly={readonly || schema.const !== undefined}
      required={required}
      aria-describedby={describedBy(id, schema.description, rawErrors)}
      aria-invalid={rawErrors && rawErrors.length > 0 ? true : undefined}
      onChange={
        onChangeOverride ?? ((e) => onChange(e.target.value === '' ? options.emptyValue : e.target.value))
      }
      onInput={touchWhenUnchanged(
        props.registry,
        id,
        value === undefined || value === null ? '' : String(value),
      )}
      onBlur={(e) => onBlur(id, e.target.value)}
      onFocus={(e) => onFocus(id, e.target.value)}
    />
  );
}

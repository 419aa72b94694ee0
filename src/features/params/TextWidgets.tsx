// Text-like widgets. rjsf routes every plain input through `TextWidget` (numbers included) and the format widgets
// (uri, email, ...) through `BaseInputTemplate`, so those two are the hooks for styling all of them.

import type { WidgetProps } from '@rjsf/utils';
import { BaseInput } from './BaseInput';
import { touchWhenUnchanged } from './formContext';
import { MediaUrlWidget } from './MediaUrlWidget';
import { mediaFieldKind } from './mediaField';
import { NumberWidget } from './NumberWidget';
import { hasManyOptions, OptionsWidget } from './OptionsWidget';
import { CONTROL_CLASS, describedBy, primaryType } from './widgetStyles';

/** Strings allowed to be longer than this get a textarea: a one-line input hides most of such a value. */
const LONG_TEXT = 200;

export { BaseInput };

export function TextareaWidget(props: WidgetProps) {
  const { id, htmlName, value, schema, options, disabled, readonly, required, placeholder } = props;
  const { onChange, onBlur, onFocus, rawErrors } = props;
  return (
    <textarea
      id={id}
      name={htmlName || id}
      className={`${CONTROL_CLASS} font-mono`}
      rows={typeof options.rows === 'number' ? options.rows : 4}
      value={value === undefined || value === null ? '' : String(value)}
      placeholder={placeholder}
      disabled={disabled}
      readOnly={readonly}
      required={required}
      aria-describedby={describedBy(id, schema.description, rawErrors)}
      aria-invalid={rawErrors && rawErrors.length > 0 ? true : undefined}
      onChange={(e) => onChange(e.target.value === '' ? options.emptyValue : e.target.value)}
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

/** Stop sequences are often line breaks (`\n\nHuman:`), which a one-line input would turn into spaces on paste
 * and cannot hold when typed; the top-level `stop` / `stop_sequences` string and each of its list items get a
 * textarea that grows with its lines. So does any string whose value already holds a line break. */
function needsLines(name: string, value: unknown): boolean {
  return /^(stop|stop_sequences)(-\d+)?$/.test(name) || (typeof value === 'string' && value.includes('\n'));
}

export function TextWidget(props: WidgetProps) {
  const media = mediaFieldKind(props.schema);
  if (media && primaryType(props.schema.type) === 'string') return <MediaUrlWidget {...props} kind={media} />;
  if (hasManyOptions(props.schema)) return <OptionsWidget {...props} />;
  if (primaryType(props.schema.type) === 'string' && needsLines(props.name, props.value)) {
    const lines = typeof props.value === 'string' ? props.value.split('\n').length : 1;
    return (
      <TextareaWidget {...props} options={{ ...props.options, rows: Math.min(Math.max(lines, 1), 6) }} />
    );
  }
  const type = primaryType(props.schema.type);
  if (type === 'number' || type === 'integer') return <NumberWidget {...props} />;
  const { maxLength, format } = props.schema;
  if (format === 'textarea' || (typeof maxLength === 'number' && maxLength > LONG_TEXT)) {
    return <TextareaWidget {...props} />;
  }
  return <BaseInput {...props} />;
}

/** rjsf sends `format: uri` strings here; a media field (renderType) is one of those when its schema says so. */
export function URLWidget(props: WidgetProps) {
  const media = mediaFieldKind(props.schema);
  if (media) return <MediaUrlWidget {...props} kind={media} />;
  return <BaseInput {...props} type="url" />;
}

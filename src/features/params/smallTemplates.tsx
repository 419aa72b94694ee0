// The remaining rjsf templates: inline error lists, and buttons without the Bootstrap icon markup rjsf's core
// theme assumes. The submit button and the form-level error list are not rendered: the form never submits (the
// workbench reads its state live) and errors are shown next to their fields.

import type { FieldErrorProps, IconButtonProps } from '@rjsf/utils';
import { errorId } from '@rjsf/utils';

export function FieldErrorTemplate({ errors, fieldPathId }: FieldErrorProps) {
  const list = (errors ?? []).filter(Boolean);
  if (list.length === 0) return null;
  return (
    <ul id={errorId(fieldPathId)} className="mt-1 space-y-0.5 text-xs text-rose-700">
      {list.map((error, i) => (
        // Messages may repeat and carry no identity; their position is the only stable key.
        <li key={i}>{error}</li>
      ))}
    </ul>
  );
}

export const Nothing = () => null;

function TextButton({
  text,
  registry: _r,
  uiSchema: _u,
  icon: _i,
  iconType: _t,
  className,
  ...rest
}: IconButtonProps & { text: string }) {
  return (
    <button
      type="button"
      className={`rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 ${className ?? ''}`}
      {...rest}
    >
      {text}
    </button>
  );
}

export const BUTTON_TEMPLATES = {
  SubmitButton: Nothing,
  AddButton: (props: IconButtonProps) => <TextButton {...props} text="Add" />,
  RemoveButton: (props: IconButtonProps) => <TextButton {...props} text="Remove" />,
  CopyButton: (props: IconButtonProps) => <TextButton {...props} text="Copy" />,
  MoveUpButton: (props: IconButtonProps) => <TextButton {...props} text="Up" />,
  MoveDownButton: (props: IconButtonProps) => <TextButton {...props} text="Down" />,
  ClearButton: (props: IconButtonProps) => <TextButton {...props} text="Clear" />,
};

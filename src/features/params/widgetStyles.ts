// Shared class names and aria wiring for the form's controls, so every widget looks and describes itself alike.

import { descriptionId, errorId } from '@rjsf/utils';

/** Look of every text-like control, without a width (callers choose: full width, or narrow beside a slider). */
export const CONTROL_LOOK =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 shadow-xs ' +
  'focus:border-brand-500 focus:outline-2 focus:outline-brand-500/40 disabled:bg-slate-100 disabled:text-slate-500 ' +
  'aria-invalid:border-rose-500';

export const CONTROL_CLASS = `${CONTROL_LOOK} w-full`;

/** aria-describedby for a control: its description (rendered by the field template under the same id) and its
 * inline error list, only when they exist, so assistive tech never points at a missing element. */
export function describedBy(
  id: string,
  description: unknown,
  rawErrors: string[] | undefined,
): string | undefined {
  const ids: string[] = [];
  if (typeof description === 'string' && description !== '') ids.push(descriptionId(id));
  if (rawErrors && rawErrors.length > 0) ids.push(errorId(id));
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The JSON type a schema names, ignoring a nullable companion ("number" for ["number", "null"]). */
export function primaryType(type: unknown): string | undefined {
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t): t is string => typeof t === 'string' && t !== 'null');
  return undefined;
}

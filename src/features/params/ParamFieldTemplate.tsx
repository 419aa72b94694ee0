// Every field of the form goes through here. A top-level parameter gets the full row: label, required marker,
// "sent" badge, Reset button, help text, control, inline errors. Nested fields get label, help and errors only.
//
// Accessible names: a single control is named by <label for=id> holding exactly the label text (the required
// marker sits outside the label); an anyOf/oneOf field's label points at its branch selector; lists and objects
// are role=group elements named through aria-labelledby. List items and branch contents get visually hidden
// labels ("stop item 1", "stop (list)") because the visible header already names them.

import type { FieldTemplateProps } from '@rjsf/utils';
import { descriptionId } from '@rjsf/utils';
import { useContext } from 'react';
import { ButtonText } from './ButtonText';
import { BranchContext, branchLabelId, ListLabelContext, labelId, paramsContext } from './formContext';
import { primaryType } from './widgetStyles';

const LABEL_CLASS = 'text-sm font-medium text-slate-800';

export function ParamFieldTemplate(props: FieldTemplateProps) {
  const { id, label, children, errors, rawDescription, hidden, required, displayLabel, schema } = props;
  const { fieldPathId, registry } = props;
  const branch = useContext(BranchContext);
  const listLabel = useContext(ListLabelContext);
  const { path } = fieldPathId;
  const last = path[path.length - 1];

  if (hidden || (schema.const !== undefined && path.length > 1)) return <div hidden>{children}</div>;
  // The root object is laid out by ObjectFieldTemplate; it has no label of its own.
  if (path.length === 0) {
    return (
      <div>
        {children}
        {errors}
      </div>
    );
  }

  const multi = Boolean(schema.anyOf || schema.oneOf) && !registry.schemaUtils.isSelect(schema);
  const type = primaryType(schema.type);
  const group = !multi && !displayLabel && type !== 'boolean';

  // The selected branch of an anyOf/oneOf renders under its parent's id: name it after parent and branch.
  if (branch?.id === id) {
    return (
      <div className="mt-2">
        {group ? (
          <span id={branchLabelId(id)} className="sr-only">
            {branch.label}
          </span>
        ) : (
          <label htmlFor={id} className="sr-only">
            {branch.label}
          </label>
        )}
        {children}
        {errors}
      </div>
    );
  }
  if (typeof last === 'number') {
    return (
      <div className="min-w-0">
        <label htmlFor={id} className="sr-only">{`${listLabel} item ${last + 1}`}</label>
        {children}
        {errors}
      </div>
    );
  }

  const target = multi ? `${id}${schema.oneOf ? '__oneof_select' : '__anyof_select'}` : id;
  const labelElement = group ? (
    <span id={labelId(id)} className={LABEL_CLASS}>
      {label}
    </span>
  ) : (
    <label id={labelId(id)} htmlFor={target} className={LABEL_CLASS}>
      {label}
    </label>
  );
  const marker = required ? (
    <span aria-hidden="true" className="text-rose-600" title="required">
      *
    </span>
  ) : null;
  const help = rawDescription ? (
    <p id={descriptionId(id)} className="mb-1.5 text-xs text-slate-500">
      {rawDescription}
    </p>
  ) : null;

  if (path.length !== 1) {
    return (
      <div className="space-y-1">
        <div className="flex items-center gap-1">
          {labelElement}
          {marker}
        </div>
        {help}
        {children}
        {errors}
      </div>
    );
  }

  const name = String(path[0]);
  const ctx = paramsContext(registry);
  const sent = ctx.sent.includes(name);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3" data-param={name}>
      <div className="mb-1 flex min-h-6 flex-wrap items-center gap-x-2 gap-y-1">
        {labelElement}
        {marker}
        {sent && (
          <span className="rounded-full bg-brand-50 px-1.5 py-0.5 text-[11px] font-medium leading-none text-brand-700">
            sent
          </span>
        )}
        {ctx.resettable.includes(name) && (
          <button
            type="button"
            className="ml-auto rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 disabled:text-slate-300"
            disabled={ctx.disabled}
            onClick={() => ctx.onReset(name)}
          >
            <ButtonText visible="Reset" name={`Reset ${label}`} />
          </button>
        )}
      </div>
      {help}
      {children}
      {errors}
    </div>
  );
}

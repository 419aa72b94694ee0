// anyOf/oneOf fields: rjsf renders a variant selector and the chosen variant's field. This template names the
// variants readably, tells the chosen variant's field how to label itself (BranchContext), and sets the const
// that identifies a variant (response_format's `type`) when the user picks it — rjsf leaves that unset when the
// parent parameter is optional, which would send {"type": undefined}.

import type { FieldProps, MultiSchemaFieldTemplateProps } from '@rjsf/utils';
import { cloneElement, isValidElement, type ReactElement } from 'react';
import { derefSchema } from '@/domain/schema';
import { isRecord } from '@/lib/json';
import { branchTitle } from './branchTitle';
import { BranchContext } from './formContext';

interface SelectorProps {
  id: string;
  value?: unknown;
  disabled?: boolean;
  readonly?: boolean;
  onChange: (value: unknown) => void;
  options: { enumOptions?: Array<{ label: string; value: unknown }> };
}

function isSelector(node: unknown): node is ReactElement<SelectorProps> {
  return isValidElement(node) && typeof (node.props as Partial<SelectorProps>).id === 'string';
}

function isField(node: unknown): node is ReactElement<FieldProps> {
  return isValidElement(node) && typeof (node.props as Partial<FieldProps>).onChange === 'function';
}

/** The const properties of a variant, e.g. {type: "json_object"}. */
function constsOf(root: unknown, branch: unknown): Array<[string, unknown]> {
  const schema = derefSchema(root, branch);
  if (!isRecord(schema) || !isRecord(schema.properties)) return [];
  return Object.entries(schema.properties).flatMap(([key, prop]): Array<[string, unknown]> => {
    const resolved = derefSchema(root, prop);
    return isRecord(resolved) && 'const' in resolved ? [[key, resolved.const]] : [];
  });
}

export function MultiSchemaFieldTemplate(props: MultiSchemaFieldTemplateProps) {
  const { schema, registry, selector, optionSchemaField } = props;
  const branches: unknown[] = schema.oneOf ?? schema.anyOf ?? [];
  if (!isSelector(selector)) return <div className="space-y-2">{optionSchemaField}</div>;
  const root = registry.rootSchema;
  const { id, value, options, onChange } = selector.props;
  const enumOptions = options.enumOptions?.map((option, i) => ({
    ...option,
    label: branchTitle(root, branches[i]) ?? option.label,
  }));
  const select = (picked: unknown) => {
    onChange(picked);
    if (!isField(optionSchemaField) || selector.props.disabled || selector.props.readonly) return;
    // Queued after rjsf's own change for the switch, so it lands on the new variant's data.
    const { onChange: setField, fieldPathId } = optionSchemaField.props;
    for (const [key, constant] of constsOf(root, branches[Number(picked)])) {
      setField(constant, [...fieldPathId.path, key], undefined, id);
    }
  };
  const chosen = typeof value === 'number' ? branches[value] : undefined;
  const variant = (branchTitle(root, chosen) ?? 'value').toLowerCase();
  const branch = {
    id: id.replace(/__(any|one)of_select$/, ''),
    label: `${schema.title ?? ''} (${variant})`.trim(),
  };
  return (
    <div>
      {cloneElement(selector, { options: { ...options, enumOptions }, onChange: select })}
      <BranchContext.Provider value={branch}>{optionSchemaField}</BranchContext.Provider>
    </div>
  );
}

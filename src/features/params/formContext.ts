// What the rjsf templates need to know beyond rjsf's own props: the parameter-level state (sent, resettable,
// groups) travels as rjsf's `formContext`; the rest is React context set by container templates for their children.

import type { Registry } from '@rjsf/utils';
import { createContext } from 'react';

export interface ParamsFormContext {
  /** Names that the next request will carry (drives the "sent" badges). */
  sent: readonly string[];
  /** Names whose value is explicit or differs from the default (drives the Reset buttons). */
  resettable: readonly string[];
  /** Names shown up front; the rest go in the "Advanced" section. */
  basic: readonly string[];
  onReset: (name: string) => void;
  /** A field was typed into without changing its value (the user typed the default over itself): React reports
   * no change then, but a typed value counts as the user's choice and is sent. */
  onTouch: (fieldId: string) => void;
  disabled: boolean;
}

const NO_CONTEXT: ParamsFormContext = {
  sent: [],
  resettable: [],
  basic: [],
  onReset: () => {},
  onTouch: () => {},
  disabled: false,
};

// rjsf types formContext as a loose generic object; this narrows it in one place.
export function paramsContext(registry: Registry): ParamsFormContext {
  const ctx = registry.formContext as Partial<ParamsFormContext> | undefined;
  return ctx?.onReset ? (ctx as ParamsFormContext) : NO_CONTEXT;
}

/** An input handler telling the form that `fieldId` was typed into although its value stayed `shown`. */
export function touchWhenUnchanged(registry: Registry, fieldId: string, shown: string) {
  return (e: { currentTarget: { value: string } }) => {
    if (e.currentTarget.value === shown) paramsContext(registry).onTouch(fieldId);
  };
}

/** Set by the anyOf/oneOf template around the selected branch: that branch renders with the same field id as its
 * parent, so it must not repeat the parent's header, and names its control after the parent and the branch. */
export const BranchContext = createContext<{ id: string; label: string } | null>(null);

/** Set by the list template so each item can be named "<list> item <n>". */
export const ListLabelContext = createContext<string>('');

/** Id of the visible label element of a field, for groups that are named with aria-labelledby. */
export const labelId = (id: string) => `${id}__label`;

/** Id of the hidden label of an anyOf/oneOf branch's content (it shares its parent's field id). */
export const branchLabelId = (id: string) => `${id}__branch_label`;

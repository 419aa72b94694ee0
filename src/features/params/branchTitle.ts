// A readable name for an anyOf/oneOf branch, used in the branch selector and to name the branch's control.

import { resolveRef } from '@/domain/schema';
import { isRecord } from '@/lib/json';

const TYPE_NAMES: Record<string, string> = {
  string: 'Text',
  array: 'List',
  number: 'Number',
  integer: 'Whole number',
  boolean: 'Yes/no',
  object: 'Object',
  null: 'None',
};

export function branchTitle(root: unknown, branch: unknown): string | undefined {
  if (!isRecord(branch)) return undefined;
  if (typeof branch.title === 'string' && branch.title !== '') return branch.title;
  if (typeof branch.$ref === 'string') return branchTitle(root, resolveRef(root, branch.$ref));
  if (typeof branch.const === 'string') return branch.const;
  const type = Array.isArray(branch.type) ? branch.type[0] : branch.type;
  return typeof type === 'string' ? TYPE_NAMES[type] : undefined;
}

// ajv validates a value against every anyOf/oneOf branch and reports why each one failed. The form shows only
// the branch the user picked, so errors from the others read as nonsense ("must be string" under a valid list,
// "must be equal to constant" under response_format). This drops the errors of branches that the data plainly
// is not (wrong JSON type, or a different value for one of the branch's const properties).

import type { RJSFValidationError } from '@rjsf/utils';
import { derefSchema as deref, resolveRef } from '@/domain/schema';
import { isRecord, jsonEqual } from '@/lib/json';

function matchesType(type: unknown, value: unknown): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isRecord(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    default:
      return typeof value === type;
  }
}

/** True when `data` cannot be an instance of `branch`, judged by shape alone. */
export function branchRejects(root: unknown, branch: unknown, data: unknown): boolean {
  const schema = deref(root, branch);
  if (!isRecord(schema) || data === undefined) return false;
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.length > 0 && !types.some((t) => matchesType(t, data))) return true;
  if (isRecord(data) && isRecord(schema.properties)) {
    for (const [key, prop] of Object.entries(schema.properties)) {
      const resolved = deref(root, prop);
      if (isRecord(resolved) && 'const' in resolved && key in data && !jsonEqual(data[key], resolved.const))
        return true;
    }
  }
  return false;
}

const INDEX = /^\d+$/;

function valueAt(data: unknown, path: string[]): unknown {
  let node = data;
  for (const key of path) {
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isRecord(node)) node = node[key];
    else return undefined;
  }
  return node;
}

function fromOtherBranch(error: RJSFValidationError, data: unknown, root: unknown): boolean {
  const pointer = error.schemaPath ?? '';
  // A path that starts inside $defs lost track of where the data is; keep such errors rather than guess.
  if (!pointer.startsWith('#/properties/')) return false;
  const segments = pointer.slice(2).split('/');
  const instance = (error.property ?? '').replace(/^\./, '').split('.').filter(Boolean);
  let depth = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const next = segments[i + 1] ?? '';
    if (segment === 'properties' || segment === 'patternProperties') {
      depth++;
      i++;
    } else if (segment === 'items' || segment === 'additionalItems' || segment === 'additionalProperties') {
      depth++;
      if (segment === 'items' && INDEX.test(next)) i++;
    } else if ((segment === 'oneOf' || segment === 'anyOf') && INDEX.test(next)) {
      const branch = resolveRef(root, `#/${segments.slice(0, i + 2).join('/')}`);
      if (branchRejects(root, branch, valueAt(data, instance.slice(0, depth)))) return true;
      i++;
    }
  }
  return false;
}

export function dropOtherBranchErrors(
  errors: RJSFValidationError[],
  data: unknown,
  root: unknown,
): RJSFValidationError[] {
  return errors.filter(
    // The "must match exactly one schema" summary adds nothing to the chosen branch's own errors.
    (error) => error.name !== 'oneOf' && error.name !== 'anyOf' && !fromOtherBranch(error, data, root),
  );
}

/** Drops errors about list items that are still empty: "Add" creates an item before the user types into it, and
 * "must be string" under an empty new row reads as a complaint about something the user has not done yet. Such
 * items are never sent either (see sentParams). */
export function dropPlaceholderItemErrors(
  errors: RJSFValidationError[],
  data: unknown,
): RJSFValidationError[] {
  return errors.filter((error) => {
    const path = (error.property ?? '').replace(/^\./, '').split('.').filter(Boolean);
    const index = path[path.length - 1];
    if (error.name !== 'type' || index === undefined || !INDEX.test(index)) return true;
    const list = valueAt(data, path.slice(0, -1));
    return !(Array.isArray(list) && (list[Number(index)] === null || list[Number(index)] === undefined));
  });
}

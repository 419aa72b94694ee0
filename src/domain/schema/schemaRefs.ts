// Local `$ref` resolution ("#/$defs/X", "#/definitions/X", any JSON pointer into the same document).
// Remote refs are not followed: the browser must not fetch arbitrary URLs named by a model's schema.

import { isRecord } from '@/lib/json';

/** A pointer segment as a key, or undefined when its percent-encoding is malformed ("%E0%A4%A" would
 * otherwise throw out of every caller). */
function decodeSegment(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
  } catch {
    return undefined;
  }
}

/** Resolves a local JSON-pointer `$ref` against `root`; undefined when it is remote or points nowhere. */
export function resolveRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const pointer = ref.slice(1);
  if (pointer === '') return root;
  if (!pointer.startsWith('/')) return undefined;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    // RFC 6901 escapes, plus percent-encoding because the pointer sits in a URI fragment.
    const key = decodeSegment(raw);
    if (key === undefined) return undefined;
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isRecord(node) && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

const isNullSchema = (schema: unknown) => isRecord(schema) && schema.type === 'null';

/** The one branch of an anyOf/oneOf that is "this or null" (pydantic's Optional, a converted OpenAPI
 * `nullable`), or undefined. */
function nonNullBranch(node: Record<string, unknown>): unknown {
  const branches = node.anyOf ?? node.oneOf;
  if (!Array.isArray(branches) || branches.length !== 2) return undefined;
  const others = branches.filter((branch) => !isNullSchema(branch));
  return others.length === 1 ? others[0] : undefined;
}

/** The `default` of a property schema, looking through `$ref` chains, single-entry `allOf` wrappers (pydantic
 * writes `allOf: [{$ref}]` when a referenced property carries its own keywords) and "this or null" choices. */
export function defaultOf(root: unknown, schema: unknown): unknown {
  let node = schema;
  for (let hops = 0; hops < 32 && isRecord(node); hops++) {
    if ('default' in node) return node.default;
    if (typeof node.$ref === 'string') node = resolveRef(root, node.$ref);
    else if (Array.isArray(node.allOf) && node.allOf.length === 1) node = node.allOf[0];
    else node = nonNullBranch(node);
  }
  return undefined;
}

/** Follows a chain of `$ref`s to the schema it ends at (the node itself when it is not a ref). */
export function derefSchema(root: unknown, node: unknown): unknown {
  let current = node;
  for (let hops = 0; hops < 16 && isRecord(current) && typeof current.$ref === 'string'; hops++) {
    current = resolveRef(root, current.$ref);
  }
  return current;
}

// Local `$ref` resolution ("#/$defs/X", "#/definitions/X", any JSON pointer into the same document).
// Remote refs are not followed: the browser must not fetch arbitrary URLs named by a model's schema.

import { isRecord } from '@/lib/json';

/** Resolves a local JSON-pointer `$ref` against `root`; undefined when it is remote or points nowhere. */
export function resolveRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const pointer = ref.slice(1);
  if (pointer === '') return root;
  if (!pointer.startsWith('/')) return undefined;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    // RFC 6901 escapes, plus percent-encoding because the pointer sits in a URI fragment.
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isRecord(node) && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

/** The `default` of a property schema, looking through `$ref` chains and single-entry `allOf` wrappers
 * (pydantic writes `allOf: [{$ref}]` when a referenced property carries its own keywords). */
export function defaultOf(root: unknown, schema: unknown): unknown {
  let node = schema;
  for (let hops = 0; hops < 32 && isRecord(node); hops++) {
    if ('default' in node) return node.default;
    if (typeof node.$ref === 'string') node = resolveRef(root, node.$ref);
    else if (Array.isArray(node.allOf) && node.allOf.length === 1) node = node.allOf[0];
    else return undefined;
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

// `$anchor` and `$id` give parts of one document names a `$ref` can use ("#nice", "thing", "thing#/a",
// "https://x/y.json"). Everything after this pass — the budget, the problem check, defaults, the form — follows
// JSON pointers from the root only, so this pass rewrites each such `$ref` to the pointer of the part it names and
// then removes the `$id`s and `$anchor`s below the root: with them gone ajv cannot trip over a duplicate, and no
// `$ref` has its meaning changed by an enclosing `$id`. A `$ref` into another document is left as written: nothing
// is ever fetched, and the problem check reports it.

import { eachSchema, mapSchemas, type Place, pointerRef, resolveUrl } from './schemaWalk';

export interface LocalIdsResult {
  schema: Record<string, unknown>;
  /** Set when a `$ref` names something the document defines twice. */
  problem?: string;
}

/** Path of each named part, by absolute URI ("https://x/y.json", "https://x/y.json#anchor"); null when two
 * parts share the name. */
type Names = Map<string, readonly string[] | null>;

/** The parts `root` names, its base URI, and whether anything needs rewriting: a part below the root with an
 * `$id` or `$anchor`, or a `$ref` that is not a plain pointer from the root. */
function collect(root: Record<string, unknown>): { names: Names; rootBase: string; needed: boolean } {
  const names: Names = new Map();
  let rootBase = '';
  let needed = false;
  const name = (key: string, path: readonly string[]) => names.set(key, names.has(key) ? null : path);
  eachSchema(root, (node, place) => {
    const { $id, $anchor, $ref } = node;
    if (place.depth === 0) rootBase = place.base;
    else needed ||= '$id' in node || '$anchor' in node;
    needed ||= typeof $ref === 'string' && $ref !== '#' && !$ref.startsWith('#/');
    // Registered only where an $id really starts a new base: one that does not parse, or repeats the
    // enclosing base, must not make the enclosing part look named twice.
    if (place.depth === 0 || place.base !== place.outerBase) name(place.base, place.path);
    // Draft-07 wrote an anchor as a fragment-only $id.
    const fragmentId = typeof $id === 'string' && $id.startsWith('#') ? $id.slice(1) : undefined;
    const anchor = typeof $anchor === 'string' ? $anchor : fragmentId;
    if (anchor) name(`${place.base}#${anchor}`, place.path);
  });
  return { names, rootBase, needed };
}

type Target = { ref: string } | 'ambiguous' | undefined;

/** What `ref`, written at `place`, becomes: a root pointer, a name it cannot choose between, or undefined to
 * leave it as it is (already a root pointer, another document, or nothing the document names). */
function retarget(ref: string, place: Place, names: Names, rootBase: string): Target {
  if (place.base === rootBase && (ref === '#' || ref.startsWith('#/'))) return undefined;
  const url = resolveUrl(ref, place.base);
  if (!url) return undefined;
  const fragment = url.hash.slice(1);
  url.hash = '';
  const isPointer = fragment === '' || fragment.startsWith('/');
  const key = isPointer ? url.href : `${url.href}#${fragment}`;
  const path = names.get(key);
  if (path === null) return 'ambiguous';
  const start = path && pointerRef(path);
  if (start === undefined) return undefined;
  return { ref: isPointer ? start + fragment : start };
}

/** Rewrites `$anchor`- and `$id`-relative `$ref`s to root pointers and removes `$id`/`$anchor` below the root
 * (the root's own `$id` is dropped by normalizeSchema). Throws TooManyParts (see schemaWalk). */
export function resolveLocalIds(root: Record<string, unknown>): LocalIdsResult {
  const { names, rootBase, needed } = collect(root);
  if (!needed) return { schema: root };
  let problem: string | undefined;
  const schema = mapSchemas(root, (node, place) => {
    const isRoot = place.depth === 0;
    const target = typeof node.$ref === 'string' ? retarget(node.$ref, place, names, rootBase) : undefined;
    const named = !isRoot && ('$id' in node || '$anchor' in node);
    if (target === undefined && !named) return node;
    const out = { ...node };
    if (typeof target === 'object') out.$ref = target.ref;
    if (target === 'ambiguous')
      problem ??= `it refers to "${String(node.$ref)}", which two of its parts claim (the same $id or $anchor)`;
    if (!isRoot) {
      delete out.$id;
      delete out.$anchor;
    }
    return out;
  });
  return problem === undefined ? { schema } : { schema: root, problem };
}
